import { describe, expect, it } from 'vitest';
import { CP_QUARTER, CP_REVIEW_PERIOD, CP_TRIAL_END, dateFromSerial } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

const day = (serial: number) => dateFromSerial(serial);

describe('CP_REVIEW_PERIOD (PER-1)', () => {
  it('gives the October review for a date from April to September', () => {
    expect(day(CP_REVIEW_PERIOD('2026-04-01'))).toBe('2026-10-10');
    expect(day(CP_REVIEW_PERIOD('2026-05-20'))).toBe('2026-10-10');
    expect(day(CP_REVIEW_PERIOD('2026-09-30'))).toBe('2026-10-10');
    expect(CP_REVIEW_PERIOD('2026-05-20')).toBe(46305);
  });

  it('gives the next April review for a date from October to March', () => {
    expect(day(CP_REVIEW_PERIOD('2026-10-01'))).toBe('2027-04-10');
    expect(day(CP_REVIEW_PERIOD('2026-12-31'))).toBe('2027-04-10');
    expect(day(CP_REVIEW_PERIOD('2027-01-01'))).toBe('2027-04-10');
    expect(day(CP_REVIEW_PERIOD('2027-03-31'))).toBe('2027-04-10');
  });

  it('gives the first or last day of the half year covered', () => {
    expect(day(CP_REVIEW_PERIOD('2026-11-03', 'from'))).toBe('2026-10-01');
    expect(day(CP_REVIEW_PERIOD('2026-11-03', 'to'))).toBe('2027-03-31');
    expect(day(CP_REVIEW_PERIOD('2026-05-20', 'From'))).toBe('2026-04-01');
    expect(day(CP_REVIEW_PERIOD('2026-05-20', 'to'))).toBe('2026-09-30');
    expect(day(CP_REVIEW_PERIOD(46162, 'review'))).toBe('2026-10-10'); // 46162 = 2026-05-20
  });

  it('names what is wrong', () => {
    expectSheetError(() => CP_REVIEW_PERIOD('2026-11-03', 'end'), 'INVALID_INPUT', ['part'], "CP_REVIEW_PERIOD: part must be 'review', 'from' or 'to', got 'end'");
    expectSheetError(() => CP_REVIEW_PERIOD(''), 'INVALID_INPUT', ['date'], 'CP_REVIEW_PERIOD: date is required: a date (a date cell or text YYYY-MM-DD)');
    expectSheetError(() => CP_REVIEW_PERIOD('9999-10-01'), 'INVALID_INPUT', ['date'], /no half-year review/);
    expectSheetError(() => CP_REVIEW_PERIOD('2026-05-20', '', 'telecom'), 'NOT_CONFIGURED', ['program', 'reviews'], 'CP_REVIEW_PERIOD: the telecom program configures no half-year reviews');
  });
});

describe('CP_QUARTER (PER-3)', () => {
  it('gives the calendar quarter of a date', () => {
    expect(CP_QUARTER('2026-01-01')).toBe('2026-Q1');
    expect(CP_QUARTER('2026-03-31')).toBe('2026-Q1');
    expect(CP_QUARTER(46162)).toBe('2026-Q2');
    expect(CP_QUARTER('2026-12-31')).toBe('2026-Q4');
    expectSheetError(() => CP_QUARTER('Q2'), 'INVALID_INPUT', ['date'], /^CP_QUARTER: date must be a real date/);
  });
});

describe('CP_TRIAL_END (PER-2)', () => {
  it('ends the trial 3 calendar months after joining, clamped to the month end', () => {
    expect(day(CP_TRIAL_END('2026-01-15'))).toBe('2026-04-15');
    expect(day(CP_TRIAL_END('2026-11-30'))).toBe('2027-02-28');
    expect(day(CP_TRIAL_END('2027-11-30'))).toBe('2028-02-29');
  });
});
