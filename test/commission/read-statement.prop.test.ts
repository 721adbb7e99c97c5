/**
 * Properties of reading a statement back (mergeStatements): every statement
 * commissionStatement gives reads back as itself, and moving any one figure
 * of it by one minor unit is refused, naming that figure.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { commissionStatement, mergeStatements } from '../../src/commission/index.js';
import { formatMinor, parseMinor } from '../../src/commission/minor.js';
import { issueList, policyErrorOf } from '../helpers.js';
import { PERIOD, statementCase } from './arbitraries.js';

type Case = typeof statementCase extends fc.Arbitrary<infer T> ? T : never;
type Figures = Record<string, string>;
interface Json {
  currency: { scale: number };
  lines: (Figures & { kind: string; line: string })[];
  ladders: { line: string }[];
  totals: Figures;
}

function statementOf(c: Case, all = true): Json {
  const s = commissionStatement(c.program.policy, {
    partnerId: 'P-1',
    period: PERIOD,
    tiers: c.tiers,
    receipts: all ? c.receipts : [],
    refunds: all ? c.refunds : [],
    ...(all && c.carriedIn !== undefined ? { carriedIn: c.carriedIn } : {}),
  });
  return JSON.parse(JSON.stringify(s)) as Json;
}

/** `figure` moved by one minor unit, up or down (down only from above zero, figures being non-negative). */
function nudged(figure: string, scale: number, up: boolean): string {
  const m = parseMinor(figure, scale)!;
  return formatMinor(up || m === 0n ? m + 1n : m - 1n, scale);
}

function issuesOf(a: Json, b: Json) {
  const e = policyErrorOf(() => mergeStatements(a as never, b as never));
  expect(e.code).toBe('INVALID_INPUT');
  return issueList(e);
}

test.prop([statementCase])('a statement read back is itself: merged with the empty statement of its scope it comes back unchanged', (c) => {
  expect(mergeStatements(statementOf(c) as never, statementOf(c, false) as never)).toEqual(statementOf(c));
  expect(mergeStatements(statementOf(c, false) as never, statementOf(c) as never)).toEqual(statementOf(c));
});

test.prop([statementCase, fc.constantFrom('base', 'commission', 'clawback', 'payable'), fc.boolean()])(
  'a total moved by one minor unit is refused at that total, and only there (COM-8)',
  (c, field, up) => {
    const s = statementOf(c);
    s.totals[field] = nudged(s.totals[field]!, s.currency.scale, up);
    expect(issuesOf(s, statementOf(c, false))).toEqual([{ path: ['a', 'totals', field], message: `does not add up: the statement's lines give a different ${field}` }]);
  },
);

test.prop([statementCase.filter((c) => c.receipts.length > 0), fc.nat(), fc.constantFrom('base', 'commission'), fc.boolean()])(
  "a line's base or commission moved by one minor unit is refused: its totals no longer add up, and a commission is no longer its base × rate (COM-6) or its ladder's slice (COM-3)",
  (c, pick, field, up) => {
    const s = statementOf(c);
    fc.pre(s.lines.length > 0);
    const i = pick % s.lines.length;
    const line = s.lines[i]!;
    line[field] = nudged(line[field]!, s.currency.scale, up);
    const paths = issuesOf(s, statementOf(c, false)).map((x) => x.path);
    expect(paths).toContainEqual(['a', 'totals', field]);
    if (line.kind === 'ladder') expect(paths).toContainEqual(['a', 'ladders', s.ladders.findIndex((l) => l.line === line.line)]);
    else if (field === 'commission') expect(paths).toContainEqual(['a', 'lines', i, 'commission']);
  },
);
