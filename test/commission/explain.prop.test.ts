import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { commissionStatement, explainStatement } from '../../src/commission/index.js';
import { PERIOD, statementCase } from './arbitraries.js';

type Case = typeof statementCase extends fc.Arbitrary<infer T> ? T : never;
/** Enough digits for any product here: decimal.js's default 20 would round. */
const D = Decimal.clone({ precision: 100 });
const inputOf = (c: Case) => ({ partnerId: 'P-1', period: PERIOD, tiers: c.tiers, receipts: c.receipts, refunds: c.refunds });
const cents = (m: string) => BigInt(m.replace('.', ''));
const keyOf = (x: { line: string; kind: string; rate: string }) => `${x.line}|${x.kind}|${x.rate}`;

test.prop([statementCase])("explained shares add up to each statement line's commission exactly", (c) => {
  const { statement, receipts } = explainStatement(c.program.policy, inputOf(c));
  for (const line of statement.lines) {
    const mine = receipts.filter((r) => keyOf(r) === keyOf(line));
    expect(mine.reduce((a, r) => a + cents(r.share), 0n)).toBe(cents(line.commission));
    expect(mine.length).toBe(line.receipts);
  }
});

test.prop([statementCase])("each receipt's share is within one cent of its exact part of the line's commission", (c) => {
  const { statement, receipts } = explainStatement(c.program.policy, inputOf(c));
  for (const line of statement.lines) {
    const mine = receipts.filter((r) => keyOf(r) === keyOf(line));
    const total = mine.reduce((a, r) => a.plus(r.base), new D(0));
    for (const r of mine) {
      const exact = total.isZero() ? new D(0) : new D(line.commission).times(r.base).div(total);
      expect(new D(r.share).minus(exact).abs().lt('0.01')).toBe(true);
    }
  }
});

test.prop([statementCase])('explaining changes nothing: the statement is the one commissionStatement gives, and every counted receipt is traced', (c) => {
  const { statement, receipts } = explainStatement(c.program.policy, inputOf(c));
  expect(statement).toEqual(commissionStatement(c.program.policy, inputOf(c)));
  const counted = c.receipts.filter((r) => r.receivedOn >= PERIOD.from && r.receivedOn <= PERIOD.to).map((r) => r.id);
  expect([...new Set(receipts.map((r) => r.receiptId))].sort()).toEqual([...counted].sort());
  for (const r of receipts) expect(r.rules.length).toBeGreaterThan(0);
});

test.prop([statementCase])('input order never changes an explanation', (c) => {
  const reversed = { ...c, receipts: [...c.receipts].reverse() };
  expect(explainStatement(c.program.policy, inputOf(reversed))).toEqual(explainStatement(c.program.policy, inputOf(c)));
});
