import 'reflect-metadata';
import fc from 'fast-check';
import { afterEach, vi } from 'vitest';

// Property tests are deterministic and bounded in CI: one fixed seed for every fc.assert (FC_SEED
// explores another; a failure prints the seed and path to replay) and 100 runs unless a test says less.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_260_709), numRuns: 100 });

// A console.error during a test is a bug somewhere (Epic Stack's rule): fail the test that caused it.
let errors: unknown[][] = [];
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  errors.push(args);
});
afterEach(() => {
  const seen = errors;
  errors = [];
  if (seen.length) throw new Error(`console.error was called:\n${seen.map((a) => a.map(String).join(' ')).join('\n')}`);
});
