import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  checkInstant,
  daysInMonth,
  fromDay,
  instantToEpoch,
  isIsoDate,
  MAX_DAY,
  MIN_DAY,
  toDay,
} from '../../src/core/dates.js';
import { issueList, policyErrorOf } from '../helpers.js';

const RANGE_MESSAGE = 'date arithmetic left the supported range 0001-01-01 to 9999-12-31';

/** The UTC epoch day of a proleptic Gregorian date, by the engine's own calendar (setUTCFullYear, so years below 100 stay themselves). */
function oracleDay(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime() / 86_400_000;
}

/** The ISO date the engine gives an epoch day, in UTC. */
function oracleIso(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

const anyDay = fc.integer({ min: MIN_DAY, max: MAX_DAY });

describe('day numbers across the whole range 0001-01-01 to 9999-12-31 (CONV-3)', () => {
  it('ends exactly at 0001-01-01 and 9999-12-31', () => {
    expect(MIN_DAY).toBe(oracleDay(1, 1, 1));
    expect(MAX_DAY).toBe(oracleDay(9999, 12, 31));
    expect(fromDay(MIN_DAY)).toBe('0001-01-01');
    expect(fromDay(MAX_DAY)).toBe('9999-12-31');
  });

  test.prop([anyDay])('fromDay agrees with the engine’s UTC calendar and toDay undoes it, for any day in range', (n) => {
    const iso = fromDay(n);
    expect(iso).toBe(oracleIso(n));
    expect(isIsoDate(iso)).toBe(true);
    expect(toDay(iso)).toBe(n);
  });

  it('round-trips the last day of every 400-year cycle (29 February of years divisible by 400) and its neighbours', () => {
    for (let y = 400; y <= 9600; y += 400) {
      for (const [m, d] of [[2, 28], [2, 29], [3, 1]] as const) {
        const iso = `${String(y).padStart(4, '0')}-0${m}-${String(d).padStart(2, '0')}`;
        const n = oracleDay(y, m, d);
        expect(toDay(iso)).toBe(n);
        expect(fromDay(n)).toBe(iso);
      }
    }
    expect(fromDay(toDay('2000-02-29'))).toBe('2000-02-29');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2000-02-29', 1)).toBe('2000-03-01');
  });

  it('knows the length of every month, with leap years every 4 years except centuries not divisible by 400', () => {
    const common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (const [y, leap] of [[1900, false], [2000, true], [2023, false], [2024, true], [2100, false], [2400, true], [1, false], [4, true], [9999, false]] as const) {
      for (let m = 1; m <= 12; m++) {
        const expected = m === 2 && leap ? 29 : common[m - 1]!;
        expect(daysInMonth(y, m), `${y}-${m}`).toBe(expected);
        // the engine agrees: the day after the month's last day is the 1st of the next month
        expect(oracleDay(y, m, expected + 1)).toBe(oracleDay(y, m + 1, 1));
        const ym = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
        expect(isIsoDate(`${ym}-${expected}`)).toBe(true);
        expect(isIsoDate(`${ym}-${expected + 1}`)).toBe(false);
      }
    }
  });

  test.prop([fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 })])(
    'daysInMonth agrees with the engine’s calendar for any month of any year',
    (y, m) => {
      expect(daysInMonth(y, m)).toBe(oracleDay(y, m + 1, 1) - oracleDay(y, m, 1));
    },
  );
});

describe('arithmetic that leaves 0001–9999 (CONV-3)', () => {
  it('raises INVALID_INPUT at the root with the supported range in words', () => {
    for (const f of [() => addDays('9999-12-31', 1), () => addDays('0001-01-01', -1), () => fromDay(MAX_DAY + 1), () => fromDay(MIN_DAY - 1), () => fromDay(Number.NaN)]) {
      const e = policyErrorOf(f);
      expect(e.code).toBe('INVALID_INPUT');
      expect(issueList(e)).toEqual([{ path: [], message: RANGE_MESSAGE }]);
    }
  });

  it('addMonths and addYears raise the same error past either end, and reach both ends exactly', () => {
    for (const f of [
      () => addMonths('9999-12-01', 1),
      () => addMonths('9999-01-31', 12),
      () => addMonths('0001-01-01', -1),
      () => addMonths('0001-12-31', -12),
      () => addYears('9999-02-28', 1),
      () => addYears('0001-06-15', -1),
    ]) {
      const e = policyErrorOf(f);
      expect(e.code).toBe('INVALID_INPUT');
      expect(issueList(e)).toEqual([{ path: [], message: RANGE_MESSAGE }]);
    }
    expect(addMonths('0001-02-28', -1)).toBe('0001-01-28');
    expect(addMonths('0001-01-31', 1)).toBe('0001-02-28');
    expect(addMonths('0002-01-31', -12)).toBe('0001-01-31');
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(addMonths('9998-12-31', 1)).toBe('9999-01-31');
    expect(addMonths('9999-01-31', 1)).toBe('9999-02-28');
    expect(addYears('9998-12-31', 1)).toBe('9999-12-31');
    expect(addYears('0002-01-01', -1)).toBe('0001-01-01');
  });
});

describe('instants that are not strings (CONV-3)', () => {
  it('are never instants, even a String object or an object whose text is a valid instant', () => {
    const text = '2026-04-10T09:30:00+08:00';
    for (const value of [new String(text), { toString: () => text }, [text]]) {
      expect(instantToEpoch(value)).toBeNull();
      const e = policyErrorOf(() => checkInstant(value, ['at']));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues.map((i) => i.path)).toEqual([['at']]);
    }
    expect(instantToEpoch(text)).toBe(Date.UTC(2026, 3, 10, 1, 30));
  });
});
