/**
 * The commission arbitraries keep their documented contract (COM-1 to COM-10):
 * receipts on the lines, customers and dates asked for, in the money forms
 * asked for and always valid cash; a cost exactly on margin lines; refunds
 * after their receipt and within the share asked for; statement inputs that
 * commissionStatement accepts. Bounds are checked both ways: never passed, and
 * reached in a fixed-seed sample.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { checkFigure } from '../../src/core/money.js';
import { commissionStatement, type Receipt } from '../../src/commission/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { aReceipt, receiptArb, receiptsArb, refundsArb, statementInputArb } from '../../src/testing/index.js';
import { countOf, daysBetween, sampleOf } from './kit-sampling.js';

const Q1 = { from: '2026-01-01', to: '2026-03-31' };

/** An amount in cents, read exactly from any money input form; fails the test on an invalid one. */
function centsOf(m: unknown): bigint {
  const d = checkFigure(m, 'cash', 2);
  if (typeof d === 'string') throw new Error(`invalid cash ${String(m)}: ${d}`);
  return BigInt(d.times(100).toFixed(0));
}

describe('receiptArb, by default', () => {
  it('uses the telecom lines port, conference and margin, customers C1 to C4, and amounts as decimal strings', () => {
    const receipts = sampleOf(receiptArb());
    expect(new Set(receipts.map((r) => r.line))).toEqual(new Set(['port', 'conference', 'margin']));
    expect(new Set(receipts.map((r) => r.customerId))).toEqual(new Set(['C1', 'C2', 'C3', 'C4']));
    expect(receipts.every((r) => typeof r.amount === 'string' && /^\d+\.\d\d$/.test(r.amount))).toBe(true);
  });

  it('puts a cost on margin lines and only there', () => {
    for (const r of sampleOf(receiptArb())) {
      if (r.line === 'margin') expect(typeof r.cost).toBe('string');
      else expect('cost' in r, r.line).toBe(false);
    }
  });

  it('dates receipts mostly in 2026-Q1, the rest up to 60 days either side, both ends of that reached', () => {
    const days = sampleOf(receiptArb()).map((r) => r.receivedOn);
    expect(days.every((d) => d >= '2025-11-02' && d <= '2026-05-30')).toBe(true);
    expect(days).toContain('2025-11-02');
    expect(days).toContain('2026-05-30');
    const inside = countOf(days, (d) => d >= Q1.from && d <= Q1.to);
    expect(inside / days.length).toBeGreaterThan(0.75);
    expect(inside).toBeLessThan(days.length);
  });

  it('starts customers in the 913 days before the period ends, both ends reached, and often on the 2024 leap day or beside it (COM-4)', () => {
    const starts = sampleOf(receiptArb()).map((r) => r.customerStartOn!);
    const first = addDays(Q1.to, -913);
    expect(starts.every((d) => d >= first && d <= Q1.to)).toBe(true);
    expect(starts).toContain(first);
    expect(starts).toContain(Q1.to);
    // Any one day of the 914 would come up about twice in 2,000 draws; these come up far more often.
    for (const leap of ['2024-02-28', '2024-02-29', '2024-03-01']) expect(countOf(starts, (d) => d === leap), leap).toBeGreaterThanOrEqual(20);
  });

  it('gives some receipts (a share of about 0.3) a service date, some before and some after the receipt date', () => {
    const receipts = sampleOf(receiptArb());
    const covered = receipts.filter((r) => r.coversFrom !== undefined);
    // 2,000 draws at 0.3: three standard deviations either side is about 0.27 to 0.33.
    expect(covered.length / receipts.length).toBeGreaterThan(0.26);
    expect(covered.length / receipts.length).toBeLessThan(0.34);
    expect(covered.some((r) => r.coversFrom! < r.receivedOn)).toBe(true);
    expect(covered.some((r) => r.coversFrom! > r.receivedOn)).toBe(true);
  });

  it('keeps amounts valid below 10^15 yuan, with rare huge ones up to the largest, 999999999999999.99', () => {
    const amounts = sampleOf(receiptArb(), 20_000).map((r) => centsOf(r.amount));
    expect(amounts.every((c) => c >= 0n && c < 10n ** 17n)).toBe(true);
    expect(countOf(amounts, (c) => c > 10_000_000n)).toBeGreaterThan(0);
    expect(amounts).toContain(10n ** 17n - 1n);
    expect(countOf(amounts, (c) => c <= 10_000_000n) / amounts.length).toBeGreaterThan(0.8);
  });
});

