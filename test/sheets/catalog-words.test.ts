import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules.js';
import { SHEET_FUNCTIONS, type SheetParameter, type SheetParameterKind } from '../../src/sheets/index.js';

// The catalog's words are what finance staff read in their spreadsheet's function help.

const KINDS: readonly SheetParameterKind[] = ['number', 'money', 'text', 'date', 'month', 'instant', 'boolean', 'dates', 'table', 'program'];

/** A one-line sentence: starts with a capital letter or a quote, ends with a full stop. */
const SENTENCE = /^[A-Z"][^\n]*[^.\s]\.$/;

/** The rule ids a description cites: "(COM-1 to COM-6)" gives COM-1 … COM-6, "(BID-2, BID-3)" both. */
function citedRules(description: string): string[] {
  const m = /\(([A-Z]+-\d+(?:(?:, | to )[A-Z]+-\d+)*)\)\.$/.exec(description);
  if (m === null) return [];
  return m[1]!.split(', ').flatMap((part) => {
    const range = /^([A-Z]+)-(\d+) to \1-(\d+)$/.exec(part);
    if (range === null) return [part];
    return Array.from({ length: Number(range[3]) - Number(range[2]) + 1 }, (_, i) => `${range[1]}-${Number(range[2]) + i}`);
  });
}

/** The columns a table's description lists after "Rows:" (or "rows:"), up to a ';' or the final '.'. */
function listedColumns(p: SheetParameter): string[] {
  const m = /\brows: ([^;]*?)(?:;|\.$)/i.exec(p.description);
  expect(m, `${p.name}'s description lists its columns`).not.toBeNull();
  return m![1]!.split(', ');
}

/** The kind a column's name calls for: ids and words are text, days dates, times instants, amounts money. */
function kindOfColumn(name: string): SheetParameterKind | undefined {
  if (/ id\b/.test(name) || ['line', 'tier', 'partner/direct'].includes(name)) return 'text';
  if (/(^| )(on|from|to|start)$/.test(name)) return 'date';
  if (/(^| )at$/.test(name)) return 'instant';
  if (/^(amount|cost)$/.test(name)) return 'money';
  if (/^stage \d–\d$/.test(name)) return 'number';
  return undefined;
}

const functions = SHEET_FUNCTIONS.map((f) => [f.name, f] as const);
const parameters = SHEET_FUNCTIONS.flatMap((f) => f.parameters.map((p) => [`${f.name} ${p.name}`, p] as const));
const tables = parameters.filter(([, p]) => p.kind === 'table');

describe('the words of the function catalog', () => {
  it('reads cited rule ranges and column lists as written', () => {
    expect(citedRules('The commission (COM-1 to COM-3).')).toEqual(['COM-1', 'COM-2', 'COM-3']);
    expect(citedRules("A bid's score (BID-2, BID-3).")).toEqual(['BID-2', 'BID-3']);
    expect(listedColumns({ name: 't', kind: 'table', optional: true, description: 'The tier, or rows: tier, from; empty means ordinary.' })).toEqual(['tier', 'from']);
    expect(kindOfColumn('received on')).toBe('date');
    expect(kindOfColumn('registered at')).toBe('instant');
    expect(kindOfColumn('refund id')).toBe('text');
  });

  it.each(functions)('%s is described in one sentence that cites rules of the policy book', (_, f) => {
    expect(f.description).toMatch(SENTENCE);
    const cited = citedRules(f.description);
    expect(cited.length, f.description).toBeGreaterThan(0);
    for (const id of cited) expect(RULES[id], `${id} is a rule`).toEqual(expect.any(String));
  });

  it.each(parameters)('%s has a name, a known kind and a one-sentence description', (_, p) => {
    expect(p.name).toMatch(/^[a-z][A-Za-z]*$/);
    expect(KINDS).toContain(p.kind);
    expect(p.description).toMatch(SENTENCE);
    expect(typeof p.optional).toBe('boolean');
  });

  it('gives each function parameter names of its own', () => {
    for (const f of SHEET_FUNCTIONS) expect(new Set(f.parameters.map((p) => p.name)).size, f.name).toBe(f.parameters.length);
  });

  it('describes columns for tables only', () => {
    for (const [name, p] of parameters) expect(p.columns === undefined, name).toBe(p.kind !== 'table');
    expect(tables.map(([name]) => name)).toEqual([
      'CP_STATEMENT receipts',
      'CP_STATEMENT tiers',
      'CP_STATEMENT refunds',
      'CP_OWNER registrations',
      'CP_OWNER progress',
      'CP_OWNER takeovers',
    ]);
  });

  it.each(tables)('%s has a column kind for each column its description lists, fitting its name', (_, p) => {
    const names = listedColumns(p);
    expect(p.columns).toHaveLength(names.length);
    expect(p.columns).toEqual(names.map(kindOfColumn));
  });

  it('names "telecom" or "cloud" as the default of every program parameter', () => {
    for (const [name, p] of parameters.filter(([, q]) => q.kind === 'program')) {
      expect(p.name, name).toBe('program');
      expect(p.optional, name).toBe(true);
      expect(p.description, name).toMatch(/^"telecom" or "cloud"; default "(telecom|cloud)"\.$/);
    }
  });
});
