import fc from 'fast-check';
import { test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { depositLedger, settleDeposit, wholesaleStatus } from '../../src/deposit/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import {
  centsArb,
  claimArb,
  claimsArb,
  dateAt,
  depositEntryArb,
  moneyInputOfCents,
  settleDepositInputArb,
  wholesaleStatusInputArb,
} from '../../src/testing/index.js';
import { sampleOf } from './kit-sampling-b.js';

/** Exact cents of a generated money input, whatever its form. */
const centsOf = (m: unknown): bigint => BigInt(new Decimal(m as Decimal.Value).times(100).toFixed(0));

describe('centsArb: cents up to max, biased towards small sums and round figures', () => {
  it.each([100_000n, 5_000_000n, 20_000_000n, 100_000_000_000_000n])('stays within 0 and %s cents, and reaches both ends', (max) => {
    const values = sampleOf(centsArb(max));
    expect(values.every((c) => c >= 0n && c <= max)).toBe(true);
    expect(values).toContain(0n);
    expect(values).toContain(max);
  });

  it('keeps to a bound below a whole yuan as well', () => {
    const values = sampleOf(centsArb(99n), 500);
    expect(values.every((c) => c >= 0n && c <= 99n)).toBe(true);
  });

  it('is biased towards small sums: most amounts are at most 50,000.00 even when the bound is far larger', () => {
    const values = sampleOf(centsArb());
    expect(values.filter((c) => c <= 5_000_000n).length).toBeGreaterThan(values.length / 2);
  });

  it('is biased towards round figures: whole yuan are frequent, also among large sums', () => {
    const values = sampleOf(centsArb());
    const large = values.filter((c) => c > 5_000_000n);
    // Uniform cents would make 1 large amount in 100 a whole yuan.
    expect(large.filter((c) => c % 100n === 0n).length).toBeGreaterThan(large.length / 10);
  });
});

describe('moneyInputOfCents: one cent amount in every accepted input form', () => {
  const forms = (c: bigint) => {
    const seen = sampleOf(moneyInputOfCents(c), 200);
    const strings = [...new Set(seen.filter((m): m is string => typeof m === 'string'))].sort();
    const numbers = [...new Set(seen.filter((m): m is number => typeof m === 'number'))];
    const decimals = [...new Set(seen.filter((m): m is Decimal => m instanceof Decimal).map((d) => d.toFixed(2)))];
    return { seen, strings, numbers, decimals };
  };

  it('renders 1250n as in the JSDoc: "12.50", "12.5", 12.5 or Decimal("12.50")', () => {
    const { strings, numbers, decimals } = forms(1250n);
    expect(strings).toEqual(['12.5', '12.50']);
    expect(numbers).toEqual([12.5]);
    expect(decimals).toEqual(['12.50']);
  });

  it.each([
    [0n, ['0', '0.00'], 0],
    [5n, ['0.05'], 0.05],
    [1200n, ['12', '12.00'], 12],
    [1234n, ['12.34'], 12.34],
    [100_000_000_000_007n, ['1000000000000.07'], 1000000000000.07],
  ])('renders %s cents as the 2-place string, the shortest string, a number and a Decimal', (c, strings, n) => {
    const r = forms(c);
    expect(r.strings).toEqual(strings);
    expect(r.numbers).toEqual([n]);
    expect(r.decimals).toEqual([r.strings.find((s) => /\.\d\d$/.test(s))]);
  });

  test.prop([centsArb(), fc.nat()])('every form is exactly the amount, and accepted as a deposit balance', (c, k) => {
    const [m] = fc.sample(moneyInputOfCents(c), { numRuns: 1, seed: k });
    if (typeof m !== 'number') expect(centsOf(m)).toBe(c);
    expect(centsOf(settleDeposit(telecomProgram, { balance: m!, required: '0', asOf: '2026-01-01', claims: [] }).balance)).toBe(
      typeof m === 'number' ? centsOf(m) : c,
    );
  });
});

describe('dateAt', () => {
  it('counts days from 2026-01-01, as in its JSDoc', () => {
    expect(dateAt(0)).toBe('2026-01-01');
    expect(dateAt(31)).toBe('2026-02-01');
    expect(dateAt(365)).toBe('2027-01-01');
  });
});

