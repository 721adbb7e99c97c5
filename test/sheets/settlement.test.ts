import { describe, expect, it } from 'vitest';
import { CP_DEEMED_ACCEPTED, CP_SETTLEMENT, dateFromSerial } from '../../src/sheets/index.js';
import { deepFreeze, expectSheetError } from './helpers.js';

const day = (serial: number) => dateFromSerial(serial);

describe('CP_SETTLEMENT (PER-4, PER-6)', () => {
  it('dates January 2026 in February: statement 7th, confirm 10th, invoice 15th, payment 25th, rolled past weekends', () => {
    expect(day(CP_SETTLEMENT('2026-01', 'statement'))).toBe('2026-02-09'); // the 7th is a Saturday
    expect(day(CP_SETTLEMENT('2026-01', 'confirm'))).toBe('2026-02-10');
    expect(day(CP_SETTLEMENT('2026-01', 'invoice'))).toBe('2026-02-16'); // the 15th is a Sunday
    expect(day(CP_SETTLEMENT('2026-01', 'payment'))).toBe('2026-02-25');
    expect(CP_SETTLEMENT('2026-01', 'statement')).toBe(46062);
  });

  it('settles December in January of the next year', () => {
    expect(day(CP_SETTLEMENT('2026-12', 'statement'))).toBe('2027-01-07');
  });

  it('takes the month as any date in it, as a sheet turns "2026-01" into a date', () => {
    expect(CP_SETTLEMENT(46023, 'payment')).toBe(CP_SETTLEMENT('2026-01', 'payment')); // 46023 = 2026-01-01
    expect(CP_SETTLEMENT('2026-01-31', 'payment')).toBe(CP_SETTLEMENT('2026-01', 'payment'));
  });

  it('moves a date off a holiday, and counts make-up working days (PER-6)', () => {
    expect(day(CP_SETTLEMENT('2026-01', 'payment', [['2026-02-25']]))).toBe('2026-02-26');
    expect(day(CP_SETTLEMENT('2026-01', 'payment', [['2026-02-25', '2026-02-26'], [null, 46080]]))).toBe('2026-03-02');
    // The statement day, a Saturday, is worked in exchange for a holiday.
    expect(day(CP_SETTLEMENT('2026-01', 'statement', '', [['2026-02-07']]))).toBe('2026-02-07');
  });

  it('reads frozen ranges without changing them', () => {
    const holidays = deepFreeze([['2026-02-25'], [null]]);
    expect(day(CP_SETTLEMENT('2026-01', 'Payment', holidays))).toBe('2026-02-26');
    expect(holidays).toEqual([['2026-02-25'], [null]]);
  });

  it('names what is wrong, down to the cell', () => {
    expectSheetError(() => CP_SETTLEMENT('2026-01', 'pay'), 'INVALID_INPUT', ['step'], "CP_SETTLEMENT: step must be 'statement', 'confirm', 'invoice' or 'payment', got 'pay'");
    expectSheetError(() => CP_SETTLEMENT('2026-13', 'payment'), 'INVALID_INPUT', ['month'], "CP_SETTLEMENT: month must be a month written YYYY-MM or a date in that month, got '2026-13'");
    expectSheetError(
      () => CP_SETTLEMENT('2026-01', 'payment', [['2026-02-25'], ['25/02/2026']]),
      'INVALID_INPUT',
      ['holidays', 1, 0],
      "CP_SETTLEMENT: holidays (row 2, column 1) must be a real date (a date cell or text YYYY-MM-DD), got '25/02/2026'",
    );
    expectSheetError(
      () => CP_SETTLEMENT('2026-01', 'payment', [['2026-02-28']], [[null, '2026-02-28']]),
      'INVALID_INPUT',
      ['workdays', 0, 1],
      'CP_SETTLEMENT: workdays (row 1, column 2) 2026-02-28 is listed both as a holiday and as a workday',
    );
    expectSheetError(() => CP_SETTLEMENT('2026-01', 'payment', '', '', 'telecom'), 'NOT_CONFIGURED', ['program', 'settlement'], 'CP_SETTLEMENT: the telecom program configures no monthly settlement');
  });
});

describe('CP_DEEMED_ACCEPTED (PER-4)', () => {
  it('is the third business day after the reminder', () => {
    expect(day(CP_DEEMED_ACCEPTED('2026-02-12'))).toBe('2026-02-17'); // Thursday → Tuesday
    expect(day(CP_DEEMED_ACCEPTED('2026-02-12', [['2026-02-16']]))).toBe('2026-02-18');
  });
});
