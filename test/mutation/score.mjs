#!/usr/bin/env node
/**
 * The mutation score per module, from Stryker's JSON reports: killed + timed
 * out over all detectable mutants (killed, timed out, survived, no coverage),
 * as Stryker counts it. Exits with 1 when a module scores below 80% or the
 * whole below 85% (issue 6).
 *
 *   node test/mutation/score.mjs [report.json ...] [--min-module 80] [--min-total 85] [--survivors]
 *
 * --survivors also lists each surviving or uncovered mutant with its place and
 * replacement, which is where to look for a missing assertion.
 *
 * With no report named, it reads every JSON report in reports/mutation/: the
 * full run's (mutation.json) and those of single-module runs
 * (STRYKER_MODULE=<module>, e.g. tiers.json). A mutant found in several
 * reports takes its result from the newest one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const flags = new Set(['--survivors']);
const named = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && !flags.has(args[i - 1])));
const listSurvivors = args.includes('--survivors');
const minModule = option('--min-module', 80);
const minTotal = option('--min-total', 85);

const dir = 'reports/mutation';
let reportPaths = named;
if (reportPaths.length === 0) {
  try {
    reportPaths = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
  } catch {
    reportPaths = [];
  }
}
if (reportPaths.length === 0) {
  console.error(`No mutation report found in ${dir}/: run npm run mutation first.`);
  process.exit(1);
}
/** Stryker's `mutate` globs (with `!` exclusions) as a test of a file name; no patterns recorded: every file. */
function scopeOf(patterns) {
  if (!Array.isArray(patterns) || patterns.length === 0) return () => true;
  const toRe = (glob) =>
    new RegExp(
      `^${glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '\u0000')
        .replace(/\*\*/g, '.*')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        .replace(/\u0000/g, '(?:.*/)?')}$`,
    );
  const include = patterns.filter((g) => !g.startsWith('!')).map(toRe);
  const exclude = patterns.filter((g) => g.startsWith('!')).map((g) => toRe(g.slice(1)));
  return (file) => include.some((re) => re.test(file)) && !exclude.some((re) => re.test(file));
}
// Oldest first, so that a newer report's result for a mutant replaces an
// older one's. A mutant is known by its place, mutator and replacement; a
// report that saw a different source for a file drops the older results for it.
reportPaths.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
//
// A run's report also holds the files it did not mutate: with --incremental,
// Stryker copies their results from the incremental file as they were, so a
// run over part of a module (STRYKER_REPORT with --mutate) would otherwise
// bring back, as newest, the results of an older and weaker pass for the
// module's other files. Only the files a report's own `mutate` patterns
// select are taken from it.
const merged = new Map();
for (const p of reportPaths) {
  const parsed = JSON.parse(readFileSync(p, 'utf8'));
  const inScope = scopeOf(parsed.config?.mutate);
  for (const [file, { source, mutants }] of Object.entries(parsed.files)) {
    if (!inScope(file)) continue;
    let f = merged.get(file);
    if (f === undefined || f.source !== source) {
      f = { source, mutants: new Map() };
      merged.set(file, f);
    }
    for (const m of mutants) {
      const { start, end } = m.location;
      f.mutants.set(`${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${m.replacement ?? ''}`, m);
    }
  }
}
const report = { files: Object.fromEntries([...merged].map(([file, f]) => [file, { source: f.source, mutants: [...f.mutants.values()] }])) };
console.log(`From ${reportPaths.join(', ')}:`);
// A result is only as current as the source it was measured on: name the files changed since.
const stale = [...merged]
  .filter(([file, f]) => {
    try {
      return readFileSync(file, 'utf8') !== f.source;
    } catch {
      return true; // moved or deleted
    }
  })
  .map(([file]) => file);
if (stale.length > 0) console.log(`Changed since measured (re-run these with --incremental): ${stale.sort().join(', ')}`);

/** src/<module>/… → <module>; the files directly under src/ form the root. */
function moduleOf(file) {
  const m = /(?:^|[/\\])src[/\\]([^/\\]+)[/\\]/.exec(file);
  return m === null ? 'root' : m[1];
}

const modules = new Map();
const count = (name) => {
  if (!modules.has(name)) modules.set(name, { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 });
  return modules.get(name);
};
for (const [file, { mutants }] of Object.entries(report.files)) {
  const c = count(moduleOf(file));
  for (const { status } of mutants) {
    if (status === 'Killed') c.killed++;
    else if (status === 'Timeout') c.timeout++;
    else if (status === 'Survived') c.survived++;
    else if (status === 'NoCoverage') c.noCoverage++;
    else if (status === 'Ignored') c.ignored++;
    else c.errors++; // CompileError, RuntimeError: not counted by Stryker either
  }
}

const score = (c) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? 100 : (100 * detected) / valid;
};
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
const rows = [...modules.entries()].sort(([a], [b]) => a.localeCompare(b));
const failures = [];
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('module', 14)}${pad('score', 9)}${pad('killed', 8)}${pad('timeout', 9)}${pad('survived', 10)}${pad('no cov.', 9)}errors`);
for (const [name, c] of rows) {
  for (const k of Object.keys(total)) total[k] += c[k];
  const s = score(c);
  if (s < minModule) failures.push(`${name} scores ${s.toFixed(2)}%, below ${minModule}%`);
  console.log(`${pad(name, 14)}${pad(`${s.toFixed(2)}%`, 9)}${pad(c.killed, 8)}${pad(c.timeout, 9)}${pad(c.survived, 10)}${pad(c.noCoverage, 9)}${c.errors}`);
}
const t = score(total);
console.log(`${pad('all', 14)}${pad(`${t.toFixed(2)}%`, 9)}${pad(total.killed, 8)}${pad(total.timeout, 9)}${pad(total.survived, 10)}${pad(total.noCoverage, 9)}${total.errors}`);
if (listSurvivors) {
  for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const lines = source.split('\n');
    for (const m of mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const { start } = m.location;
      const original = lines[start.line - 1]?.trim() ?? '';
      console.log(`${file}:${start.line}:${start.column} ${m.status} ${m.mutatorName}: ${original}\n    => ${String(m.replacement ?? '').replace(/\s+/g, ' ')}`);
    }
  }
}
if (rows.length > 0 && t < minTotal) failures.push(`the whole scores ${t.toFixed(2)}%, below ${minTotal}%`);
for (const f of failures) console.error(f);
process.exitCode = failures.length > 0 ? 1 : 0;
