/**
 * The fuzz table covers the whole public surface: a new export, or a new
 * published entry point, cannot dodge the fuzz suite.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUZZ_TABLE as CORE_TABLE } from './table.js';
import { HYPERFORMULA_FUZZ_TABLE } from './table-hyperformula.js';
import { KNOWN_ISSUES } from './known-issues.js';

const FUZZ_TABLE = { ...CORE_TABLE, ...HYPERFORMULA_FUZZ_TABLE };
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };

describe('the fuzz table', () => {
  it.each(Object.entries(FUZZ_TABLE))('has a row for every exported function of %s, and no row for anything else', (_name, m) => {
    const functions = Object.keys(m.exports)
      .filter((k) => typeof m.exports[k] === 'function')
      .sort();
    expect(Object.keys(m.functions).sort()).toEqual(functions);
  });

  it('has an entry for every entry point the package publishes', () => {
    const published = Object.keys(pkg.exports).filter((p) => p !== './package.json');
    const fuzzed = new Set(Object.values(FUZZ_TABLE).map((m) => m.subpath));
    expect(published.filter((p) => !fuzzed.has(p))).toEqual([]);
  });

  it('names only rows that exist in its known issues', () => {
    const rows = new Set(Object.entries(FUZZ_TABLE).flatMap(([name, m]) => [...Object.keys(m.functions), ...Object.keys(m.extra ?? {})].map((f) => `${name}.${f}`)));
    for (const issue of KNOWN_ISSUES) for (const e of issue.entries) if (e !== '*') expect(rows, `${issue.id} names ${e}`).toContain(e);
  });
});
