import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import {
  readDate,
  readDates,
  readMoney,
  readMonth,
  readProgram,
  readRows,
  readTier,
  readWholeNumber,
} from '../../src/sheets/read.js';

function issueOf(fn: () => unknown): { path: readonly (string | number)[]; message: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return (e as PolicyError).issues[0]!;
  }
  throw new Error('expected a PolicyError');
}

describe('reading money cells (CONV-1)', () => {
  it('reads a number as the spreadsheet shows it, to 15 significant digits', () => {
    expect(readMoney(0.1 + 0.2, ['amount'], 2).toFixed()).toBe('0.3'); // 0.30000000000000004 shows as 0.3
    expect(readMoney(1234.56, ['amount'], 2).toFixed()).toBe('1234.56');
    expect(readMoney(99999999999.99, ['amount'], 2).toFixed()).toBe('99999999999.99');
    expect(readMoney(-0, ['amount'], 2).toFixed()).toBe('0');
  });

  it('reads text exactly, with surrounding spaces ignored', () => {
    expect(readMoney(' 1234.50 ', ['amount'], 2).toFixed()).toBe('1234.5');
    expect(readMoney('0.10', ['amount'], 2).toFixed()).toBe('0.1');
  });

  it('refuses more places than the currency has, and says how to fix it', () => {
    expect(issueOf(() => readMoney(12.345, ['amount'], 2))).toEqual({
      path: ['amount'],
      message: 'must have at most 2 decimal places, got 12.345 (round it with ROUND(…, 2) first)',
    });
    expect(issueOf(() => readMoney('0.001', ['amount'], 2)).message).toMatch(/at most 2 decimal places, got '0.001'/);
  });

  it.each([
    [-5, 'must not be negative, got -5'],
    ['12,5', "must be an amount such as 1234.56, got '12,5'"],
    ['1e3', "must be an amount such as 1234.56, got '1e3'"],
    [Number.NaN, 'must be an amount such as 1234.56, got NaN'],
    [true, 'must be an amount such as 1234.56, got TRUE'],
    [1e15, 'must be below 10^15 in size, got 1000000000000000'],
    [null, 'is required: an amount such as 1234.56'],
    ['', 'is required: an amount such as 1234.56'],
  ])('refuses %s with "%s"', (value, message) => {
    expect(issueOf(() => readMoney(value, ['amount'], 2))).toEqual({ path: ['amount'], message });
  });
});

describe('reading whole numbers', () => {
  it('takes numbers and numeric text', () => {
    expect(readWholeNumber(12, ['metric'])).toBe(12);
    expect(readWholeNumber(' 12 ', ['metric'])).toBe(12);
    expect(readWholeNumber(0, ['metric'])).toBe(0);
  });

  it.each([1.5, 3.0000000000000004, -1, '1.5', 'lots', 2 ** 60, false])('refuses %s', (value) => {
    expect(issueOf(() => readWholeNumber(value, ['metric'])).message).toMatch(/^must be a whole number ≥ 0, got /);
  });
});

describe('reading dates (CONV-3)', () => {
  it('takes a serial, a date-time serial or ISO text', () => {
    expect(readDate(46122, ['on'])).toBe('2026-04-10');
    expect(readDate(46122.75, ['on'])).toBe('2026-04-10');
    expect(readDate(' 2026-04-10 ', ['on'])).toBe('2026-04-10');
  });

  it('refuses a JavaScript Date: its day depends on a time zone', () => {
    expect(issueOf(() => readDate(new Date(0), ['on'])).message).toMatch(/got a JavaScript Date/);
  });

  it.each(['2026-02-30', '2026/04/10', '10/04/2026', 'tomorrow', true])('refuses %s', (value) => {
    expect(issueOf(() => readDate(value, ['on'])).message).toMatch(/^must be a real date \(a date cell or text YYYY-MM-DD\), got /);
  });

  it('reads a month from YYYY-MM text or any date in it', () => {
    expect(readMonth('2026-01', ['month'])).toBe('2026-01');
    expect(readMonth('2026-01-31', ['month'])).toBe('2026-01');
    expect(readMonth(46023, ['month'])).toBe('2026-01'); // typing 2026-01 in a sheet makes 2026-01-01
    expect(issueOf(() => readMonth('2026-13', ['month'])).message).toBe("must be a month written YYYY-MM or a date in that month, got '2026-13'");
  });
});

describe('reading ranges', () => {
  it('takes a bare cell as a one-cell range and an empty cell as no range', () => {
    expect(readRows('2026-01-01', ['holidays'])).toEqual([['2026-01-01']]);
    expect(readRows(null, ['holidays'])).toEqual([]);
    expect(readRows(['a', 'b'], ['holidays'])).toEqual([['a'], ['b']]);
  });

  it('skips empty cells and names a bad one by row and column', () => {
    expect(readDates([['2026-01-01', null], ['', 46024]], ['holidays']).map((d) => [d.date, d.path])).toEqual([
      ['2026-01-01', ['holidays', 0, 0]],
      ['2026-01-02', ['holidays', 1, 1]],
    ]);
    expect(issueOf(() => readDates([[null, 'x']], ['holidays'])).path).toEqual(['holidays', 0, 1]);
  });
});

describe('reading tiers and programs', () => {
  it('takes tiers in any case and by their names in the source', () => {
    expect(readTier('GOLD', ['tier'])).toBe('gold');
    expect(readTier(' Silver ', ['tier'])).toBe('silver');
    expect(readTier('普通渠道', ['tier'])).toBe('ordinary');
    expect(readTier('', ['tier'])).toBeUndefined();
    expect(issueOf(() => readTier('platinum', ['tier'])).message).toBe("must be 'gold', 'silver' or 'ordinary', got 'platinum'");
  });

  it('takes a program by name, defaulting when empty, or a policy object from code', () => {
    expect(readProgram('', telecomProgram)).toBe(telecomProgram);
    expect(readProgram(' Cloud ', telecomProgram)).toBe(cloudProgram);
    expect(readProgram(cloudProgram, telecomProgram)).toBe(cloudProgram);
    expect(issueOf(() => readProgram('retail', telecomProgram))).toEqual({ path: ['program'], message: "must be 'telecom' or 'cloud', got 'retail'" });
  });
});
