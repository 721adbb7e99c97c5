import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { commissionStatement } from '../../src/commission/index.js';
import type { CommissionStatement, Receipt } from '../../src/commission/types.js';
import { PolicyError } from '../../src/core/errors.js';
import { telecomProgram } from '../../src/policy/presets.js';
import {
  dateBetween,
  deepFreeze,
  minorUnits,
  money,
  moneyInput,
  PERIOD,
  receiptOf,
  receiptsOf,
  statementCase,
  tierHistory,
} from './arbitraries.js';
import { earned, oracleStatement } from './oracle.js';

/** Enough digits for any figure here: decimal.js's default 20 would round large amounts. */
const D = Decimal.clone({ precision: 100 });

type Case = typeof statementCase extends fc.Arbitrary<infer T> ? T : never;

function inputOf(c: Case) {
  return {
    partnerId: 'P-1',
    period: PERIOD,
    tiers: c.tiers,
    receipts: c.receipts,
    refunds: c.refunds,
    ...(c.carriedIn === undefined ? {} : { carriedIn: c.carriedIn }),
  };
}

const cents = (m: string) => BigInt(m.replace('.', ''));
const byKey = <T extends { line: string; kind: string; rate: string }>(xs: readonly T[]) =>
  [...xs].sort((a, b) => `${a.line}|${a.kind}|${a.rate}`.localeCompare(`${b.line}|${b.kind}|${b.rate}`));

test.prop([statementCase])(
  'for any receipts and refunds, the statement equals the naive decimal.js model of the policy book (scaled integers are exact)',
  (c) => {
    const s = commissionStatement(c.program.policy, inputOf(c));
    const o = oracleStatement(c.program.policy, inputOf(c));
    expect(byKey(s.lines.map(({ line, kind, rate, base, commission, receipts }) => ({ line, kind, rate, base, commission, receipts })))).toEqual(byKey(o.lines));
    expect(s.clawbacks.map(({ refundId, rate, base, clawback }) => ({ refundId, rate, base, clawback }))).toEqual(
      [...o.clawbacks].sort((a, b) => (a.refundId < b.refundId ? -1 : 1)),
    );
    expect(s.totals).toEqual({ ...o.totals, rules: ['CONV-2', 'COM-8'] });
    expect(s.warnings.filter((w) => w.code !== 'REFUND_OUTSIDE_PERIOD').map((w) => [w.code, w.receiptId]).sort()).toEqual(
      o.warnings.map((w) => [w.code, w.receiptId]).sort(),
    );
  },
);

test.prop([statementCase])(
  "for any receipts, the statement's totals are the sums of its lines and payable = commission − clawback − carriedIn (CONV-2, COM-8)",
  (c) => {
    const s = commissionStatement(c.program.policy, inputOf(c));
    const sum = (xs: readonly string[]) => xs.reduce((a, x) => a + cents(x), 0n);
    expect(cents(s.totals.base)).toBe(sum(s.lines.map((l) => l.base)));
    expect(cents(s.totals.commission)).toBe(sum(s.lines.map((l) => l.commission)));
    expect(cents(s.totals.clawback)).toBe(sum(s.clawbacks.map((l) => l.clawback)));
    expect(cents(s.totals.payable)).toBe(cents(s.totals.commission) - cents(s.totals.clawback) - cents(s.totals.carriedIn));
    for (const l of s.lines) expect(l.rules.length).toBeGreaterThan(0);
  },
);

test.prop([statementCase, fc.context()])('input order never changes a statement', (c, ctx) => {
  const shuffled = { ...c, receipts: [...c.receipts].reverse(), refunds: [...c.refunds].reverse() };
  // Rotate as well as reverse, so every position moves.
  const k = c.receipts.length === 0 ? 0 : (c.receipts.length >> 1) + 1;
  shuffled.receipts = [...shuffled.receipts.slice(k), ...shuffled.receipts.slice(0, k)];
  ctx.log(`rotated by ${k}`);
  expect(commissionStatement(c.program.policy, inputOf(shuffled))).toEqual(commissionStatement(c.program.policy, inputOf(c)));
});