describe('receiptArb, with options', () => {
  it('uses only the lines given, with a cost exactly on the margin lines given', () => {
    const receipts = sampleOf(receiptArb({ lines: ['ecs', 'oss'], marginLines: ['oss'] }), 500);
    expect(new Set(receipts.map((r) => r.line))).toEqual(new Set(['ecs', 'oss']));
    for (const r of receipts) expect('cost' in r).toBe(r.line === 'oss');
    expect(sampleOf(receiptArb({ lines: ['ecs'], marginLines: [] }), 200).every((r) => r.line === 'ecs' && !('cost' in r))).toBe(true);
  });

  it('uses the number of customers given, at least one', () => {
    expect(new Set(sampleOf(receiptArb({ customers: 2 }), 500).map((r) => r.customerId))).toEqual(new Set(['C1', 'C2']));
    expect(new Set(sampleOf(receiptArb({ customers: 0 }), 100).map((r) => r.customerId))).toEqual(new Set(['C1']));
  });

  it('keeps to maxCents when hugeCents turns the huge amounts off, and reaches it', () => {
    const amounts = sampleOf(receiptArb({ maxCents: 500, hugeCents: 500n })).map((r) => centsOf(r.amount));
    expect(amounts.every((c) => c <= 500n)).toBe(true);
    expect(amounts).toContain(500n);
    const withHuge = sampleOf(receiptArb({ maxCents: 1000, hugeCents: 5000n })).map((r) => centsOf(r.amount));
    expect(withHuge.every((c) => c <= 5000n)).toBe(true);
    expect(withHuge.some((c) => c > 1000n)).toBe(true);
  });

  it('gives a service date to none with coversFromShare 0 and to all with 1', () => {
    expect(sampleOf(receiptArb({ coversFromShare: 0 })).some((r) => 'coversFrom' in r)).toBe(false);
    expect(sampleOf(receiptArb({ coversFromShare: 1 })).every((r) => typeof r.coversFrom === 'string')).toBe(true);
  });

  it('dates receipts in a given period, none outside with outsideShare 0 and a large part outside with 1', () => {
    const period = { from: '2026-09-01', to: '2026-09-30' };
    const none = sampleOf(receiptArb({ period, outsideShare: 0 }));
    expect(none.every((r) => r.receivedOn >= period.from && r.receivedOn <= period.to)).toBe(true);
    expect(none.every((r) => r.customerStartOn! >= addDays(period.to, -913) && r.customerStartOn! <= period.to)).toBe(true);
    const all = sampleOf(receiptArb({ period, outsideShare: 1 })).map((r) => r.receivedOn);
    expect(all.every((d) => d >= '2026-07-03' && d <= '2026-11-29')).toBe(true);
    expect(countOf(all, (d) => d < period.from || d > period.to) / all.length).toBeGreaterThan(0.6);
    expect(all).toContain('2026-07-03');
    expect(all).toContain('2026-11-29');
  });

  it('starts customers within a given startRange, leap days (often) only where they fall in it, its ends included', () => {
    const starts = (from: string, to: string) => sampleOf(receiptArb({ startRange: { from, to } })).map((r) => r.customerStartOn!);
    const plain = starts('2025-01-01', '2025-06-30');
    expect(plain.every((d) => d >= '2025-01-01' && d <= '2025-06-30')).toBe(true);
    expect(plain).toContain('2025-01-01');
    expect(plain).toContain('2025-06-30');
    const fromLeap = starts('2024-02-29', '2024-12-31');
    expect(fromLeap.every((d) => d >= '2024-02-29' && d <= '2024-12-31')).toBe(true);
    expect(countOf(fromLeap, (d) => d === '2024-02-29')).toBeGreaterThanOrEqual(50);
    expect(countOf(fromLeap, (d) => d === '2024-03-01')).toBeGreaterThanOrEqual(50);
    const toLeap = starts('2023-06-01', '2024-02-28');
    expect(toLeap.every((d) => d >= '2023-06-01' && d <= '2024-02-28')).toBe(true);
    expect(countOf(toLeap, (d) => d === '2024-02-28')).toBeGreaterThanOrEqual(50);
  });

  it('gives each money form alone, numbers only where a number holds the amount exactly', () => {
    const numbers = sampleOf(receiptArb({ forms: ['number'] }), 10_000).map((r) => r.amount);
    expect(numbers.every((m) => centsOf(m) >= 0n)).toBe(true);
    expect(countOf(numbers, (m) => typeof m === 'number')).toBeGreaterThan(8000);
    // Amounts of 10^13 yuan and more do not fit a number to the cent; they come as decimal strings.
    const huge = numbers.filter((m) => typeof m !== 'number');
    expect(huge.length).toBeGreaterThan(0);
    expect(huge.every((m) => typeof m === 'string' && centsOf(m) >= 10n ** 15n)).toBe(true);
    expect(numbers.every((m) => typeof m !== 'number' || Number.isSafeInteger(Math.round(m * 100)))).toBe(true);

    const decimals = sampleOf(receiptArb({ forms: ['decimal'] }), 10_000).map((r) => r.amount);
    expect(decimals.every((m) => Decimal.isDecimal(m))).toBe(true);
    expect(decimals.some((m) => centsOf(m) >= 10n ** 15n)).toBe(true);

    const mixed = sampleOf(receiptArb({ forms: ['string', 'number', 'decimal'], marginLines: ['port', 'conference', 'margin'] }), 500);
    for (const pick of [(r: (typeof mixed)[number]) => r.amount, (r: (typeof mixed)[number]) => r.cost]) {
      const forms = mixed.map(pick);
      expect(forms.some((m) => typeof m === 'string')).toBe(true);
      expect(forms.some((m) => typeof m === 'number')).toBe(true);
      expect(forms.some((m) => Decimal.isDecimal(m))).toBe(true);
    }
  });
});

