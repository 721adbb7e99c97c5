import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { fastMinor, parseMinor, roundRatio, scaleRate } from '../../src/commission/minor.js';

const D = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });

/** A plain figure the fast path is for: 1 to 15 − scale whole digits, then optionally a dot and 1 to scale places. */
const plainFigure = fc
  .integer({ min: 0, max: 8 })
  .chain((scale) =>
    fc.tuple(
      fc.constant(scale),
      fc.stringMatching(new RegExp(`^\\d{1,${15 - scale}}$`)),
      scale === 0 ? fc.constant('') : fc.stringMatching(new RegExp(`^(\\.\\d{1,${scale}})?$`)),
    ),
  )
  .map(([scale, whole, frac]) => ({ scale, text: whole + frac }));

describe('fastMinor: the hot path takes every plain cash figure, exactly', () => {
  test.prop([plainFigure])('a plain figure string with at most 15 digits at the scale gives its exact minor units, as Decimal does', ({ scale, text }) => {
    expect(fastMinor(text, scale)).toBe(Number(new D(text).times(new D(10).pow(scale)).toFixed()));
  });

  test.prop([fc.integer({ min: 0, max: 8 }).chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: 10 ** (15 - s) - 1 })))])(
    'a whole number below 10^(15 − scale) gives number × 10^scale',
    ([scale, n]) => {
      expect(fastMinor(n, scale)).toBe(n * 10 ** scale);
    },
  );

  test('worked figures: every digit 0–9 in the whole part and in the places, numbers with places, and the largest figures taken', () => {
    expect(fastMinor('1234.56', 2)).toBe(123456);
    expect(fastMinor('9876543210.09', 2)).toBe(987654321009);
    expect(fastMinor('0.90', 2)).toBe(90);
    expect(fastMinor('7', 2)).toBe(700);
    expect(fastMinor('7.5', 2)).toBe(750);
    expect(fastMinor('00.10', 2)).toBe(10);
    expect(fastMinor('0', 0)).toBe(0);
    expect(fastMinor(1234.56, 2)).toBe(123456);
    expect(fastMinor(0.5, 2)).toBe(50);
    expect(fastMinor(7, 2)).toBe(700);
    expect(fastMinor(0, 2)).toBe(0);
    // 13 whole digits at scale 2 is the most the fast path takes: results stay below 10^15.
    expect(fastMinor('9999999999999.99', 2)).toBe(999_999_999_999_999);
    expect(fastMinor(9_999_999_999_999, 2)).toBe(999_999_999_999_900);
    expect(fastMinor('999999999999999', 0)).toBe(999_999_999_999_999);
  });

  test('-0 is the minor unit 0, not -0', () => {
    expect(Object.is(fastMinor(-0, 2), 0)).toBe(true);
  });
});

describe('fastMinor: everything else is left to the exact slow path, answered with exactly -1', () => {
  test.each<[string, unknown, number]>([
    ['10^13 at scale 2 (10^15 minor units)', 10 ** 13, 2],
    ['14 whole digits at scale 2', '10000000000000', 2],
    ['16 whole digits at scale 0', '1000000000000000', 0],
    ['a negative whole number', -5, 2],
    ['a negative number with places', -0.5, 2],
    ['a negative string', '-5', 2],
    ['a plus sign', '+5', 2],
    ['an empty string', '', 2],
    ['no whole digits', '.5', 2],
    ['no places after the dot', '5.', 2],
    ['more places than the scale', '1.234', 2],
    ['places at scale 0', '1.5', 0],
    ['an exponent', '1e3', 2],
    ['a number written with an exponent', 1e21, 2],
    ['NaN', Number.NaN, 2],
    ['a space in the places', '1.2 ', 2],
    ['a minus in the places', '1.-5', 2],
    ['a slash (just below 0) in the places', '1.5/', 2],
    ['a colon (just above 9) in the places', '1.5:', 2],
    ['a letter in the places', '1.5x', 2],
    ['a slash in the whole part', '1/5', 2],
    ['a colon in the whole part', '1:5', 2],
    ['two dots', '1.2.3', 3],
    ['a Decimal', new Decimal('12.5'), 2],
    ['an object whose text is a figure', { toString: () => '12.50' }, 2],
    ['null', null, 2],
    ['undefined', undefined, 2],
    ['a boolean', true, 2],
    ['a bigint', 5n, 2],
  ])('%s', (_, value, scale) => {
    expect(fastMinor(value, scale)).toBe(-1);
  });
});

describe('parseMinor: only money strings at exactly the scale', () => {
  test('statement figures parse; anything else is null, never a guess', () => {
    expect(parseMinor('-12.34', 2)).toBe(-1234n);
    expect(parseMinor('0.00', 2)).toBe(0n);
    expect(parseMinor('12', 0)).toBe(12n);
    for (const [v, s] of [
      [5, 0],
      [5n, 0],
      ['x5', 0],
      ['5x', 0],
      ['1.5', 0],
      ['1.5', 2],
      ['1.234', 2],
      ['12', 2],
      ['a1.50', 2],
      ['1.50b', 2],
      ['', 2],
    ] as const) {
      expect(parseMinor(v, s)).toBeNull();
    }
  });
});

describe('roundRatio: n / d half-up, a tie away from zero', () => {
  test('worked ties and near-ties of both signs', () => {
    expect(roundRatio(5n, 10n)).toBe(1n);
    expect(roundRatio(-5n, 10n)).toBe(-1n);
    expect(roundRatio(-4n, 10n)).toBe(0n);
    expect(roundRatio(-15n, 10n)).toBe(-2n);
    expect(roundRatio(-14n, 10n)).toBe(-1n);
    expect(roundRatio(-85055n, 10n)).toBe(-8506n);
    expect(roundRatio(0n, 7n)).toBe(0n);
  });

  test.prop([fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 12n })])(
    'equals Decimal’s ROUND_HALF_UP of the exact quotient, for negative numerators too',
    (n, d) => {
      expect(roundRatio(n, d).toString()).toBe(new D(n.toString()).div(d.toString()).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed());
    },
  );
});

test('scaleRate: a rate as an integer over a power of ten', () => {
  expect(scaleRate('0.25')).toEqual({ num: 25n, exp: 2 });
  expect(scaleRate('1')).toEqual({ num: 1n, exp: 0 });
  expect(scaleRate('12.5')).toEqual({ num: 125n, exp: 1 });
});
