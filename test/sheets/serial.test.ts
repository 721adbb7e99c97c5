import { describe, expect, it } from 'vitest';
import { dateFromSerial, serialFromDate } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('date serials (day 0 = 1899-12-30, CONV-3)', () => {
  it('converts the dates spreadsheets show for known serials', () => {
    // Excel and Google Sheets both show these serials as these dates.
    expect(dateFromSerial(61)).toBe('1900-03-01');
    expect(dateFromSerial(25569)).toBe('1970-01-01');
    expect(dateFromSerial(36526)).toBe('2000-01-01');
    expect(dateFromSerial(46122)).toBe('2026-04-10');
    expect(dateFromSerial(2958465)).toBe('9999-12-31');
    expect(serialFromDate('2026-04-10')).toBe(46122);
    expect(serialFromDate('2028-02-29')).toBe(46812);
  });

  it('reads a date-time serial as its day, as YEAR() and DAY() do', () => {
    expect(dateFromSerial(46122.99999)).toBe('2026-04-10');
    expect(dateFromSerial(46122.5)).toBe('2026-04-10');
  });

  it('refuses serials before 61, where Excel counts a 29 February 1900 and Google Sheets does not', () => {
    expectSheetError(
      () => dateFromSerial(60),
      'INVALID_INPUT',
      ['serial'],
      'dateFromSerial: serial must be a date serial from 61 (1900-03-01) to 2958465 (9999-12-31), got 60',
    );
    expectSheetError(() => dateFromSerial(0), 'INVALID_INPUT', ['serial'], /got 0$/);
    expectSheetError(() => dateFromSerial(-1), 'INVALID_INPUT', ['serial'], /got -1$/);
    expectSheetError(() => serialFromDate('1900-02-28'), 'INVALID_INPUT', ['date'], /before 1900-03-01/);
  });

  it.each([2958466, Number.NaN, Number.POSITIVE_INFINITY, '46122', null])('rejects %s as a serial', (bad) => {
    expectSheetError(() => dateFromSerial(bad as number), 'INVALID_INPUT', ['serial'], /^dateFromSerial: serial must be a date serial/);
  });

  it.each(['2026-02-30', '2026-4-10', '', 46122, null])('rejects %s as a date', (bad) => {
    expectSheetError(() => serialFromDate(bad as string), 'INVALID_INPUT', ['date'], /^serialFromDate: date must be a real calendar date written YYYY-MM-DD/);
  });
});
