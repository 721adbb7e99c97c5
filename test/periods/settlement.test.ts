import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { businessCalendar, deemedAcceptedOn, settlementCalendar } from '../../src/periods/index.js';
import { policyErrorOf } from '../helpers.js';

describe('settlementCalendar (PER-4)', () => {
  it('puts the statement on the 7th, confirmation by the 10th, invoice by the 15th and payment on the 25th of the next month', () => {
    // Performance month March 2026: 7, 10 and 15 April are weekdays.
    expect(settlementCalendar(cloudProgram, { month: '2026-03' })).toEqual({
      month: '2026-03',
      statementOn: '2026-04-07',
      confirmBy: '2026-04-10',
      invoiceBy: '2026-04-15',
      paymentOn: '2026-04-27', // the 25th is a Saturday: moved to Monday
      rules: ['PER-4', 'PER-6'],
    });
  });

  it('moves each date that falls on a weekend or holiday to the next business day (遇节假日顺延)', () => {
    expect(settlementCalendar(cloudProgram, { month: '2026-01' })).toMatchObject({
      statementOn: '2026-02-09', // the 7th is a Saturday
      confirmBy: '2026-02-10',
      invoiceBy: '2026-02-16', // the 15th is a Sunday
      paymentOn: '2026-02-25',
    });
    const calendar = businessCalendar({ holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] });
    expect(settlementCalendar(cloudProgram, { month: '2026-09', calendar })).toMatchObject({
      statementOn: '2026-10-08',
      confirmBy: '2026-10-10', // a Saturday worked in exchange
    });
  });

  it('rolls December into January of the next year', () => {
    expect(settlementCalendar(cloudProgram, { month: '2026-12' }).statementOn).toBe('2027-01-07');
  });

  it('accepts a calendar’s plain input (as from JSON)', () => {
    expect(settlementCalendar(cloudProgram, { month: '2026-03', calendar: { holidays: ['2026-04-07'] } }).statementOn).toBe('2026-04-08');
  });

  it('rejects bad input naming the field, and a program without settlement', () => {
    const paths = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as PolicyError).issues.map((i) => i.path);
      }
      return null;
    };
    expect(paths(() => settlementCalendar(cloudProgram, { month: '2026-13' }))).toEqual([['month']]);
    expect(paths(() => settlementCalendar(cloudProgram, { month: '2026-1' }))).toEqual([['month']]);
    expect(paths(() => settlementCalendar(cloudProgram, { month: '2026-01', calendar: { holidays: ['nope'] } }))).toEqual([['calendar', 'holidays', 0]]);
    expect(paths(() => settlementCalendar(cloudProgram, { month: '9999-12' }))).toEqual([['month']]);
    expect(paths(() => settlementCalendar(cloudProgram, undefined as never))).toEqual([[]]);
    expect(() => settlementCalendar(telecomProgram, { month: '2026-01' })).toThrowError(expect.objectContaining({ code: 'NOT_CONFIGURED' }));
  });
});

describe('deemedAcceptedOn (PER-4)', () => {
  it('is the third business day after the reminder', () => {
    expect(deemedAcceptedOn('2026-02-12')).toBe('2026-02-17'); // Thursday → Tuesday
    expect(deemedAcceptedOn('2026-02-09')).toBe('2026-02-12'); // Monday → Thursday
    expect(deemedAcceptedOn('2026-02-14')).toBe('2026-02-18'); // a Saturday reminder counts from Monday
  });

  it('skips holidays', () => {
    const calendar = businessCalendar({ holidays: ['2026-02-16', '2026-02-17'] });
    expect(deemedAcceptedOn('2026-02-12', calendar)).toBe('2026-02-19');
  });

  it('rejects a bad date', () => {
    expect(() => deemedAcceptedOn('12/02/2026')).toThrowError(PolicyError);
  });
});

describe('settlement at the end of the calendar (PER-4)', () => {
  it('settles December 9998 and November 9999 in year 9999, and refuses December 9999', () => {
    expect(settlementCalendar(cloudProgram, { month: '9998-12' })).toEqual({
      month: '9998-12',
      statementOn: '9999-01-07',
      confirmBy: '9999-01-11', // the 10th is a Sunday
      invoiceBy: '9999-01-15',
      paymentOn: '9999-01-25',
      rules: ['PER-4', 'PER-6'],
    });
    expect(settlementCalendar(cloudProgram, { month: '9999-11' }).paymentOn).toBe('9999-12-27'); // the 25th is a Saturday
    expect(policyErrorOf(() => settlementCalendar(cloudProgram, { month: '9999-12' })).issues).toEqual([
      { path: ['month'], message: 'settles after year 9999' },
    ]);
  });

  it('deems acceptance on 9999-12-31 at the latest', () => {
    expect(deemedAcceptedOn('9999-12-28')).toBe('9999-12-31'); // Tuesday → Friday
    const e = policyErrorOf(() => deemedAcceptedOn('9999-12-29'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([{ path: ['reminderOn'], message: 'is too late: 3 business days after it fall after 9999-12-31' }]);
  });
});

describe('settlement: what each error says (PER-4)', () => {
  it('says what the input must be', () => {
    for (const bad of [undefined, null, 42, '2026-01']) {
      expect(policyErrorOf(() => settlementCalendar(cloudProgram, bad as never)).issues).toEqual([
        { path: [], message: 'must be an object { month, calendar? }' },
      ]);
    }
  });

  it('turns a getter that throws into INVALID_INPUT that quotes the cause', () => {
    for (const key of ['month', 'calendar']) {
      const input = Object.defineProperty({ month: '2026-01' }, key, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      expect(policyErrorOf(() => settlementCalendar(cloudProgram, input)).issues).toEqual([{ path: [], message: 'could not be read: boom' }]);
    }
  });

  it('names the reminder date, and the field of the calendar under calendar', () => {
    expect(policyErrorOf(() => deemedAcceptedOn('12/02/2026')).issues).toEqual([
      { path: ['reminderOn'], message: 'must be a real calendar date written YYYY-MM-DD, got "12/02/2026"' },
    ]);
    expect(policyErrorOf(() => deemedAcceptedOn('2026-02-12', { weekend: [0, 1, 2, 3, 4, 5, 6] })).issues).toEqual([
      { path: ['calendar', 'weekend'], message: 'must leave at least one working day in the week' },
    ]);
    expect(policyErrorOf(() => deemedAcceptedOn('2026-02-12', { holidays: ['2026-02-16'] }, telecomProgram)).issues).toEqual([
      { path: ['policy', 'settlement'], message: 'the telecom program configures no monthly settlement' },
    ]);
  });

  it('says which program has no monthly settlement', () => {
    const e = policyErrorOf(() => settlementCalendar(telecomProgram, { month: '2026-01' }));
    expect(e.code).toBe('NOT_CONFIGURED');
    expect(e.issues).toEqual([{ path: ['policy', 'settlement'], message: 'the telecom program configures no monthly settlement' }]);
  });
});
