import { describe, expect, it } from 'vitest';
import { CP_REVIEW_PERIOD, CP_TRIAL_END, dateFromSerial } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

const day = (serial: number) => dateFromSerial(serial);

describe('CP_REVIEW_PERIOD at the ends of the calendar (PER-1)', () => {
  it('reviews April to September 9999 on 10 October 9999, the last review there is', () => {
    // 9999-12-31 is serial 2958465; 10 October is 82 days before it.
    expect(CP_REVIEW_PERIOD('9999-05-20')).toBe(2958383);
    expect(day(CP_REVIEW_PERIOD('9999-09-30', 'to'))).toBe('9999-09-30');
    expect(day(CP_REVIEW_PERIOD('9999-01-15'))).toBe('9999-04-10');
    expect(day(CP_REVIEW_PERIOD('9998-12-31', 'from'))).toBe('9998-10-01');
  });

  it('has no review for October to December 9999: its review would fall in year 10000', () => {
    expectSheetError(
      () => CP_REVIEW_PERIOD('9999-12-31'),
      'INVALID_INPUT',
      ['date'],
      'CP_REVIEW_PERIOD: date has no half-year review between years 0002 and 9999, got 9999-12-31',
    );
  });

  it('reviews October 1899 to March 1900 on 10 April 1900, serial 101', () => {
    expect(CP_REVIEW_PERIOD('1899-11-03')).toBe(101);
    expect(day(CP_REVIEW_PERIOD('1900-03-01', 'to'))).toBe('1900-03-31');
  });

  it('names the date when the answer is a day before 1900-03-01, which has no agreed serial', () => {
    expectSheetError(
      () => CP_REVIEW_PERIOD('1899-11-03', 'from'),
      'INVALID_INPUT',
      ['date'],
      'CP_REVIEW_PERIOD: date 1899-10-01 is before 1900-03-01, which spreadsheets do not agree on as a date serial',
    );
    // Year 1: the review of October 0001 to March 0002 is held in year 2.
    expectSheetError(
      () => CP_REVIEW_PERIOD('0001-11-03'),
      'INVALID_INPUT',
      ['date'],
      'CP_REVIEW_PERIOD: date 0002-04-10 is before 1900-03-01, which spreadsheets do not agree on as a date serial',
    );
    // April to September 0001 would be reviewed in year 1, before the first review year.
    expectSheetError(
      () => CP_REVIEW_PERIOD('0001-05-20'),
      'INVALID_INPUT',
      ['date'],
      'CP_REVIEW_PERIOD: date has no half-year review between years 0002 and 9999, got 0001-05-20',
    );
  });
});

describe('CP_TRIAL_END: bad or too early dates name joinedOn (PER-2)', () => {
  it('ends a trial begun on 1899-12-01 on 1900-03-01, serial 61', () => {
    expect(CP_TRIAL_END('1899-12-01')).toBe(61);
  });

  it('names joinedOn when it is not a date, or the trial ends before 1900-03-01', () => {
    expectSheetError(() => CP_TRIAL_END('soon'), 'INVALID_INPUT', ['joinedOn'], "CP_TRIAL_END: joinedOn must be a real date (a date cell or text YYYY-MM-DD), got 'soon'");
    expectSheetError(
      () => CP_TRIAL_END('1899-10-15'),
      'INVALID_INPUT',
      ['joinedOn'],
      'CP_TRIAL_END: joinedOn 1900-01-15 is before 1900-03-01, which spreadsheets do not agree on as a date serial',
    );
  });
});
