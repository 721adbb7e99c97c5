// @ts-check
/**
 * Mutation testing (issue 6): Stryker mutates src/ and runs the vitest suite
 * against each mutant. A full run is slow (hours on two cores), so it stays
 * out of `npm test`:
 *
 *   npx stryker run                                    every module, from scratch
 *   npx stryker run --incremental                      only mutants whose code or tests changed since the last run
 *   npx stryker run --mutate 'src/tiers/**\/*.ts'       one module
 *   STRYKER_MODULE=tiers npx stryker run [--incremental]
 *                                                      one module, with its own reports
 *                                                      (reports/mutation/tiers.json) and incremental file, so
 *                                                      modules can be run one at a time and their scores kept
 *   STRYKER_ISOLATE=1 STRYKER_MODULE=deposit npx stryker run --mutate 'src/deposit/input.ts'
 *                                                      the same, each test file loading the library afresh:
 *                                                      for survivors in code that runs once and is cached
 *   node test/mutation/score.mjs                       the score per module, from every report in
 *                                                      reports/mutation/; fails below 80% for a module or 85% overall
 *
 * Pure type and re-export files hold no logic and are not mutated.
 */
const only = process.env.STRYKER_MODULE;
if (only !== undefined && !/^[a-z]+$/.test(only)) throw new Error(`STRYKER_MODULE must name a folder of src/, got ${only}`);
// STRYKER_ISOLATE=1: each test file loads the library afresh (see test/mutation/vitest.config.ts),
// for mutants in code that runs once and is cached. Its reports are kept apart and merged by score.mjs.
const isolated = process.env.STRYKER_ISOLATE === '1';
// STRYKER_REPORT names the reports of a run over part of a module (with --mutate), so they don't replace the module's.
const reportName = process.env.STRYKER_REPORT ?? `${only ?? 'mutation'}${isolated ? '-isolated' : ''}`;
if (!/^[a-z0-9-]+$/.test(reportName)) throw new Error(`STRYKER_REPORT must be a plain name, got ${reportName}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: {
    // The suite minus what runs outside the mutated process (see that file).
    configFile: 'test/mutation/vitest.config.ts',
    // Run the tests coverage picked, not only the files vite sees importing the mutated one:
    // test/load.test.ts imports each entry point inside its tests (see test/mutation/vitest.config.ts).
    related: false,
  },
  mutate: [only === undefined ? 'src/**/*.ts' : `src/${only}/**/*.ts`, '!src/**/index.ts', '!src/**/types.ts'],
  coverageAnalysis: 'perTest',
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  incrementalFile: `reports/stryker-incremental-${reportName}.json`,
  tempDirName: '.stryker-tmp',
  // docs/ stays in the sandbox except the generated API site: test/core/rules.test.ts reads the
  // policy book (docs/POLICY.md), and a test file that cannot load is silently left out of a run.
  ignorePatterns: ['dist', 'docs/api', 'coverage', 'reports', '.stryker-tmp', 'examples', '*.tgz'],
  // Two cores, shared with other work: one test runner per core at most.
  concurrency: 2,
  // The first full run of the suite under coverage takes minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  timeoutMS: 10_000,
};
