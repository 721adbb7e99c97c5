import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareRatio, formatRatio, placesOf, pow10, scaled } from '../../src/bids/exact.js';
import { Big } from './oracle.js';

const score = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const ratio = fc.record({ num: fc.bigInt({ min: 0n, max: 10n ** 30n }), den: fc.bigInt({ min: 1n, max: 10n ** 12n }) });

describe('exact score arithmetic properties', () => {
  test.prop([score, fc.integer({ min: 0, max: 5 })])('for any double in [0, 100], the scaled integer is exactly Decimal\'s reading of it', (n, extra) => {
    const places = placesOf(n) + extra;
    expect(new Big(scaled(n, places).toString()).div(new Big(10).pow(places)).eq(new Big(n))).toBe(true);
    expect(new Big(n).decimalPlaces()).toBe(placesOf(n));
  });

  test.prop([fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 5 })])(
    'for any finite double ≥ 0, however large or small, the scaled integer is exactly Decimal\'s reading of it',
    (n, extra) => {
      const places = placesOf(n) + extra;
      expect(scaled(n, places).toString()).toBe(new Big(n).times(new Big(10).pow(places)).toFixed());
      expect(placesOf(n)).toBe(new Big(n).decimalPlaces());
    },
  );

  test.prop([fc.nat({ max: 1200 })])('for any n, pow10(n) is Decimal\'s 10^n', (n) => {
    expect(pow10(n).toString()).toBe(new Big(10).pow(n).toFixed());
  });

  test.prop([ratio, fc.integer({ min: 0, max: 6 })])('for any fraction, the shown value is Decimal\'s half-up rounding of it', (r, places) => {
    expect(formatRatio(r, places)).toBe(new Big(r.num.toString()).div(r.den.toString()).toFixed(places, Big.ROUND_HALF_UP));
  });

  test.prop([ratio, ratio])('for any two fractions, the comparison agrees with Decimal', (a, b) => {
    const da = new Big(a.num.toString()).div(a.den.toString());
    const db = new Big(b.num.toString()).div(b.den.toString());
    expect(compareRatio(a, b)).toBe(da.comparedTo(db));
  });

  test.prop([fc.array(score, { minLength: 1, maxLength: 9 })])('for any scores, a sum at a common scale is exact', (list) => {
    const places = Math.max(...list.map(placesOf));
    const sum = list.reduce((acc, n) => acc + scaled(n, places), 0n);
    expect(new Big(sum.toString()).div(pow10(places).toString()).eq(list.reduce((acc, n) => acc.plus(n), new Big(0)))).toBe(true);
  });
});
