/**
 * The vitest configuration Stryker runs: the suite, without the test that
 * bundles the global script with tsup and runs it in a node:vm context.
 * That code is a fresh bundle outside the process Stryker switches mutants
 * in, so it can never see a mutant; it would only cost a build per run.
 * (The fuzz suite's child-process test skips itself under Stryker the same way.)
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/bench/**', 'node_modules/**', 'test/sheets/global.test.ts'],
    },
  }),
);
