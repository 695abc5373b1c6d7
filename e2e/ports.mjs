export const E2E = { postgres: 54339, api: 4100, storefront: 3100 };
