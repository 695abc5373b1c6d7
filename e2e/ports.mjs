// Ports of the system under test; override to run several e2e suites side by side.
const env = (name, fallback) => Number(process.env[name] ?? fallback);
export const E2E = {
  postgres: env('E2E_PG_PORT', 54339),
  api: env('E2E_API_PORT', 4100),
  storefront: env('E2E_STOREFRONT_PORT', 3100),
};
