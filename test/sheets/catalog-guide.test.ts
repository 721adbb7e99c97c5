import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS, type SheetFunction } from '../../src/sheets/index.js';

/**
 * The user guide's table of functions (docs/spreadsheets.md, "The functions"):
 * `| \`CP_TIER(metric, [program])\` | returns | rules | program |`, arguments in
 * brackets optional. The catalog is what Excel and HyperFormula show in their
 * function help, so the two must say the same.
 */
interface GuideRow {
  readonly name: string;
  readonly parameters: readonly { readonly name: string; readonly optional: boolean }[];
  readonly rules: readonly string[];
  readonly program: string;
}

const guide = readFileSync(new URL('../../docs/spreadsheets.md', import.meta.url), 'utf8');

/** `COM-2…5` → COM-2, COM-3, COM-4, COM-5; `BID-2, BID-3` → both; the same for "COM-1 to COM-6". */
function ruleIds(text: string): string[] {
  return text.split(/,\s*/).flatMap((part) => {
    const range = /^([A-Z]+)-(\d+)(?:…|\s+to\s+\1-)(\d+)$/.exec(part.trim());
    if (range === null) return [part.trim()];
    const [, family, from, to] = range;
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => `${family}-${Number(from) + i}`);
  });
}

const ROW = /^\| `(CP_[A-Z_]+)\(([^)]*)\)` \| [^|]+ \| ([^|]+) \| ([^|]+) \|$/;
const rows: GuideRow[] = guide
  .split('\n')
  .map((line) => ROW.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([, name, args, rules, program]) => ({
    name: name!,
    parameters: args!.split(', ').map((a) => (/^\[\w+\]$/.test(a) ? { name: a.slice(1, -1), optional: true } : { name: a, optional: false })),
    rules: ruleIds(rules!.trim()),
    program: program!.trim(),
  }));

/** The rule ids a catalog description cites in its closing parentheses: "… (COM-1 to COM-6)." */
function citedRules(f: SheetFunction): string[] {
  const m = /\(([A-Z]+-\d+(?:(?:, | to )[A-Z]+-\d+)*)\)\.$/.exec(f.description);
  expect(m, `${f.name} cites its rules at the end of its description`).not.toBeNull();
  return ruleIds(m![1]!);
}

describe('the function catalog agrees with the user guide', () => {
  it('reads the guide table: one row for each of the 14 functions', () => {
    expect(rows).toHaveLength(14);
    expect(rows[0]).toEqual({ name: 'CP_TIER', parameters: [{ name: 'metric', optional: false }, { name: 'program', optional: true }], rules: ['TIER-1'], program: 'telecom' });
    expect(ruleIds('COM-2…5')).toEqual(['COM-2', 'COM-3', 'COM-4', 'COM-5']);
  });

  it('lists the same functions as the guide, in the guide order', () => {
    expect(SHEET_FUNCTIONS.map((f) => f.name)).toEqual(rows.map((r) => r.name));
  });

  it.each(SHEET_FUNCTIONS.map((f) => [f.name, f] as const))('%s has the parameters of its guide signature, optional where the guide brackets them', (name, f) => {
    const row = rows.find((r) => r.name === name)!;
    expect(f.parameters.map((p) => ({ name: p.name, optional: p.optional }))).toEqual(row.parameters);
  });

  it.each(rows.map((r) => [r.name, r] as const))('the guide signature of %s is the catalog one', (name, row) => {
    const f = SHEET_FUNCTIONS.find((g) => g.name === name);
    expect(f, `${name} is in the catalog`).toBeDefined();
    expect(row.parameters.map((p) => p.name)).toEqual(f!.parameters.map((p) => p.name));
    expect(row.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(f!.parameters.filter((p) => p.optional).map((p) => p.name));
  });

  it.each(SHEET_FUNCTIONS.map((f) => [f.name, f] as const))("%s: its program parameter's default is the guide's program column", (name, f) => {
    const row = rows.find((r) => r.name === name)!;
    const program = f.parameters.find((p) => p.name === 'program');
    if (row.program === '—') {
      expect(program).toBeUndefined();
      return;
    }
    expect(program?.description).toBe(`"telecom" or "cloud"; default "${row.program}".`);
  });

  it.each(SHEET_FUNCTIONS.map((f) => [f.name, f] as const))('%s cites only rules of its guide row, and at least one', (name, f) => {
    const row = rows.find((r) => r.name === name)!;
    const cited = citedRules(f);
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(row.rules, `${name} cites ${id}`).toContain(id);
  });

  it("gives every Google Sheets wrapper of the guide's Code.gs the catalog's parameters, in order", () => {
    // channelPolicy_ converts arguments[i] by the kind of the catalog's i-th parameter, so the lists must line up.
    const wrappers = [...guide.matchAll(/^function (CP_[A-Z_]+)\(([^)]*)\) \{ return channelPolicy_\('(CP_[A-Z_]+)', arguments\); \}$/gm)];
    expect(wrappers.map((w) => w[1])).toEqual(SHEET_FUNCTIONS.map((f) => f.name));
    for (const [, name, args, called] of wrappers) {
      expect(called).toBe(name);
      expect(args!.split(', '), name).toEqual(SHEET_FUNCTIONS.find((f) => f.name === name)!.parameters.map((p) => p.name));
    }
  });
});
