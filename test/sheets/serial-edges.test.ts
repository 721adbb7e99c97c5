import { describe, expect, it } from 'vitest';
import { dateFromSerial, serialFromDate } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('date serials at their first day and for values of the wrong type (CONV-3)', () => {
  it('gives 1900-03-01, the first date both spreadsheets agree on, serial 61', () => {
    expect(serialFromDate('1900-03-01')).toBe(61);
    expectSheetError(
      () => serialFromDate('1900-02-28'),
      'INVALID_INPUT',
      ['date'],
      'serialFromDate: date 1900-02-28 is before 1900-03-01, which spreadsheets do not agree on as a date serial',
    );
  });

  it('refuses a serial written as text, even one that reads as a number', () => {
    expectSheetError(
      () => dateFromSerial('46122' as unknown as number),
      'INVALID_INPUT',
      ['serial'],
      'dateFromSerial: serial must be a date serial from 61 (1900-03-01) to 2958465 (9999-12-31), got 46122',
    );
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('refuses %s, a number that is no serial, with the serial range', (bad, text) => {
    expectSheetError(
      () => dateFromSerial(bad),
      'INVALID_INPUT',
      ['serial'],
      `dateFromSerial: serial must be a date serial from 61 (1900-03-01) to 2958465 (9999-12-31), got ${text}`,
    );
  });

  it('quotes a bad date given as text, and shows any other value as it is', () => {
    expectSheetError(
      () => serialFromDate('2026-02-30'),
      'INVALID_INPUT',
      ['date'],
      "serialFromDate: date must be a real calendar date written YYYY-MM-DD, got '2026-02-30'",
    );
    expectSheetError(
      () => serialFromDate(20260230 as unknown as string),
      'INVALID_INPUT',
      ['date'],
      'serialFromDate: date must be a real calendar date written YYYY-MM-DD, got 20260230',
    );
    expectSheetError(() => serialFromDate(null as unknown as string), 'INVALID_INPUT', ['date'], 'serialFromDate: date must be a real calendar date written YYYY-MM-DD, got null');
  });
});
