import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { checkDecimalText, sumEquals } from '../../src/core/decimal-text.js';
import { checkFigure } from '../../src/core/money.js';

describe('sumEquals with numbers JavaScript writes with an exponent', () => {
  it('answers false, never throwing, when any value is written with an exponent and the exact sum differs', () => {
    // String(1e-7) is "1e-7" and String(1e21) is "1e+21": not plain decimals, so not summed.
    expect(String(1e-7)).toBe('1e-7');
    expect(sumEquals([1e-7], '0')).toBe(false);
    expect(sumEquals([1e-7, 50], '50')).toBe(false); // exactly 50.0000001
    expect(sumEquals([50, 1e-7, 49.99], '100')).toBe(false); // exactly 99.9900001
    expect(sumEquals([1e21, 1], '1')).toBe(false);
    expect(sumEquals([1e-7, 2e-7], '5')).toBe(false);
  });

  it('still sums plain values exactly next to those cases', () => {
    expect(sumEquals([50, 49.99, 0.01], '100')).toBe(true);
    expect(sumEquals([0.1, 0.2], '0.3')).toBe(true);
    expect(sumEquals([0.000001, 99.999999], '100')).toBe(true); // 1e-6 is still written 0.000001
  });
});

describe('checkDecimalText on leading zeros and negative zero', () => {
  it('counts only significant integer digits against the 10^15 limit', () => {
    expect(checkDecimalText('00123456789012345', 'cash', 2)).toBeNull(); // 15 significant digits
    expect(checkDecimalText('000999999999999999.99', 'cash', 2)).toBeNull();
    expect(checkDecimalText('-0999999999999999', 'signed', 2)).toBeNull();
    expect(checkDecimalText('01000000000000000', 'cash', 2)).toBe(
      'is out of range: its magnitude must be below 10^15, got "01000000000000000"',
    );
  });

  it('treats zero written with several zeros and a minus sign as zero, not as negative', () => {
    for (const text of ['-00', '-00.00', '-000.0', '-0.000']) {
      expect(checkDecimalText(text, 'cash', 3), text).toBeNull();
      expect(checkDecimalText(text, 'rate', 0), text).toBeNull();
    }
    expect(checkDecimalText('-00.01', 'cash', 2)).toBe('must not be negative, got "-00.01"');
    expect(checkDecimalText('-10', 'cash', 2)).toBe('must not be negative, got "-10"');
  });

  const zeroPadded = fc
    .tuple(fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 4 }), fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: 0, max: 3 }))
    .map(([sign, pad, digits, places]) => {
      const s = digits.toString().padStart(places + 1, '0');
      const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
      return `${sign}${'0'.repeat(pad)}${text}`;
    });

  test.prop([zeroPadded, fc.constantFrom('cash', 'signed', 'rate') as fc.Arbitrary<'cash' | 'signed' | 'rate'>])(
    'with any number of leading zeros, checkDecimalText gives the same answer as checkFigure (decimal.js) does',
    (text, kind) => {
      const viaDecimal = checkFigure(text, kind, 3);
      expect(checkDecimalText(text, kind, 3)).toBe(typeof viaDecimal === 'string' ? viaDecimal : null);
      if (typeof viaDecimal !== 'string') expect(new Dec(text).abs().lt('1e15')).toBe(true);
    },
  );
});
