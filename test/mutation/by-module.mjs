#!/usr/bin/env node
/**
 * Mutation testing one module at a time, each with its own reports and
 * incremental file (STRYKER_MODULE, see stryker.config.mjs), then the score
 * per module. A module that has been run before only re-tests the mutants
 * whose code or tests changed.
 *
 *   npm run mutation:modules                   every folder of src/, smallest first
 *   npm run mutation:modules -- tiers deposit  just these
 *   npm run mutation:modules -- --whole tiers  skip the first pass (below)
 *
 * Each module gets two passes that share its incremental file. The first runs
 * only the module's own tests (test/<module>/, STRYKER_TESTS): mutants in code
 * that runs when a module loads (a schema, a fast-check arbitrary, a preset)
 * are run against every selected test, so this pass is where most of the time
 * goes, and the module's own tests are a few seconds instead of the whole
 * suite's twelve. The second pass runs the whole suite; Stryker's incremental
 * mode keeps every mutant the first pass killed (its killing test is
 * unchanged) and tries again only those that survived, now with every test.
 * The report, and so the score, is the second pass's: the whole suite's.
 *
 * Progress goes to reports/mutation/<module>.log; the scores come from
 * test/mutation/score.mjs over every report in reports/mutation/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'src');
const size = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').length, 0);
const all = readdirSync(src).filter((d) => statSync(join(src, d)).isDirectory());
const args = process.argv.slice(2);
const wholeOnly = args.includes('--whole');
const named = args.filter((a) => a !== '--whole');
for (const m of named) if (!all.includes(m)) throw new Error(`${m} is not a folder of src/ (${all.join(', ')})`);
const modules = named.length > 0 ? named : all.sort((a, b) => size(join(src, a)) - size(join(src, b)));

mkdirSync(join(root, 'reports/mutation'), { recursive: true });
for (const m of modules) {
  const started = Date.now();
  const log = join(root, 'reports/mutation', `${m}.log`);
  const out = openSync(log, 'w');
  const own = existsSync(join(root, 'test', m)) && !wholeOnly;
  const passes = own ? [`test/${m}/**/*.test.ts`, undefined] : [undefined];
  let status = 0;
  for (const tests of passes) {
    const env = { ...process.env, STRYKER_MODULE: m };
    if (tests === undefined) delete env.STRYKER_TESTS;
    else env.STRYKER_TESTS = tests;
    const r = spawnSync('npx', ['stryker', 'run', '--incremental', '--reporters', 'json,html,clear-text,progress'], {
      cwd: root,
      env,
      stdio: ['ignore', out, out],
    });
    status = r.status ?? 1;
    // A first pass below the threshold still exits 0 here: its survivors are the second pass's work.
    if (tests === undefined || (status !== 0 && !/break|threshold/i.test(readFileSync(log, 'utf8').slice(-2000)))) break;
  }
  console.log(`${m}: ${status === 0 ? 'done' : `exit ${status}`} in ${Math.round((Date.now() - started) / 1000)} s (log: reports/mutation/${m}.log)`);
}
const score = spawnSync(process.execPath, [join(root, 'test/mutation/score.mjs')], { cwd: root, stdio: 'inherit' });
process.exitCode = score.status ?? 1;