describe('receiptsArb', () => {
  it('numbers receipts R0, R1, … and keeps to maxLength, reaching it', () => {
    const lists = sampleOf(receiptsArb({ maxLength: 3 }), 500);
    for (const rs of lists) expect(rs.map((r) => r.id)).toEqual(rs.map((_, i) => `R${i}`));
    expect(Math.max(...lists.map((rs) => rs.length))).toBe(3);
    expect(Math.max(...sampleOf(receiptsArb(), 500).map((rs) => rs.length))).toBeLessThanOrEqual(20);
  });
});

describe('refundsArb', () => {
  const receipt: Receipt = aReceipt({ amount: '1000.00', receivedOn: '2026-04-15' });
  const other: Receipt = aReceipt({ id: 'R2', amount: '50.00', receivedOn: '2026-05-01' });

  it('gives no refunds of no receipts', () => {
    expect(sampleOf(refundsArb([]), 20).every((fs) => fs.length === 0)).toBe(true);
  });

  it('by default refunds receipts given, F0, F1, …, up to 6, each 0-16% of its receipt and 0-120 days after it, all bounds reached', () => {
    const lists = sampleOf(refundsArb([receipt, other]));
    expect(Math.max(...lists.map((fs) => fs.length))).toBe(6);
    const refunds = lists.flat();
    for (const fs of lists) expect(fs.map((f) => f.id)).toEqual(fs.map((_, k) => `F${k}`));
    expect(new Set(refunds.map((f) => f.receipt))).toEqual(new Set([receipt, other]));
    for (const f of refunds) {
      expect(f.amount).toMatch(/^\d+\.\d\d$/);
      expect(centsOf(f.amount) * 1000n <= centsOf(f.receipt.amount) * 160n).toBe(true);
      const delay = daysBetween(f.receipt.receivedOn, f.refundedOn);
      expect(delay >= 0 && delay <= 120).toBe(true);
    }
    const ofFirst = refunds.filter((f) => f.receipt === receipt);
    expect(ofFirst.map((f) => f.amount)).toContain('160.00');
    expect(ofFirst.map((f) => f.amount)).toContain('0.00');
    expect(ofFirst.map((f) => f.refundedOn)).toContain('2026-04-15');
    expect(ofFirst.map((f) => f.refundedOn)).toContain(addDays('2026-04-15', 120));
  });

  it('keeps to maxRefunds, maxShare and maxDelayDays, reaching each', () => {
    const lists = sampleOf(refundsArb([receipt], { maxRefunds: 2, maxShare: 0.5, maxDelayDays: 10 }));
    expect(Math.max(...lists.map((fs) => fs.length))).toBe(2);
    const refunds = lists.flat();
    expect(refunds.every((f) => centsOf(f.amount) <= 50_000n && daysBetween('2026-04-15', f.refundedOn) <= 10)).toBe(true);
    expect(refunds.map((f) => f.amount)).toContain('500.00');
    expect(refunds.map((f) => f.refundedOn)).toContain('2026-04-25');
  });
});

