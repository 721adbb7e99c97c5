import { describe, expect, it } from 'vitest';
import {
  readChoice,
  readDate,
  readId,
  readInstant,
  readMoney,
  readMonth,
  readRows,
  readText,
  readTier,
} from '../../src/sheets/read.js';
import { issueList, policyErrorOf } from '../helpers.js';

/** The one issue a reader raises, as `{ path, message }`; fails when it raises anything but a PolicyError. */
function issueOf(fn: () => unknown): { path: (string | number)[]; message: string } {
  const issues = issueList(policyErrorOf(fn));
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('reading signed money', () => {
  it('takes a negative amount where the argument is signed, and still refuses it as cash (CONV-1)', () => {
    expect(readMoney(-5, ['adjustment'], 2, 'signed').toFixed()).toBe('-5');
    expect(readMoney('-1234.56', ['adjustment'], 2, 'signed').toFixed()).toBe('-1234.56');
    expect(issueOf(() => readMoney('-1234.56', ['amount'], 2))).toEqual({ path: ['amount'], message: "must not be negative, got '-1234.56'" });
  });
});

describe('reading ids', () => {
  it('takes text as typed and a number cell as its digits', () => {
    expect(readId('T1', ['id'])).toBe('T1');
    expect(readId(12, ['id'])).toBe('12');
    expect(readId(0, ['id'])).toBe('0');
    expect(readId(12.5, ['id'])).toBe('12.5');
  });

  it.each([
    [null, 'is required: an id'],
    ['  ', 'is required: an id'],
    [Number.NaN, 'must be text or a number, got NaN'],
    [Number.POSITIVE_INFINITY, 'must be text or a number, got Infinity'],
    [true, 'must be text or a number, got TRUE'],
    [false, 'must be text or a number, got FALSE'],
  ])('refuses %s with "%s"', (value, message) => {
    expect(issueOf(() => readId(value, ['receipts', 0, 0]))).toEqual({ path: ['receipts', 0, 0], message });
  });
});

describe('reading text', () => {
  it('trims the surrounding spaces', () => {
    expect(readText('  port  ', ['line'], 'a product line')).toBe('port');
    expect(readText('port', ['line'], 'a product line')).toBe('port');
  });

  it('names what it wanted when the cell is empty or not text', () => {
    expect(issueOf(() => readText('', ['line'], 'a product line'))).toEqual({ path: ['line'], message: 'is required: a product line' });
    expect(issueOf(() => readText(7, ['line'], 'a product line'))).toEqual({ path: ['line'], message: 'must be a product line, got 7' });
  });
});

describe('reading a choice', () => {
  it('refuses a number or boolean cell with the list of choices, never a TypeError', () => {
    expect(issueOf(() => readTier(5, ['tier']))).toEqual({ path: ['tier'], message: "must be 'gold', 'silver' or 'ordinary', got 5" });
    expect(issueOf(() => readTier(true, ['tier']))).toEqual({ path: ['tier'], message: "must be 'gold', 'silver' or 'ordinary', got TRUE" });
  });

  it('matches only text against the aliases: a number cell is refused even where an alias is spelled "null"', () => {
    const aliases = { null: 'none', true: 'none' } as const;
    expect(readChoice('NULL', ['kind'], ['none', 'some'], aliases)).toBe('none');
    expect(issueOf(() => readChoice(0, ['kind'], ['none', 'some'], aliases))).toEqual({ path: ['kind'], message: "must be 'none' or 'some', got 0" });
    expect(issueOf(() => readChoice(true, ['kind'], ['none', 'some'], aliases))).toEqual({ path: ['kind'], message: "must be 'none' or 'some', got TRUE" });
  });
});

describe('reading dates: what is not a date (CONV-3)', () => {
  it.each([
    [Number.NaN, 'must be a date, got NaN'],
    [Number.POSITIVE_INFINITY, 'must be a date, got Infinity'],
    [Number.NEGATIVE_INFINITY, 'must be a date, got -Infinity'],
  ])('refuses the number %s as no date at all', (value, message) => {
    expect(issueOf(() => readDate(value, ['on']))).toEqual({ path: ['on'], message });
  });

  it('refuses a JavaScript Date, telling the caller to convert it in the time zone of the sheet', () => {
    expect(issueOf(() => readDate(new Date(Date.UTC(2026, 3, 10)), ['on']))).toEqual({
      path: ['on'],
      message: 'must be a date serial or text YYYY-MM-DD, got a JavaScript Date (convert it in the time zone of the sheet first)',
    });
  });
});

describe('reading months', () => {
  it('takes YYYY-MM text with surrounding spaces, and returns it trimmed', () => {
    expect(readMonth(' 2026-01 ', ['month'])).toBe('2026-01');
    expect(readMonth(' 2026-12', ['month'])).toBe('2026-12');
    expect(readMonth('0001-01', ['month'])).toBe('0001-01'); // year 1, the first the library handles
  });

  it('refuses year 0, an empty cell, and what is no month', () => {
    expect(issueOf(() => readMonth('0000-12', ['month']))).toEqual({ path: ['month'], message: "must be a month written YYYY-MM or a date in that month, got '0000-12'" });
    expect(issueOf(() => readMonth('', ['month']))).toEqual({ path: ['month'], message: 'is required: a month (text YYYY-MM or a date in the month)' });
  });
});

describe('reading instants (CONV-3)', () => {
  it('takes ISO 8601 text with an offset, trimmed', () => {
    expect(readInstant(' 2026-04-10T09:30:00+08:00 ', ['at'])).toBe('2026-04-10T09:30:00+08:00');
    expect(readInstant('2026-04-10T01:30:00Z', ['at'])).toBe('2026-04-10T01:30:00Z');
  });

  it.each([
    [46122.5, 'must be a time with its UTC offset, such as \'2026-04-10T09:30:00+08:00\', got 46122.5'],
    [true, 'must be a time with its UTC offset, such as \'2026-04-10T09:30:00+08:00\', got TRUE'],
    ['2026-04-10T09:30:00', 'must be a time with its UTC offset, such as \'2026-04-10T09:30:00+08:00\', got \'2026-04-10T09:30:00\''],
    [null, 'is required: a time written like 2026-04-10T09:30:00+08:00'],
  ])('refuses %s with "%s"', (value, message) => {
    expect(issueOf(() => readInstant(value, ['at']))).toEqual({ path: ['at'], message });
  });
});

describe('reading ranges: rows', () => {
  it('reads a flat list from code as one column, an empty cell in it included', () => {
    expect(readRows([null, 'a', 3], ['holidays'])).toEqual([[null], ['a'], [3]]);
  });

  it('refuses a row that is an object, naming the row', () => {
    expect(issueOf(() => readRows([['a'], { 0: 'b' }], ['holidays']))).toEqual({ path: ['holidays', 1], message: 'must be a row of cells, got an object' });
    expect(issueOf(() => readRows([new Date(0)], ['receipts']))).toEqual({ path: ['receipts', 0], message: 'must be a row of cells, got a JavaScript Date' });
  });
});
