/**
 * The vitest configuration Stryker runs: the suite, with two differences.
 *
 * - Each test file loads the library afresh (isolate: true). `npm test` shares
 *   a worker's module cache between files for speed, but a static mutant (one
 *   in code that runs when a module loads, such as a preset or a schema) is
 *   only switched on when the module loads again: with a shared cache it would
 *   be reported as surviving when no test ever saw it.
 * - The test that bundles the global script with tsup and runs it in a
 *   node:vm context is left out: that code is a fresh bundle outside the
 *   process Stryker switches mutants in, so it can never see a mutant; it
 *   would only cost a build per run. (The fuzz suite's child-process test
 *   skips itself under Stryker the same way.)
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: false,
      exclude: ['test/bench/**', 'node_modules/**', 'test/sheets/global.test.ts'],
    },
  }),
);