describe('statementInputArb', () => {
  it('by default: partner P-1, 2026-Q1, refunds of its own receipts, a tier or a tier history, sometimes a carried-in balance', () => {
    const inputs = sampleOf(statementInputArb(), 300);
    for (const input of inputs) {
      expect(input.partnerId).toBe('P-1');
      expect(input.period).toEqual(Q1);
      const receipts = [...input.receipts];
      expect(receipts.length).toBeLessThanOrEqual(20);
      expect(Array.isArray(input.refunds)).toBe(true);
      for (const f of input.refunds!) expect(receipts).toContain(f.receipt);
      expect(input.tiers).toBeDefined();
      if (typeof input.tiers === 'string') expect(['gold', 'silver', 'ordinary']).toContain(input.tiers);
      else {
        const froms = [...input.tiers!].map((e) => e.from);
        expect(new Set(froms).size).toBe(froms.length);
        expect(froms.every((d) => d >= addDays(Q1.to, -1000) && d <= Q1.to)).toBe(true);
      }
      // exactOptionalPropertyTypes: no balance carried in leaves the key out.
      if ('carriedIn' in input) expect(centsOf(input.carriedIn) <= 10_000_000n).toBe(true);
      expect(commissionStatement(telecomProgram, input).partnerId).toBe('P-1');
    }
    expect(inputs.some((i) => 'carriedIn' in i)).toBe(true);
    expect(inputs.some((i) => !('carriedIn' in i))).toBe(true);
    expect(inputs.some((i) => Array.isArray(i.tiers) && i.tiers.length >= 2)).toBe(true);
    expect(inputs.some((i) => typeof i.tiers === 'string')).toBe(true);
    expect(inputs.some((i) => [...i.refunds!].length > 0)).toBe(true);
  });

  it('uses the period, partner and maxReceipts given', () => {
    const period = { from: '2026-07-01', to: '2026-09-30' };
    const inputs = sampleOf(statementInputArb({ period, partnerId: 'P-9', maxReceipts: 2, outsideShare: 0 }), 300);
    for (const input of inputs) {
      expect([input.partnerId, input.period]).toEqual(['P-9', period]);
      expect([...input.receipts].every((r) => r.receivedOn >= period.from && r.receivedOn <= period.to)).toBe(true);
    }
    expect(Math.max(...inputs.map((i) => [...i.receipts].length))).toBe(2);
  });
});