describe('claimArb and claimsArb', () => {
  const claims = sampleOf(claimArb);

  it('generates both kinds, service-quality only on arrears, where it exempts them', () => {
    expect(claims.some((c) => c.kind === 'clawback')).toBe(true);
    expect(claims.every((c) => c.kind === 'arrears' || c.cause !== 'service-quality')).toBe(true);
    for (const cause of [undefined, 'other', 'service-quality']) {
      expect(claims.some((c) => c.kind === 'arrears' && c.cause === cause)).toBe(true);
    }
    const exempt = claims.find((c) => c.kind === 'arrears' && c.cause === 'service-quality')!;
    const r = settleDeposit(telecomProgram, { balance: '100000', required: '0', asOf: '2026-12-31', claims: [exempt] });
    expect(r.skipped.map((s) => s.reason)).toEqual(['service-quality']);
  });

  it('leaves an absent cause out instead of setting it to undefined (exactOptionalPropertyTypes)', () => {
    expect(claims.some((c) => !('cause' in c))).toBe(true);
    expect(claims.every((c) => !('cause' in c) || c.cause !== undefined)).toBe(true);
  });

  it('lists several claims with distinct ids, at most 12', () => {
    const lists = sampleOf(claimsArb, 500);
    for (const cs of lists) expect(new Set(cs.map((c) => c.id)).size).toBe(cs.length);
    expect(lists.every((cs) => cs.length <= 12)).toBe(true);
    expect(lists.filter((cs) => cs.length >= 2).length).toBeGreaterThan(lists.length / 4);
  });
});

describe('settleDepositInputArb', () => {
  it('makes the deposit run out in some runs and cover every due claim in others', () => {
    const outcomes = sampleOf(settleDepositInputArb, 300).map((input) => settleDeposit(telecomProgram, input));
    expect(outcomes.some((r) => r.deductions.some((d) => d.outstanding !== '0.00'))).toBe(true);
    expect(outcomes.some((r) => r.deductions.length > 0 && r.deductions.every((d) => d.outstanding === '0.00'))).toBe(true);
  });
});

describe('wholesaleStatusInputArb: a position where traffic often equals the balance', () => {
  const inputs = sampleOf(wholesaleStatusInputArb);

  it('puts unsettled traffic at the balance and one fen either side of it', () => {
    // Above 10,000.00, an independent amount one fen off the balance would be a rare coincidence.
    const large = inputs.filter((w) => centsOf(w.balance) > 1_000_000n);
    const diffs = new Set(large.map((w) => centsOf(w.unsettledTraffic) - centsOf(w.balance)));
    expect([...diffs].filter((d) => d >= -1n && d <= 1n).sort()).toEqual([-1n, 0n, 1n]);
  });

  it('generates an unset, a false and a true wasSuspended, leaving the unset one out', () => {
    expect(inputs.some((w) => !('wasSuspended' in w))).toBe(true);
    expect(inputs.some((w) => w.wasSuspended === false)).toBe(true);
    expect(inputs.some((w) => w.wasSuspended === true)).toBe(true);
    expect(inputs.every((w) => !('wasSuspended' in w) || typeof w.wasSuspended === 'boolean')).toBe(true);
  });

  it('gives both an active and a suspended agent', () => {
    const statuses = new Set(inputs.slice(0, 300).map((w) => wholesaleStatus(telecomProgram, w).status));
    expect([...statuses].sort()).toEqual(['active', 'suspended']);
  });
});

describe('depositEntryArb: ledger entries of every kind; deductions carry a reason', () => {
  const entries = sampleOf(depositEntryArb);

  it('generates the four kinds of DEP-2', () => {
    expect([...new Set(entries.map((e) => e.kind))].sort()).toEqual(['deduction', 'paid-in', 'return', 'top-up']);
  });

  it('gives every deduction a reason, and some other entries one too', () => {
    expect(entries.every((e) => e.kind !== 'deduction' || (typeof e.reason === 'string' && e.reason !== ''))).toBe(true);
    expect(entries.some((e) => e.kind !== 'deduction' && e.reason !== undefined)).toBe(true);
    expect(entries.some((e) => e.kind !== 'deduction' && !('reason' in e))).toBe(true);
    expect(entries.every((e) => !('reason' in e) || e.reason !== undefined)).toBe(true);
  });

  test.prop([depositEntryArb])('an entry after a large enough paid-in is accepted by depositLedger', (e) => {
    const ledger = depositLedger(telecomProgram, { entries: [{ kind: 'paid-in', amount: '50000', on: '2025-12-31' }, e] });
    expect(ledger.lines.map((l) => l.kind)).toEqual(['paid-in', e.kind]);
    expect(ledger.lines[1]!.reason).toBe(e.reason);
  });
});
