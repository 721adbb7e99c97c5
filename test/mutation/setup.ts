/**
 * Stryker runs only this file's configuration (test/mutation/vitest.config.ts).
 *
 * `@fast-check/vitest` names each property test with its seed, "(with seed=…)",
 * and draws a new seed each run. Stryker picks the tests to run against a
 * mutant by the names it saw in its first run, so with a new seed in every run
 * no property test would ever be picked again. One fixed seed keeps the names,
 * and the inputs, the same in every run.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20_261_123 });
