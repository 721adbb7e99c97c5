#!/usr/bin/env node
/**
 * Mutation testing one module at a time, each with its own reports and
 * incremental file (STRYKER_MODULE, see stryker.config.mjs), then the score
 * per module. A module that has been run before only re-tests the mutants
 * whose code or tests changed.
 *
 *   npm run mutation:modules                   every folder of src/, smallest first
 *   npm run mutation:modules -- tiers deposit  just these
 *
 * Progress goes to reports/mutation/<module>.log; the scores come from
 * test/mutation/score.mjs over every report in reports/mutation/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'src');
const size = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').length, 0);
const all = readdirSync(src).filter((d) => statSync(join(src, d)).isDirectory());
const named = process.argv.slice(2);
for (const m of named) if (!all.includes(m)) throw new Error(`${m} is not a folder of src/ (${all.join(', ')})`);
const modules = named.length > 0 ? named : all.sort((a, b) => size(join(src, a)) - size(join(src, b)));

mkdirSync(join(root, 'reports/mutation'), { recursive: true });
for (const m of modules) {
  const started = Date.now();
  const log = join(root, 'reports/mutation', `${m}.log`);
  const out = openSync(log, 'w');
  const r = spawnSync('npx', ['stryker', 'run', '--incremental', '--reporters', 'json,html,clear-text,progress'], {
    cwd: root,
    env: { ...process.env, STRYKER_MODULE: m },
    stdio: ['ignore', out, out],
  });
  console.log(`${m}: ${r.status === 0 ? 'done' : `exit ${r.status}`} in ${Math.round((Date.now() - started) / 1000)} s (log: reports/mutation/${m}.log)`);
}
const score = spawnSync(process.execPath, [join(root, 'test/mutation/score.mjs')], { cwd: root, stdio: 'inherit' });
process.exitCode = score.status ?? 1;
