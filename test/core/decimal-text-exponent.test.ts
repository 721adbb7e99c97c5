/**
 * Numbers that JavaScript writes with an exponent (below 1e-6, from 1e21 up)
 * are summed exactly like any other: their shortest decimal representation is
 * written out in plain notation first. Bid weights (BID-2) that sum to exactly
 * 100 are accepted even when one of them is such a number.
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { plainNumberText, sumEquals } from '../../src/core/decimal-text.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram } from '../../src/policy/presets.js';

// Enough digits for any sum of doubles exactly (5e-324 to 1.8e308).
const Decimal = GlobalDecimal.clone({ precision: 1000, toExpNeg: -9e15, toExpPos: 9e15 });

describe('plainNumberText', () => {
  it.each([
    [1e-7, '0.0000001'],
    [-1.25e-7, '-0.000000125'],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [1e21, '1000000000000000000000'],
    [1.5e21, '1500000000000000000000'],
    [-2.5e22, '-25000000000000000000000'],
    [123.45, '123.45'],
    [0, '0'],
  ])('writes %s as %s', (v, text) => {
    expect(plainNumberText(v)).toBe(text);
  });

  // Oracle: decimal.js reads the same shortest representation and writes it in plain notation.
  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('agrees with decimal.js for every finite number', (v) => {
    expect(plainNumberText(v)).toBe(new Decimal(String(v)).toFixed());
  });
});

describe('sumEquals with exponent forms', () => {
  it('sums them exactly', () => {
    expect(sumEquals([1e-7, 49.9999999, 50], '100')).toBe(true);
    expect(sumEquals([1e-7, 50], '50')).toBe(false);
    expect(sumEquals([1e21, -1e21, 100], '100')).toBe(true);
  });

  test.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }), { maxLength: 4 })])(
    'answers whether the exact decimal sum equals the target (decimal.js as oracle)',
    (values) => {
      const exact = values.reduce((acc, v) => acc.plus(new Decimal(String(v))), new Decimal(0));
      expect(sumEquals(values, exact.toFixed())).toBe(true);
      expect(sumEquals(values, exact.plus('0.5').toFixed())).toBe(false);
    },
  );
});

describe('bid weights written with an exponent (BID-2)', () => {
  it('are accepted when they sum to exactly 100', () => {
    const weights = { market: 30, team: 20, operations: 1e-7, plan: 49.9999999 };
    const p = definePolicy(cloudProgram, { bids: { weights } } as never);
    expect(p.bids?.weights).toEqual(weights);
  });
});
