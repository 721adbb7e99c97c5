#!/usr/bin/env node
/**
 * Mutation testing one module at a time, each with its own reports and
 * incremental file (STRYKER_MODULE, see stryker.config.mjs), then the score
 * per module. A module that has been run before only re-tests the mutants
 * whose code or tests changed.
 *
 *   npm run mutation:modules                   every folder of src/, smallest first
 *   npm run mutation:modules -- tiers deposit  just these
 *   npm run mutation:modules -- --whole tiers  only the second pass (below)
 *   npm run mutation:modules -- --first tiers  only the first pass, for a quick list of survivors
 *
 * Each module gets two passes that share its incremental file. The first runs
 * only the module's own tests (test/<module>/, STRYKER_TESTS): mutants in code
 * that runs when a module loads (a schema, a fast-check arbitrary, a preset)
 * are run against every selected test, so this pass is where most of the time
 * goes, and the module's own tests are a few seconds instead of the whole
 * suite's twelve. The second pass runs every test file that can reach the
 * module: those whose imports lead to src/<module>/, directly or through
 * other files (a test that never loads a module's code cannot see its
 * mutants, so this is the whole suite as far as that module is concerned).
 * Stryker's incremental mode keeps every mutant the first pass killed (its
 * killing test is unchanged) and tries again only those that survived, now
 * with all of those tests. The report, and so the score, is the second pass's.
 *
 * Progress goes to reports/mutation/<module>.log; the scores come from
 * test/mutation/score.mjs over every report in reports/mutation/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

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
const firstOnly = args.includes('--first');
const named = args.filter((a) => a !== '--whole' && a !== '--first');
for (const m of named) if (!all.includes(m)) throw new Error(`${m} is not a folder of src/ (${all.join(', ')})`);
const modules = named.length > 0 ? named : all.sort((a, b) => size(join(src, a)) - size(join(src, b)));

/** The relative imports of a TypeScript file, resolved to files (.js written for .ts). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)) {
    const target = join(dirname(file), m[1]);
    for (const candidate of [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, join(target, 'index.ts')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        found.push(candidate);
        break;
      }
    }
  }
  return found;
}

/** The test files whose imports reach src/<module>/, as globs relative to the root. */
function testsReaching(module) {
  const target = join(src, module) + sep;
  const memo = new Map();
  const reaches = (file) => {
    if (memo.has(file)) return memo.get(file);
    memo.set(file, false); // a cycle adds nothing
    const hit = file.startsWith(target) || importsOf(file).some(reaches);
    memo.set(file, hit);
    return hit;
  };
  return readdirSync(join(root, 'test'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts') && !f.startsWith(`bench${sep}`))
    .filter((f) => reaches(join(root, 'test', f)))
    .map((f) => `test/${f.split(sep).join('/')}`);
}

mkdirSync(join(root, 'reports/mutation'), { recursive: true });
for (const m of modules) {
  const started = Date.now();
  const log = join(root, 'reports/mutation', `${m}.log`);
  const out = openSync(log, 'w');
  const own = existsSync(join(root, 'test', m)) && !wholeOnly;
  const reaching = testsReaching(m).join(',');
  const first = `test/${m}/**/*.test.ts`;
  const passes = firstOnly ? [first] : own ? [first, reaching] : [reaching];
  let status = 0;
  for (const tests of passes) {
    const env = { ...process.env, STRYKER_MODULE: m };
    env.STRYKER_TESTS = tests;
    const r = spawnSync('npx', ['stryker', 'run', '--incremental', '--reporters', 'json,html,clear-text,progress'], {
      cwd: root,
      env,
      stdio: ['ignore', out, out],
    });
    status = r.status ?? 1;
    // A first pass below the threshold still exits 0 here: its survivors are the second pass's work.
    if (tests !== first || (status !== 0 && !/break|threshold/i.test(readFileSync(log, 'utf8').slice(-2000)))) break;
  }
  console.log(`${m}: ${status === 0 ? 'done' : `exit ${status}`} in ${Math.round((Date.now() - started) / 1000)} s (log: reports/mutation/${m}.log)`);
}
const score = spawnSync(process.execPath, [join(root, 'test/mutation/score.mjs')], { cwd: root, stdio: 'inherit' });
process.exitCode = score.status ?? 1;
