import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { commissionStatement, diffStatements } from '../../src/commission/index.js';
import { describeRule } from '../../src/core/rules.js';
import { PERIOD, statementCase, tierHistory } from './arbitraries.js';

type Case = typeof statementCase extends fc.Arbitrary<infer T> ? T : never;
const cents = (m: string) => BigInt(m.replace('.', ''));
/** −m at the same scale, with zero staying "0.00". */
const negate = (m: string) => (cents(m) === 0n ? m : m.startsWith('-') ? m.slice(1) : `-${m}`);

/** Statement line order: product line, then kind (rate, margin, ladder, expired), then rate. */
const KINDS = ['rate', 'margin', 'ladder', 'expired'];
function statementOrder(x: { line: string; kind: string; rate: string }, y: { line: string; kind: string; rate: string }): number {
  if (x.line !== y.line) return x.line < y.line ? -1 : 1;
  if (x.kind !== y.kind) return KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind);
  return new Decimal(x.rate).comparedTo(y.rate);
}

/** Two statements of one partner and period: each side keeps its own subset of the receipts and refunds, and may have its own tier history. */
const twoStatements = fc
  .tuple(statementCase, fc.func(fc.boolean()), fc.func(fc.boolean()), fc.option(tierHistory, { nil: undefined }))
  .map(([c, keepA, keepB, otherTiers]) => {
    const input = (x: Case, keep: (i: number) => boolean, tiers = x.tiers) => ({
      partnerId: 'P',
      period: PERIOD,
      tiers,
      receipts: x.receipts.filter((_, i) => keep(i)),
      refunds: x.refunds.filter((_, i) => keep(1000 + i)),
    });
    return [
      commissionStatement(c.program.policy, input(c, (i) => keepA(i))),
      commissionStatement(c.program.policy, input(c, (i) => keepB(i), otherTiers ?? c.tiers)),
    ] as const;
  });

test.prop([twoStatements])('swapping paid and recomputed negates every figure of the adjustment and keeps its lines, clawbacks and rules', ([a, b]) => {
  const ab = diffStatements(a, b);
  const ba = diffStatements(b, a);
  expect(ba.lines).toEqual(ab.lines.map((l) => ({ ...l, base: negate(l.base), commission: negate(l.commission) })));
  expect(ba.clawbacks).toEqual(ab.clawbacks.map((c) => ({ ...c, clawback: negate(c.clawback) })));
  for (const k of ['commission', 'clawback', 'carriedIn', 'payable'] as const) expect(ba[k]).toBe(negate(ab[k]));
});

test.prop([twoStatements])('the clawback adjustment is the sum of the clawback lines and the change in total clawbacks', ([a, b]) => {
  const d = diffStatements(a, b);
  expect(cents(d.clawback)).toBe(d.clawbacks.reduce((s, c) => s + cents(c.clawback), 0n));
  expect(cents(d.clawback)).toBe(cents(b.totals.clawback) - cents(a.totals.clawback));
});

test.prop([twoStatements])('adjustment lines and clawbacks come in statement order and cite only rules of the policy book, COM-10 always', ([a, b]) => {
  const d = diffStatements(a, b);
  expect([...d.lines].sort(statementOrder)).toEqual(d.lines);
  const ids = d.clawbacks.map((c) => c.refundId);
  expect(ids).toEqual([...ids].sort());
  for (const x of [...d.lines, ...d.clawbacks]) {
    expect(x.rules).toContain('COM-10');
    for (const id of x.rules) expect(describeRule(id)).toBeDefined();
  }
});
