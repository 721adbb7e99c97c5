import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import * as sheets from '../../src/sheets/index.js';
import { serialFromDate, SHEET_FUNCTIONS, type SheetFunction, type SheetParameterKind } from '../../src/sheets/index.js';

// The catalog agrees with the functions it describes: the kinds say what each argument accepts,
// the optional flags which arguments may be left empty, and the program default what an empty program means.

type Impl = (...args: unknown[]) => unknown;
const implOf = (f: SheetFunction) => (sheets as unknown as Record<string, Impl>)[f.name]!;

const regs = [
  ['R1', 'C1', 'direct', 'KA-7', '2026-03-01T09:30:00+08:00'],
  ['R2', 'C1', 'partner', 'P-0107', '2026-03-01T01:30:00Z'],
];

/** Valid calls of every function, each with all its arguments (null where left empty), dates as ISO text and money as numbers. */
const EXAMPLES: Record<string, unknown[][]> = {
  CP_TIER: [[12, null]],
  CP_RATE: [
    ['port', 'gold', '2025-03-01', '2025-06-15', null, null],
    ['ecs', null, null, '2026-01-15', 10000, 'cloud'],
  ],
  CP_COMMISSION: [
    [9000, 'port', 'gold', '2025-03-01', '2025-06-15', null, null],
    [1000, 'margin', 'silver', '2025-06-01', '2026-01-07', 640, 'telecom'],
    [12345.67, 'ecs', null, null, '2026-01-15', null, 'cloud'],
  ],
  CP_STATEMENT: [
    [
      [
        ['T1', 'C1', 'port', 9000, '2026-01-05', '2025-06-01', '2026-01-01', null],
        ['T3', 'C3', 'margin', 1000, '2026-01-07', '2025-06-01', null, 640],
      ],
      '2026-01-01',
      '2026-01-31',
      [['silver', '2025-01-01'], ['gold', '2026-01-06']],
      [['F1', 'T1', 4500, '2026-01-20']],
      100,
      'payable',
      null,
    ],
  ],
  CP_DEPOSIT: [['silver', null]],
  CP_REQUIRED_DEPOSIT_WHOLESALE: [[60000, null]],
  CP_WHOLESALE_STATUS: [[100000, 20000, 120000, true, null]],
  CP_BID_SCORE: [[100, 50, 0, 10, null]],
  CP_REVIEW_PERIOD: [['2026-05-20', 'from', null]],
  CP_QUARTER: [['2026-05-20']],
  CP_TRIAL_END: [['2026-01-31', null]],
  CP_SETTLEMENT: [['2026-01', 'payment', [['2026-02-25']], [['2026-02-28']], null]],
  CP_DEEMED_ACCEPTED: [['2026-02-26', [['2026-03-02']], [['2026-02-28']], null]],
  CP_OWNER: [
    [
      'C1',
      regs,
      '2026-03-10T00:00:00+08:00',
      [['R2', 2, '2026-03-05T00:00:00+08:00']],
      [['R1', '2026-03-06T00:00:00+08:00']],
      'owner',
      null,
    ],
  ],
};

const isIso = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The same argument in another form its kind accepts: a date as its serial, an amount as text, a month as a date serial in it. */
function otherForm(value: unknown, kind: SheetParameterKind, columns?: readonly SheetParameterKind[]): unknown {
  if (value === null) return null;
  switch (kind) {
    case 'date':
      expect(isIso(value), `a date example is YYYY-MM-DD text, got ${String(value)}`).toBe(true);
      return serialFromDate(value as string);
    case 'money':
      expect(typeof value, 'an amount example is a number').toBe('number');
      return String(value);
    case 'month':
      expect(value).toMatch(/^\d{4}-\d{2}$/);
      return serialFromDate(`${value as string}-17`);
    case 'dates':
      return (value as unknown[][]).map((row) => row.map((cell) => otherForm(cell, 'date')));
    case 'table':
      return (value as unknown[][]).map((row) => row.map((cell, c) => otherForm(cell, columns![c]!)));
    case 'number':
    case 'text':
    case 'instant':
    case 'boolean':
    case 'program':
      return value;
  }
}

