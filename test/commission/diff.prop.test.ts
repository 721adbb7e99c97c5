import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { commissionStatement, diffStatements, mergeStatements } from '../../src/commission/index.js';
import { PERIOD, statementCase, tierHistory } from './arbitraries.js';

type Case = typeof statementCase extends fc.Arbitrary<infer T> ? T : never;
const cents = (m: string) => BigInt(m.replace('.', ''));
const keyOf = (x: { line: string; kind: string; rate: string }) => `${x.line}|${x.kind}|${x.rate}`;

/** The paid statement: some receipts and refunds missing, maybe another tier history; the recomputation has them all. */
const paidAndRecomputed = fc.tuple(statementCase, fc.nat(), fc.nat(), fc.option(tierHistory, { nil: undefined })).map(([c, cutR, cutF, paidTiers]) => {
  const input = (x: Case, tiers = x.tiers) => ({ partnerId: 'P', period: PERIOD, tiers, receipts: x.receipts, refunds: x.refunds, ...(x.carriedIn === undefined ? {} : { carriedIn: x.carriedIn }) });
  const paidCase = { ...c, receipts: c.receipts.slice(0, cutR % (c.receipts.length + 1)), refunds: c.refunds.slice(0, cutF % (c.refunds.length + 1)) };
  return {
    paid: commissionStatement(c.program.policy, input(paidCase, paidTiers ?? c.tiers)),
    recomputed: commissionStatement(c.program.policy, input(c)),
  };
});

test.prop([paidAndRecomputed])('the adjustment payable is Σ line commissions − Σ clawbacks − change in carried-in, and equals the change in payable', ({ paid, recomputed }) => {
  const d = diffStatements(paid, recomputed);
  const lines = d.lines.reduce((a, l) => a + cents(l.commission), 0n);
  const claws = d.clawbacks.reduce((a, l) => a + cents(l.clawback), 0n);
  expect(cents(d.payable)).toBe(lines - claws - cents(d.carriedIn));
  expect(cents(d.payable)).toBe(cents(recomputed.totals.payable) - cents(paid.totals.payable));
  expect(cents(d.commission)).toBe(lines);
});

test.prop([paidAndRecomputed])('paid lines plus the adjustment lines give the recomputed lines, bucket by bucket', ({ paid, recomputed }) => {
  const d = diffStatements(paid, recomputed);
  const applied = new Map<string, bigint>();
  for (const l of paid.lines) applied.set(keyOf(l), cents(l.commission));
  for (const l of d.lines) applied.set(keyOf(l), (applied.get(keyOf(l)) ?? 0n) + cents(l.commission));
  const want = new Map(recomputed.lines.map((l) => [keyOf(l), cents(l.commission)]));
  for (const [k, v] of applied) expect(v).toBe(want.get(k) ?? 0n);
  for (const l of d.lines) expect(cents(l.base) !== 0n || cents(l.commission) !== 0n).toBe(true);
});

test.prop([statementCase])('a statement needs no adjustment against itself, nor against the merge of its parts', (c) => {
  const input = { partnerId: 'P', period: PERIOD, tiers: c.tiers, receipts: c.receipts, refunds: c.refunds };
  const whole = commissionStatement(c.program.policy, input);
  const half = c.receipts.length >> 1;
  const merged = mergeStatements(
    commissionStatement(c.program.policy, { ...input, receipts: c.receipts.slice(0, half) }),
    commissionStatement(c.program.policy, { ...input, receipts: c.receipts.slice(half), refunds: [] }),
  );
  for (const d of [diffStatements(whole, whole), diffStatements(whole, merged)]) {
    expect(d.lines).toEqual([]);
    expect(d.clawbacks).toEqual([]);
    expect(d.payable).toBe('0.00');
  }
});