test.prop([statementCase])('a statement is the same whether receipts come as an array, a Set or a one-pass generator', (c) => {
  const whole = commissionStatement(c.program.policy, inputOf(c));
  function* once<T>(xs: readonly T[]) {
    yield* xs;
  }
  expect(commissionStatement(c.program.policy, { ...inputOf(c), receipts: once(c.receipts), refunds: once(c.refunds) })).toEqual(whole);
  expect(commissionStatement(c.program.policy, { ...inputOf(c), receipts: new Set(c.receipts) })).toEqual(whole);
});

const telecomReceipts = receiptsOf(receiptOf(['port', 'conference', 'margin'], ['margin']), 12);

test.prop([telecomReceipts.chain((rs) => fc.tuple(fc.constant(rs), fc.tuple(...rs.map((r) => moneyInput(cents(r.amount as string))))))])(
  'amounts given as strings, numbers or Decimals give the same statement',
  ([receipts, amounts]) => {
    const asGiven = receipts.map((r, i) => ({ ...r, amount: amounts[i]! }));
    const input = { partnerId: 'P', period: PERIOD, tiers: 'gold' as const, receipts };
    expect(commissionStatement(telecomProgram, { ...input, receipts: asGiven })).toEqual(commissionStatement(telecomProgram, input));
  },
);

test.prop([fc.constantFrom('port', 'conference', 'margin'), minorUnits, minorUnits, dateBetween('2023-01-01', '2026-03-31'), dateBetween(PERIOD.from, PERIOD.to), tierHistory, fc.integer({ min: 0, max: 1000 })])(
  'a clawback never exceeds what the refunded part of the receipt earned (COM-7)',
  (line, amount, cost, start, on, tiers, permille) => {
    const receipt: Receipt = { id: 'R', customerId: 'C', line, amount: money(amount), cost: money(cost), receivedOn: on, customerStartOn: start };
    const refund = (amount * BigInt(permille)) / 1000n;
    const alone = commissionStatement(telecomProgram, { partnerId: 'P', period: PERIOD, tiers, receipts: [receipt] });
    const s = commissionStatement(telecomProgram, {
      partnerId: 'P',
      period: PERIOD,
      tiers,
      receipts: [],
      refunds: [{ id: 'F', receipt, amount: money(refund), refundedOn: on }],
    });
    const claw = cents(s.clawbacks[0]!.clawback);
    expect(claw <= cents(alone.totals.commission)).toBe(true);
    // The rate clawed back is the rate the receipt earned on its own deciding date.
    expect(s.clawbacks[0]!.rate).toBe(alone.lines[0]!.rate);
    // Exactly: refund × what one unit of the receipt earned, rounded once.
    const earnedCents = new D(alone.lines[0]!.base).times(alone.lines[0]!.rate).times(100);
    const exact = amount === 0n ? new D(0) : earnedCents.times(refund.toString()).div(amount.toString());
    expect(new D(claw.toString()).minus(exact).abs().lte(0.5)).toBe(true);
  },
);

test.prop([statementCase, fc.nat(), fc.integer({ min: 1, max: 100 })])(
  'refunds of one receipt adding up to more than it raise REFUND_EXCEEDS_RECEIPT, never a clamp',
  (c, pick, extra) => {
    fc.pre(c.receipts.length > 0);
    const receipt = c.receipts[pick % c.receipts.length]!;
    fc.pre(cents(receipt.amount as string) + BigInt(extra) < 10n ** 17n); // still a valid figure (below 10^15)
    const over = { id: 'F-over', receipt, amount: money(cents(receipt.amount as string) + BigInt(extra)), refundedOn: receipt.receivedOn };
    const input = { ...inputOf(c), refunds: [...c.refunds, over] };
    let error: unknown;
    try {
      commissionStatement(c.program.policy, input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).code).toBe('REFUND_EXCEEDS_RECEIPT');
    expect((error as PolicyError).issues.some((i) => i.path[0] === 'refunds' && i.path[2] === 'amount')).toBe(true);
  },
);

