import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { checkFigure, formatMoney } from '../../src/core/money.js';

const cents = fc.bigInt({ min: 0n, max: 99_999_999_999_999_99n });
const centsString = cents.map((c) => {
  const s = c.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
});

describe('money (CONV-1, CONV-2) properties', () => {
  test.prop([centsString])('any in-range cash string parses to exactly its own value', (s) => {
    const d = checkFigure(s, 'cash', 2);
    expect(d).toBeInstanceOf(Dec);
    expect(formatMoney(d as Decimal)).toBe(s);
  });

  test.prop([fc.double({ noNaN: false })])('a number either parses to a finite decimal or is refused with a message, never NaN', (n) => {
    const r = checkFigure(n, 'signed', 20);
    if (typeof r === 'string') expect(r.length).toBeGreaterThan(0);
    else expect(r.isFinite()).toBe(true);
  });

  test.prop([fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 })])(
    'rounding is half-up: the result is within half a unit, and exact halves round away from zero',
    (units, scale) => {
      const d = new Dec(units.toString()).div(10 ** (scale + 1));
      const r = new Dec(formatMoney(d, scale));
      const diff = r.minus(d).abs();
      expect(diff.lte(new Dec(10).pow(-scale).div(2))).toBe(true);
      if (diff.eq(new Dec(10).pow(-scale).div(2))) expect(r.abs().gt(d.abs())).toBe(true);
    },
  );

  test.prop([fc.array(centsString, { maxLength: 30 })])('sums of parsed cash are exact: they equal integer-cent arithmetic', (list) => {
    const viaDec = list.reduce((acc, s) => acc.plus(checkFigure(s, 'cash', 2) as Decimal), new Dec(0));
    const viaCents = list.reduce((acc, s) => acc + BigInt(s.replace('.', '')), 0n);
    expect(formatMoney(viaDec)).toBe(formatMoney(new Dec(viaCents.toString()).div(100)));
  });

  test.prop([fc.anything()])('any value is either accepted as a finite decimal or refused with words, never thrown', (v) => {
    const r = checkFigure(v, 'cash', 2);
    if (typeof r !== 'string') expect(r.isFinite() && !r.isNegative()).toBe(true);
  });
});
