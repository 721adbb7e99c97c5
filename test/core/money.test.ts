import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { PolicyError } from '../../src/core/errors.js';
import { checkFigure, formatMoney, formatRate, parseFigure } from '../../src/core/money.js';

describe('money inputs (CONV-1)', () => {
  it('accepts a decimal string, a finite number and a Decimal, exactly', () => {
    expect(parseFigure('1234.56', ['amount']).toString()).toBe('1234.56');
    expect(parseFigure(1234.5, ['amount']).toString()).toBe('1234.5');
    expect(parseFigure(new Decimal('0.01'), ['amount']).toString()).toBe('0.01');
    expect(parseFigure(-0, ['amount']).isNegative()).toBe(false);
  });

  it.each([
    [Number.NaN, 'finite'],
    [Number.POSITIVE_INFINITY, 'finite'],
    [Number.NEGATIVE_INFINITY, 'finite'],
    ['', 'plain decimal'],
    ['12,5', 'plain decimal'],
    ['1e400', 'plain decimal'],
    [' 12', 'plain decimal'],
    ['0x10', 'plain decimal'],
    ['1e3', 'plain decimal'],
    [null, 'decimal string'],
    [{}, 'decimal string'],
    [[], 'decimal string'],
    [true, 'decimal string'],
    [10n, 'decimal string'],
    [new Decimal(Number.NaN), 'finite Decimal'],
    [new Decimal(Infinity), 'finite Decimal'],
  ])('rejects %s with a message naming what is expected', (value, words) => {
    const r = checkFigure(value, 'cash', 2);
    expect(typeof r).toBe('string');
    expect(r).toContain(words);
  });

  it('rejects out-of-range magnitudes', () => {
    expect(checkFigure('1000000000000000', 'cash', 2)).toMatch(/out of range/);
    expect(checkFigure(1e21, 'cash', 2)).toMatch(/out of range/);
    expect(checkFigure('999999999999999.99', 'cash', 2)).toBeInstanceOf(Dec);
  });

  it('rejects negative cash and cash finer than the currency scale, but not rates', () => {
    expect(checkFigure('-1', 'cash', 2)).toMatch(/negative/);
    expect(checkFigure('-1', 'signed', 2)).toBeInstanceOf(Dec);
    expect(checkFigure('0.001', 'cash', 2)).toMatch(/at most 2 decimal places/);
    expect(checkFigure(0.1 + 0.2, 'cash', 2)).toMatch(/at most 2 decimal places/);
    expect(checkFigure('0.125', 'rate', 2)).toBeInstanceOf(Dec);
  });

  it('names the value it refuses: a Decimal by its value, anything else as received', () => {
    expect(checkFigure(new Decimal('-1.5'), 'cash', 2)).toBe('must not be negative, got -1.5');
    expect(checkFigure(new Decimal('1.005'), 'cash', 2)).toBe('must have at most 2 decimal places, got 1.005');
    expect(checkFigure(new Decimal('1e15'), 'cash', 2)).toBe('is out of range: its magnitude must be below 10^15, got 1000000000000000');
    expect(checkFigure(-2, 'cash', 2)).toBe('must not be negative, got -2');
    expect(checkFigure('-2', 'cash', 2)).toBe('must not be negative, got "-2"');
    const notAFigure = 'must be a decimal string, a finite number or a Decimal, got';
    expect([true, null, {}, [1], 10n].map((v) => checkFigure(v, 'cash', 2))).toEqual(
      ['true', 'null', 'an object', 'an array', 'a bigint'].map((shown) => `${notAFigure} ${shown}`),
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(checkFigure(proxy, 'cash', 2)).toBe(`${notAFigure} an object`);
  });

  it('throws PolicyError INVALID_INPUT with the field path', () => {
    try {
      parseFigure('12,5', ['receipts', 3, 'amount']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).code).toBe('INVALID_INPUT');
      expect((e as PolicyError).issues[0]?.path).toEqual(['receipts', 3, 'amount']);
      expect((e as PolicyError).message).toContain('receipts[3].amount');
    }
  });
});

describe('money results (CONV-2)', () => {
  it('rounds half-up (四舍五入) to the scale', () => {
    expect(formatMoney(new Dec('2.345'))).toBe('2.35');
    expect(formatMoney(new Dec('2.344999'))).toBe('2.34');
    expect(formatMoney(new Dec('-2.345'))).toBe('-2.35');
    expect(formatMoney(new Dec('1234.5'))).toBe('1234.50');
    expect(formatMoney(new Dec('0.5'), 0)).toBe('1');
  });

  it('never prints a negative zero', () => {
    expect(formatMoney(new Dec('-0.001'))).toBe('0.00');
    expect(formatMoney(new Dec('-0'))).toBe('0.00');
  });

  it('formats rates exactly with no trailing zeros', () => {
    expect(formatRate(new Dec('0.40'))).toBe('0.4');
    expect(formatRate(new Dec('0'))).toBe('0');
    expect(formatRate(new Dec('0.0000001'))).toBe('0.0000001');
  });
});

describe('a missing money field', () => {
  it('says it is required', () => {
    expect(checkFigure(undefined, 'cash', 2)).toBe('is required');
  });
});

describe('signed zero', () => {
  it('reads "-0" as zero, as it reads the number -0', () => {
    expect(parseFigure('-0', ['amount']).isNegative()).toBe(false);
    expect(parseFigure('-0.00', ['amount']).toString()).toBe('0');
  });
});
