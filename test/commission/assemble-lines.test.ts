import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareClawbacks, compareWarnings } from '../../src/commission/assemble.js';
import { commissionStatement } from '../../src/commission/index.js';
import type { ClawbackLine, Receipt, StatementWarning } from '../../src/commission/types.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram } from '../../src/policy/presets.js';

const JAN = { from: '2026-01-01', to: '2026-01-31' };

const ladderPolicy = (mode: 'marginal' | 'whole', bound: string, currency = { code: 'CNY', scale: 2 }) =>
  definePolicy(cloudProgram, {
    currency,
    commission: { otherLines: { kind: 'ladder', mode, brackets: [{ from: '0', to: bound, rate: '0.25' }, { from: bound, to: null, rate: '0.1' }] } },
  });

const ecs = (id: string, amount: string): Receipt => ({ id, customerId: 'C', line: 'ecs', amount, receivedOn: '2026-01-15' });

const month = (mode: 'marginal' | 'whole', bound: string, amounts: readonly string[], currency?: { code: string; scale: number }) => {
  const s = commissionStatement(ladderPolicy(mode, bound, currency), { partnerId: 'P', period: JAN, receipts: amounts.map((a, i) => ecs(`R${i}`, a)) });
  return { lines: s.lines.map((l) => [l.rate, l.base, l.commission]), totals: [s.totals.base, s.totals.commission], volume: s.ladders[0]!.volume };
};

describe('CONV-1, COM-3: a ladder bound with more places than the currency (yen, scale 0)', () => {
  const JPY = { code: 'JPY', scale: 0 };

  test('marginal: 200 yen over a bound at 100.5 is 100.5 at 25% and 99.5 at 10%, each commission from the exact slice', () => {
    // Bases are the differences of the rounded ends, so they add up to the 200 received: 101 − 0 and 200 − 101.
    // Commissions from the exact slices: 25.125 → 25 and 9.95 → 10.
    expect(month('marginal', '100.5', ['120', '80'], JPY)).toEqual({
      lines: [
        ['0.1', '99', '10'],
        ['0.25', '101', '25'],
      ],
      totals: ['200', '35'],
      volume: '200',
    });
  });

  test('marginal: 103 yen over a bound at 100.7: 100.7 × 25% = 25.175 → 25, 2.3 × 10% = 0.23 → 0', () => {
    expect(month('marginal', '100.7', ['103'], JPY).lines).toEqual([
      ['0.1', '2', '0'],
      ['0.25', '101', '25'],
    ]);
  });

  test('whole: 100 yen stays below a bound at 100.5; 101 reaches it', () => {
    expect(month('whole', '100.5', ['100'], JPY).lines).toEqual([['0.25', '100', '25']]);
    expect(month('whole', '100.5', ['101'], JPY).lines).toEqual([['0.1', '101', '10']]);
  });
});

describe('COM-3: a volume exactly at a bound', () => {
  test('marginal: the volume fills the first bracket only; no empty line for the next one', () => {
    expect(month('marginal', '100', ['60.00', '40.00'])).toEqual({ lines: [['0.25', '100.00', '25.00']], totals: ['100.00', '25.00'], volume: '100.00' });
  });

  test('whole: a volume at the bound reaches the next bracket', () => {
    expect(month('whole', '100', ['100.00']).lines).toEqual([['0.1', '100.00', '10.00']]);
  });

  test('one fen past the bound: a 0.01 slice at 10% (0.001 → 0.00)', () => {
    expect(month('marginal', '100', ['100.01']).lines).toEqual([
      ['0.1', '0.01', '0.00'],
      ['0.25', '100.00', '25.00'],
    ]);
  });
});

describe('statement order is a consistent order (COM-10: merging in any order gives one statement)', () => {
  const text = fc.option(fc.constantFrom('', 'A', 'B', 'R1', 'S'), { nil: undefined });
  const warning = fc.record({ code: fc.constantFrom('OUTSIDE_PERIOD', 'NEGATIVE_MARGIN'), receiptId: text, refundId: text, message: fc.constantFrom('m', 'n') }, { requiredKeys: ['code', 'message'] });
  const clawback = fc.record({ refundId: fc.constantFrom('F1', 'F2', 'S'), receiptId: fc.constantFrom('A', 'R1', 'S') });

  test.prop([warning, warning])('compareWarnings: swapping the two warnings flips the sign', (a, b) => {
    const w = (x: typeof a) => x as unknown as StatementWarning;
    expect(Math.sign(compareWarnings(w(a), w(b)))).toBe(-Math.sign(compareWarnings(w(b), w(a))) || 0);
  });

  test.prop([clawback, clawback])('compareClawbacks: swapping the two clawbacks flips the sign, 0 only for the same ids', (a, b) => {
    const c = (x: typeof a) => x as unknown as ClawbackLine;
    expect(Math.sign(compareClawbacks(c(a), c(b)))).toBe(-Math.sign(compareClawbacks(c(b), c(a))) || 0);
    expect(compareClawbacks(c(a), c(b)) === 0).toBe(a.refundId === b.refundId && a.receiptId === b.receiptId);
  });

  test('a warning without a receipt id and one with it are ordered, not equal', () => {
    const bare = { code: 'OUTSIDE_PERIOD', message: 'm' } as StatementWarning;
    const withId = { code: 'OUTSIDE_PERIOD', receiptId: 'A', message: 'm' } as StatementWarning;
    expect(compareWarnings(bare, withId)).not.toBe(0);
    expect(Math.sign(compareWarnings(bare, withId))).toBe(-Math.sign(compareWarnings(withId, bare)));
  });
});
