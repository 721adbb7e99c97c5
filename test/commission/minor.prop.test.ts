import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { fastMinor, formatMinor, parseMinor, roundRateProduct, scaleRate, slowMinor } from '../../src/commission/minor.js';
import { checkFigure } from '../../src/core/money.js';

const scale = fc.integer({ min: 0, max: 8 });
const D = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });

/** Strings that look like money, and a few that do not. */
const figureText = fc.oneof(
  fc.tuple(fc.stringMatching(/^\d{1,17}$/), fc.option(fc.stringMatching(/^\d{0,9}$/), { nil: undefined })).map(([w, f]) => (f === undefined ? w : `${w}.${f}`)),
  fc.constantFrom('', '.5', '5.', '+5', '-0', '1e3', '0x10', ' 1', '1 ', '١٢', '00.10'),
);
const figureNumber = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 2 ** 53 }).map((n) => n / 100), fc.integer());

test.prop([fc.oneof(figureText, figureNumber), scale])(
  'the fast path agrees with Decimal: it gives the exact minor units of every figure it accepts, and declines the rest',
  (value, s) => {
    const fast = fastMinor(value, s);
    const exact = checkFigure(value, 'cash', s);
    if (fast >= 0) {
      expect(Number.isSafeInteger(fast)).toBe(true);
      expect(typeof exact).not.toBe('string');
      expect(new D((exact as Decimal).toString()).times(new D(10).pow(s)).toFixed()).toBe(String(fast));
    }
    const slow = slowMinor(value, s);
    expect(typeof slow === 'string').toBe(typeof exact === 'string');
    if (fast >= 0) expect(slow).toBe(BigInt(fast));
  },
);

test.prop([fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), scale])('formatting and parsing minor units round-trips', (m, s) => {
  const text = formatMinor(m, s);
  expect(parseMinor(text, s)).toBe(m);
  expect(new D(text).times(new D(10).pow(s)).toFixed()).toBe(m.toString());
});

test.prop([fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.stringMatching(/^(0|1|0\.\d{1,12})$/)])(
  'round(base × rate) on integers equals Decimal’s half-up rounding of the exact product',
  (base, rate) => {
    const want = new D(base.toString()).times(rate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed();
    expect(roundRateProduct(base, scaleRate(rate)).toString()).toBe(want);
  },
);
