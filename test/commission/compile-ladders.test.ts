import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { commissionStatement } from '../../src/commission/index.js';
import { Accumulator, cmpRate } from '../../src/commission/compile.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';

const JAN = { from: '2026-01-01', to: '2026-01-31' };

describe('COM-6: a bucket sums exactly, however large', () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 10 ** 15 - 1 }), { maxLength: 40 })])(
    'the accumulator’s total is the exact bigint sum of the whole numbers below 10^15 added to it',
    (amounts) => {
      const acc = new Accumulator('ecs', 'rate', '0.2', null);
      for (const a of amounts) acc.add(a);
      expect(acc.total()).toBe(amounts.reduce((s, a) => s + BigInt(a), 0n));
    },
  );

  test('sums crossing 2^52 and 2^53 stay exact: eleven odd amounts near 10^15', () => {
    const acc = new Accumulator('ecs', 'rate', '0.2', null);
    for (let i = 0; i < 11; i++) acc.add(999_999_999_999_999);
    expect(acc.total()).toBe(10_999_999_999_999_989n);
  });

  test('a cloud month of eleven receipts of 9,999,999,999,999.99 yuan: base and 20% exact to the fen', () => {
    const receipts = Array.from({ length: 11 }, (_, i) => ({ id: `R${i}`, customerId: 'C', line: 'ecs', amount: '9999999999999.99', receivedOn: '2026-01-15' }));
    const s = commissionStatement(cloudProgram, { partnerId: 'P', period: JAN, receipts });
    // 109,999,999,999,999.89 × 0.2 = 21,999,999,999,999.978 → .98
    expect(s.totals.base).toBe('109999999999999.89');
    expect(s.totals.commission).toBe('21999999999999.98');
  });
});

describe('COM-3, COM-4: a ladder line under a two-year window', () => {
  const policy = definePolicy(telecomProgram, {
    commission: {
      otherLines: { kind: 'ladder', mode: 'marginal', brackets: [{ from: '0', to: '1000', rate: '0.1' }, { from: '1000', to: null, rate: '0.05' }] },
    },
  });

  test('receipts of commission years 1 and 2 fill one ladder volume; past the window they earn nothing', () => {
    const s = commissionStatement(policy, {
      partnerId: 'P',
      period: { from: '2026-04-01', to: '2026-06-30' },
      receipts: [
        { id: 'Y1', customerId: 'C1', line: 'sms', amount: '800.00', receivedOn: '2026-04-10', customerStartOn: '2026-01-01' },
        { id: 'Y2', customerId: 'C2', line: 'sms', amount: '700.00', receivedOn: '2026-04-10', customerStartOn: '2025-01-01' },
        { id: 'X', customerId: 'C3', line: 'sms', amount: '500.00', receivedOn: '2026-04-10', customerStartOn: '2024-01-01' },
      ],
    });
    expect(s.ladders.map((l) => [l.line, l.volume, l.receipts])).toEqual([['sms', '1500.00', 2]]);
    // 1000 at 10% + 500 at 5%
    expect(s.lines.map((l) => [l.line, l.kind, l.rate, l.base, l.commission, l.receipts])).toEqual([
      ['sms', 'ladder', '0.05', '500.00', '25.00', 2],
      ['sms', 'ladder', '0.1', '1000.00', '100.00', 2],
      ['sms', 'expired', '0', '500.00', '0.00', 1],
    ]);
    expect(s.totals.commission).toBe('125.00');
  });
});

describe('cmpRate: rates and bounds compared by value', () => {
  const plain = fc.tuple(fc.stringMatching(/^(0|[1-9]\d{0,3})$/), fc.stringMatching(/^(\.\d{1,4})?$/)).map(([w, f]) => w + f);

  test.prop([plain, plain])('the sign of cmpRate is the sign of Decimal’s comparison', (a, b) => {
    expect(Math.sign(cmpRate(a, b))).toBe(new Decimal(a).cmp(b));
  });

  test('worked comparisons: more whole digits, the same whole part, trailing zeros, no dot', () => {
    expect(cmpRate('9', '10')).toBeLessThan(0);
    expect(cmpRate('10', '9')).toBeGreaterThan(0);
    expect(cmpRate('2', '3')).toBe(-1);
    expect(cmpRate('3', '2')).toBe(1);
    expect(cmpRate('1', '1.0')).toBe(0);
    expect(cmpRate('1.0', '1')).toBe(0);
    expect(cmpRate('1', '1.5')).toBe(-1);
    expect(cmpRate('1.5', '1')).toBe(1);
    expect(cmpRate('0.5', '0.50')).toBe(0);
    expect(cmpRate('0.05', '0.5')).toBe(-1);
    expect(cmpRate('0.4', '0.4')).toBe(0);
  });
});
