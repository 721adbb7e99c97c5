import { describe, expect, it } from 'vitest';
import { CP_DEEMED_ACCEPTED, CP_SETTLEMENT, dateFromSerial } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

const day = (serial: number) => dateFromSerial(serial);

describe('CP_SETTLEMENT in the first months of 1900 (PER-4, PER-6)', () => {
  it('dates February 1900 in March: the 7th, a Wednesday, is serial 67', () => {
    expect(CP_SETTLEMENT('1900-02', 'statement')).toBe(67);
    expect(day(CP_SETTLEMENT('1900-02', 'statement'))).toBe('1900-03-07');
  });

  it('names the month when its settlement day falls before 1900-03-01, which has no agreed serial', () => {
    // 1900-01-07 is a Sunday: the statement moves to Monday the 8th.
    expectSheetError(
      () => CP_SETTLEMENT('1899-12', 'statement'),
      'INVALID_INPUT',
      ['month'],
      'CP_SETTLEMENT: month 1900-01-08 is before 1900-03-01, which spreadsheets do not agree on as a date serial',
    );
    // 1900-02-25 is a Sunday: payment moves to Monday the 26th.
    expectSheetError(
      () => CP_SETTLEMENT('1900-01', 'payment'),
      'INVALID_INPUT',
      ['month'],
      'CP_SETTLEMENT: month 1900-02-26 is before 1900-03-01, which spreadsheets do not agree on as a date serial',
    );
  });
});

describe('CP_DEEMED_ACCEPTED: bad or too early dates name reminderOn (PER-4)', () => {
  it('deems a reminder of Monday 1900-02-26 accepted on Thursday 1900-03-01, serial 61', () => {
    expect(CP_DEEMED_ACCEPTED('1900-02-26')).toBe(61);
  });

  it('names reminderOn when it is not a date, or the answer falls before 1900-03-01', () => {
    expectSheetError(
      () => CP_DEEMED_ACCEPTED('tomorrow'),
      'INVALID_INPUT',
      ['reminderOn'],
      "CP_DEEMED_ACCEPTED: reminderOn must be a real date (a date cell or text YYYY-MM-DD), got 'tomorrow'",
    );
    // Tuesday 1900-02-20 + 3 business days = Friday 1900-02-23.
    expectSheetError(
      () => CP_DEEMED_ACCEPTED('1900-02-20'),
      'INVALID_INPUT',
      ['reminderOn'],
      'CP_DEEMED_ACCEPTED: reminderOn 1900-02-23 is before 1900-03-01, which spreadsheets do not agree on as a date serial',
    );
  });
});
