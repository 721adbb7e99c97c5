import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  checkDate,
  checkInstant,
  fromDay,
  instantToEpoch,
  isIsoDate,
  toDay,
  weekdayOf,
} from '../../src/core/dates.js';
import { PolicyError } from '../../src/core/errors.js';

describe('calendar dates (CONV-3)', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-04-10')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-4-10')).toBe(false);
    expect(isIsoDate('2026-04-10T00:00:00Z')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate(20260410)).toBe(false);
  });

  it('names the field of a bad date', () => {
    expect(() => checkDate('2025-02-30', ['period', 'from'])).toThrowError(PolicyError);
    try {
      checkDate('2025-02-30', ['period', 'from']);
    } catch (e) {
      expect((e as PolicyError).issues).toEqual([
        { path: ['period', 'from'], message: 'must be a real calendar date written YYYY-MM-DD, got "2025-02-30"' },
      ]);
    }
  });

  it('names a bad date that is not a string by its value or its type', () => {
    const cases: [unknown, string][] = [[20260410, '20260410'], [true, 'true'], [null, 'null'], [undefined, 'undefined'], [{}, 'an object'], [['2026-04-10'], 'an array']];
    for (const [value, shown] of cases) {
      expect(() => checkDate(value, ['on'])).toThrowError(`must be a real calendar date written YYYY-MM-DD, got ${shown}`);
    }
  });

  it('counts days from 1970-01-01', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('1969-12-31')).toBe(-1);
    expect(fromDay(toDay('2026-04-10'))).toBe('2026-04-10');
    expect(weekdayOf(toDay('2026-04-10'))).toBe(5); // a Friday
    expect(weekdayOf(toDay('1900-01-01'))).toBe(1); // a Monday
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months and years with end-of-month clamping', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('refuses arithmetic that leaves years 0001–9999', () => {
    expect(() => addDays('9999-12-31', 1)).toThrowError(PolicyError);
    expect(() => addMonths('9999-12-01', 1)).toThrowError(PolicyError);
    expect(() => addDays('0001-01-01', -1)).toThrowError(PolicyError);
  });
});

describe('instants (CONV-3)', () => {
  it('compares instants across offsets', () => {
    const beijing = checkInstant('2026-04-10T09:30:00+08:00', ['at']);
    const utc = checkInstant('2026-04-10T01:30:00Z', ['at']);
    const la = checkInstant('2026-04-09T18:30:00-07:00', ['at']);
    expect(beijing).toBe(utc);
    expect(la).toBe(utc);
    expect(checkInstant('2026-04-10T01:30:00.250Z', ['at']) - utc).toBe(250);
    expect(checkInstant('2026-04-10T01:30Z', ['at'])).toBe(utc);
  });

  it.each([
    '2026-04-10T09:30:00', // no offset: local time would depend on the machine
    '2026-04-10',
    '2026-02-30T09:30:00+08:00',
    '2026-04-10T24:00:00Z',
    '2026-04-10T09:60:00Z',
    '2026-04-10 09:30:00+08:00',
    '2026-04-10T09:30:00+0800',
    '',
  ])('rejects %j', (s) => {
    expect(instantToEpoch(s)).toBeNull();
    expect(() => checkInstant(s, ['registeredAt'])).toThrowError(/registeredAt: must be an ISO 8601 instant with an offset/);
  });
});