test.prop([statementCase])('deep-frozen inputs work and are never mutated', (c) => {
  const input = inputOf(c);
  const before = JSON.stringify(input);
  const s = commissionStatement(c.program.policy, deepFreeze(input));
  expect(JSON.stringify(input)).toBe(before);
  expect(JSON.parse(JSON.stringify(s))).toEqual(s as CommissionStatement);
});

test.prop([statementCase])('receipts outside the period never change the lines, and each raises one OUTSIDE_PERIOD warning', (c) => {
  const inside = c.receipts.filter((r) => r.receivedOn >= PERIOD.from && r.receivedOn <= PERIOD.to);
  const all = commissionStatement(c.program.policy, inputOf(c));
  const only = commissionStatement(c.program.policy, inputOf({ ...c, receipts: inside }));
  expect(all.lines).toEqual(only.lines);
  expect(all.warnings.filter((w) => w.code === 'OUTSIDE_PERIOD').map((w) => w.receiptId).sort()).toEqual(
    c.receipts.filter((r) => !inside.includes(r)).map((r) => r.id).sort(),
  );
});

test.prop([telecomReceipts, tierHistory])(
  'a receipt with coversFrom lands in the bucket of a receipt received on that date (COM-4: the service date decides)',
  (receipts, tiers) => {
    const inPeriod = receipts.filter((r) => r.coversFrom !== undefined && r.coversFrom >= PERIOD.from && r.coversFrom <= PERIOD.to && r.receivedOn >= PERIOD.from && r.receivedOn <= PERIOD.to);
    const moved = inPeriod.map(({ coversFrom, ...r }) => ({ ...r, receivedOn: coversFrom! }));
    const input = { partnerId: 'P', period: PERIOD, tiers };
    expect(commissionStatement(telecomProgram, { ...input, receipts: inPeriod }).lines).toEqual(
      commissionStatement(telecomProgram, { ...input, receipts: moved }).lines,
    );
  },
);

test.prop([telecomReceipts, tierHistory])('a port receipt in commission year 1 earns the rate of the tier in effect on its deciding date (COM-5)', (receipts, tiers) => {
  for (const r of receipts.filter((x) => x.line === 'port' && x.receivedOn >= PERIOD.from && x.receivedOn <= PERIOD.to)) {
    const e = earned(telecomProgram, tiers, r);
    const s = commissionStatement(telecomProgram, { partnerId: 'P', period: PERIOD, tiers, receipts: [r] });
    expect(s.lines[0]!.rate).toBe(e.kind === 'expired' ? '0' : e.rate.toFixed());
  }
});

test.prop([telecomReceipts, tierHistory])(
  'the months of a quarter count every receipt of the quarter once, and their flat-rate bases add up to the quarter’s (COM-9)',
  (receipts, tiers) => {
    const months = [
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-31' },
    ];
    const quarter = commissionStatement(telecomProgram, { partnerId: 'P', period: PERIOD, tiers, receipts });
    const bases = new Map<string, bigint>();
    let counted = 0;
    for (const period of months) {
      const s = commissionStatement(telecomProgram, { partnerId: 'P', period, tiers, receipts });
      for (const l of s.lines) {
        const k = `${l.line}|${l.kind}|${l.rate}`;
        bases.set(k, (bases.get(k) ?? 0n) + cents(l.base));
        counted += l.receipts;
      }
    }
    expect(counted).toBe(quarter.lines.reduce((a, l) => a + l.receipts, 0));
    for (const l of quarter.lines) expect(bases.get(`${l.line}|${l.kind}|${l.rate}`)).toBe(cents(l.base));
  },
);
