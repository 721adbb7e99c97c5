import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { checkDecimalText, compareDecimalText, sumEquals } from '../../src/core/decimal-text.js';
import { checkFigure } from '../../src/core/money.js';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }), fc.boolean())
  .map(([neg, digits, places, plus]) => {
    const s = digits.toString().padStart(places + 1, '0');
    const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
    return neg ? `-${text}` : plus ? `+${text}` : text;
  });

describe('decimal text checks agree with decimal.js (the oracle)', () => {
  test.prop([decimalText, decimalText])('compareDecimalText orders exactly as Decimal does', (a, b) => {
    expect(compareDecimalText(a, b)).toBe(new Dec(a).comparedTo(new Dec(b)));
  });

  test.prop([fc.oneof(decimalText, fc.string(), fc.constantFrom('-0', '-0.00', '+0', '-0.001', '1e3', '')), fc.constantFrom('cash', 'signed', 'rate') as fc.Arbitrary<'cash' | 'signed' | 'rate'>, fc.integer({ min: 0, max: 4 })])(
    'checkDecimalText accepts exactly the strings checkFigure accepts, with the same message',
    (text, kind, scale) => {
      const viaDecimal = checkFigure(text, kind, scale);
      expect(checkDecimalText(text, kind, scale)).toBe(typeof viaDecimal === 'string' ? viaDecimal : null);
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), { minLength: 1, maxLength: 5 })])(
    'sumEquals is exact where floating-point addition is not',
    (values) => {
      const exact = values.reduce((acc, v) => acc.plus(v), new Dec(0)).toFixed();
      expect(sumEquals(values, exact)).toBe(true);
      expect(sumEquals(values, new Dec(exact).plus('0.01').toFixed())).toBe(false);
    },
  );
});
