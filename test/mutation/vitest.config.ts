/**
 * The vitest configuration Stryker runs: the suite, minus what runs outside
 * the mutated process.
 *
 * Static mutants (in code that runs when a module loads, such as a preset or
 * a schema) are seen even though test files share a worker's module cache
 * (`isolate: false`, as in `npm test`): the Stryker runner uses one worker,
 * and vitest 4 hands a non-isolated single worker all the files of a run at
 * once and stops it when the run ends. So every mutant run starts a fresh
 * worker that loads the library once, after Stryker's setup file has switched
 * the static mutant on. Loading it once per run instead of once per file
 * makes a run that needs the whole suite (every static mutant does) about
 * seven times faster (dry run: 12 s against 90 s).
 *
 * Code that runs once and is then cached (deposit's input schemas per
 * currency scale, a sealed policy, bid weights) is the exception: with a
 * shared cache only the first test of the whole run executes it, so per-test
 * coverage credits that one test alone and a mutant there may survive that no
 * other test ever ran against. Re-run such survivors with each file loading
 * the library afresh: STRYKER_ISOLATE=1 (see stryker.config.mjs).
 *
 * STRYKER_TESTS (comma-separated globs of test files, such as test/sheets/...)
 * runs part of the suite instead of all of it. Fewer tests can only kill
 * fewer mutants, so a score from part of the suite is never above the score
 * from the whole; by-module.mjs uses it for a first, cheap pass whose
 * survivors the whole suite then tries again (see that file).
 *
 * Left out: the test that bundles the global script with tsup and runs it in
 * a node:vm context. That code is a fresh bundle outside the process Stryker
 * switches mutants in, so it can never see a mutant; it would only cost a
 * build per run. (The fuzz suite's child-process test skips itself under
 * Stryker the same way.)
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from '../../vitest.config.js';

/**
 * test/load.test.ts first. A mutant that makes a module throw while it loads
 * leaves every file that imports it statically without a single test result,
 * and a run with no failed test counts as a survivor; the load test imports
 * each entry point inside a test, so it fails, and as the first file it runs
 * before the run stops at its first failure.
 */
class LoadTestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isLoad = (f: TestSpecification) => f.moduleId.endsWith('/test/load.test.ts');
    return [...sorted.filter(isLoad), ...sorted.filter((f) => !isLoad(f))];
  }
}

const only = process.env.STRYKER_TESTS?.split(',').filter((g) => g !== '');

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: process.env.STRYKER_ISOLATE === '1',
      // A fixed fast-check seed, so property tests keep their names between runs (see setup.ts).
      setupFiles: ['test/mutation/setup.ts'],
      sequence: { sequencer: LoadTestFirst },
      exclude: ['test/bench/**', 'node_modules/**', 'test/sheets/global.test.ts'],
    },
  }),
);
// mergeConfig joins arrays, so the base include is replaced here rather than merged.
// The load test goes with any part of the suite (see LoadTestFirst).
if (only !== undefined && only.length > 0 && config.test !== undefined) config.test.include = [...only, 'test/load.test.ts'];

export default config;