/** What a call gives: its value, or the message of the PolicyError it throws. */
function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return `error: ${(e as Error).message}`;
  }
}

const cases = SHEET_FUNCTIONS.flatMap((f) => (EXAMPLES[f.name] ?? []).map((args, i) => [`${f.name} #${i + 1}`, f, args] as const));

describe('the catalog agrees with the functions', () => {
  it('has a valid example call of every function, with an argument for each parameter', () => {
    for (const f of SHEET_FUNCTIONS) {
      expect(EXAMPLES[f.name], f.name).toBeDefined();
      for (const args of EXAMPLES[f.name]!) {
        expect(args, f.name).toHaveLength(f.parameters.length);
        expect(() => implOf(f)(...args), f.name).not.toThrow();
      }
    }
  });

  it.each(cases)('%s: each argument in another form of its kind gives the same result', (_, f, args) => {
    const impl = implOf(f);
    const expected = impl(...args);
    for (const [i, p] of f.parameters.entries()) {
      const changed = args.map((a, j) => (j === i ? otherForm(a, p.kind, p.columns) : a));
      expect(impl(...changed), `${p.name} (${p.kind})`).toEqual(expected);
    }
    // All of them at once, as a sheet of date cells and number cells passes them.
    expect(impl(...args.map((a, i) => otherForm(a, f.parameters[i]!.kind, f.parameters[i]!.columns)))).toEqual(expected);
  });

  it.each(cases)('%s: a required value argument left empty is an error about that argument', (_, f, args) => {
    const impl = implOf(f);
    for (const [i, p] of f.parameters.entries()) {
      if (p.optional || p.kind === 'table' || p.kind === 'dates') continue; // an empty range is a range with no rows
      const result = outcome(() => impl(...args.map((a, j) => (j === i ? null : a))));
      expect(String(result), p.name).toMatch(new RegExp(`^error: ${f.name}: ${p.name} `));
    }
  });

  it.each(SHEET_FUNCTIONS.map((f) => [f.name, f] as const))('%s: an optional argument may be left empty, in some call at least', (_, f) => {
    // customerStartOn and cost are optional, but the telecom program and margin lines need them (COM-4, COM-2).
    const impl = implOf(f);
    for (const [i, p] of f.parameters.entries()) {
      if (!p.optional) continue;
      const fine = EXAMPLES[f.name]!.filter((args) => !String(outcome(() => impl(...args.map((a, j) => (j === i ? null : a))))).startsWith('error: '));
      expect(fine.length, p.name).toBeGreaterThan(0);
    }
  });

  it('lets the cloud program leave customerStartOn empty, and requires it in the telecom program (COM-4)', () => {
    expect(sheets.CP_RATE('ecs', '', '', '2026-01-15', '', 'cloud')).toBe(0.2);
    expect(outcome(() => sheets.CP_RATE('port', 'gold', '', '2025-06-15'))).toBe(
      "error: CP_RATE: customerStartOn is required: the telecom program's commission runs 2 years from the customer's start (COM-4)",
    );
  });

  it.each(cases.filter(([, f]) => f.parameters.some((p) => p.kind === 'program')))(
    '%s: an empty program is the default its description names, and the other program answers differently',
    (_, f, args) => {
      const impl = implOf(f);
      const fallback = /default "(telecom|cloud)"\.$/.exec(f.parameters.at(-1)!.description)![1]!;
      const other = fallback === 'telecom' ? 'cloud' : 'telecom';
      const given = args.at(-1);
      if (given !== null && given !== fallback) return; // an example for the other program
      const withEmpty = outcome(() => impl(...args.slice(0, -1), null));
      expect(withEmpty).toEqual(outcome(() => impl(...args.slice(0, -1), '')));
      expect(withEmpty).toEqual(outcome(() => impl(...args.slice(0, -1), fallback)));
      expect(withEmpty).not.toEqual(outcome(() => impl(...args.slice(0, -1), other)));
    },
  );
});
