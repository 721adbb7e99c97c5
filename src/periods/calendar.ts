import { checkDate, fromDay, isIsoDate, toDay, weekdayOf, type IsoDate } from '../core/dates.js';
import { invalidInput, PolicyError, receivedValue, showValue, type PolicyIssue, unreadable } from '../core/errors.js';

/** The days that count as business days (PER-6). Made by {@link businessCalendar}. */
export interface BusinessCalendar {
  /** Weekend days, 0 = Sunday … 6 = Saturday, ascending. */
  readonly weekend: readonly number[];
  /** Holidays, ascending and without repeats. */
  readonly holidays: readonly IsoDate[];
  /** Make-up working days (调休) on weekend days, ascending and without repeats. */
  readonly workdays: readonly IsoDate[];
  /** True when `date` is a working day: a weekday that is not a holiday, or a make-up workday. */
  isBusinessDay(date: IsoDate): boolean;
  /** `date` itself when it is a business day, else the next business day (顺延). */
  rollForward(date: IsoDate): IsoDate;
  /** The `n`-th business day after `date` (n ≥ 0; n = 0 gives `date` itself). */
  addBusinessDays(date: IsoDate, n: number): IsoDate;
}

/** What {@link businessCalendar} takes: all optional. */
export interface BusinessCalendarInput {
  /** Public holidays. Holidays on weekend days are allowed and change nothing. */
  readonly holidays?: readonly IsoDate[];
  /** Make-up working days (调休); each must fall on a weekend day and not be a holiday. */
  readonly workdays?: readonly IsoDate[];
  /** Weekend days, 0 = Sunday … 6 = Saturday; default `[0, 6]`. At least one day of the week must be a working day. */
  readonly weekend?: readonly number[];
}

const made = new WeakSet<object>();
const LAST_DAY = toDay('9999-12-31');

function dateList(value: unknown, key: string, issues: PolicyIssue[]): number[] {
  const days: number[] = [];
  if (Array.isArray(value)) {
    // Every index, holes included: a hole is a missing date, not a shorter list.
    for (let i = 0; i < value.length; i++) {
      const d: unknown = value[i];
      if (isIsoDate(d)) days.push(toDay(d));
      else issues.push({ path: [key, i], message: `must be a real calendar date written YYYY-MM-DD, got ${receivedValue(d)}` });
    }
  } else if (value !== undefined) {
    issues.push({ path: [key], message: 'must be an array of YYYY-MM-DD dates' });
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * A business calendar (PER-6): weekends plus holidays, with make-up working
 * days (调休) that fall on weekends. The library ships no holiday data: pass
 * the dates your authority publishes.
 *
 * @param input - Holidays, make-up workdays and weekend days; all optional.
 * @returns A frozen calendar with `isBusinessDay`, `rollForward` and `addBusinessDays`.
 * @throws {PolicyError} `INVALID_INPUT` for a bad date, a date listed both as
 *   holiday and workday, a workday that is not on a weekend day, or a weekend
 *   that leaves no working day.
 *
 * @example
 * const cal = businessCalendar({ holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] });
 * cal.isBusinessDay('2026-10-10'); //=> true (a Saturday worked in exchange)
 * cal.rollForward('2026-10-01'); //=> '2026-10-05'
 * cal.addBusinessDays('2026-09-30', 1); //=> '2026-10-05'
 */
export function businessCalendar(input: BusinessCalendarInput = {}): BusinessCalendar {
  const issues: PolicyIssue[] = [];
  let weekend = [0, 6];
  try {
    // Inside the try: Array.isArray throws on a revoked proxy.
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw invalidInput([], 'must be an object { holidays?, workdays?, weekend? }');
    }
    const rawWeekend: unknown = input.weekend;
    if (rawWeekend !== undefined) {
      if (!Array.isArray(rawWeekend)) {
        issues.push({ path: ['weekend'], message: 'must be an array of weekday numbers, 0 = Sunday … 6 = Saturday' });
      } else {
        // Every index, holes included: a hole is not a weekday.
        for (let i = 0; i < rawWeekend.length; i++) {
          const d: unknown = rawWeekend[i];
          if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6) {
            issues.push({ path: ['weekend', i], message: 'must be a weekday number from 0 (Sunday) to 6 (Saturday)' });
          }
        }
        weekend = [...new Set(rawWeekend as number[])].sort((a, b) => a - b);
        if (weekend.length >= 7) issues.push({ path: ['weekend'], message: 'must leave at least one working day in the week' });
      }
    }
    const holidays = dateList(input.holidays, 'holidays', issues);
    const rawWorkdays: unknown = input.workdays;
    const workdays = dateList(rawWorkdays, 'workdays', issues);
    const holidaySet = new Set(holidays);
    const weekendSet = new Set(weekend);
    if (Array.isArray(rawWorkdays)) {
      rawWorkdays.forEach((d: unknown, i) => {
        if (!isIsoDate(d)) return;
        const day = toDay(d);
        if (holidaySet.has(day)) issues.push({ path: ['workdays', i], message: `${d} is listed both as a holiday and as a workday` });
        else if (!weekendSet.has(weekdayOf(day))) issues.push({ path: ['workdays', i], message: `${d} is not on a weekend day, so it cannot be a make-up workday` });
      });
    }
    if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
    return makeCalendar(weekend, holidays, workdays);
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw invalidInput([], unreadable(e));
  }
}

function makeCalendar(weekend: number[], holidays: number[], workdays: number[]): BusinessCalendar {
  const weekendSet = new Set(weekend);
  const holidaySet = new Set(holidays);
  const workdaySet = new Set(workdays);
  const isBusiness = (day: number) =>
    workdaySet.has(day) || (!weekendSet.has(weekdayOf(day)) && !holidaySet.has(day));
  const calendar: BusinessCalendar = {
    weekend: Object.freeze([...weekend]),
    holidays: Object.freeze(holidays.map(fromDay)),
    workdays: Object.freeze(workdays.map(fromDay)),
    isBusinessDay(date) {
      return isBusiness(toDay(checkDate(date, ['date'])));
    },
    rollForward(date) {
      let day = toDay(checkDate(date, ['date']));
      while (!isBusiness(day)) {
        day++;
        if (day > LAST_DAY) throw invalidInput(['date'], 'has no business day from it to 9999-12-31');
      }
      return fromDay(day);
    },
    addBusinessDays(date, n) {
      let day = toDay(checkDate(date, ['date']));
      if (!Number.isSafeInteger(n) || n < 0) {
        throw invalidInput(['n'], `must be a whole number ≥ 0, got ${showValue(n)}`);
      }
      for (let left = n; left > 0; ) {
        day++;
        if (isBusiness(day)) left--;
        if (day > LAST_DAY) throw invalidInput(['n'], 'reaches past 9999-12-31');
      }
      return fromDay(day);
    },
  };
  made.add(calendar);
  return Object.freeze(calendar);
}

/** The default calendar: Saturday and Sunday off, no holidays. */
export const weekendsOnly: BusinessCalendar = makeCalendar([0, 6], [], []);

/**
 * Accepts a calendar made by {@link businessCalendar}, or the plain input of
 * one (as rebuilt from JSON), or nothing (weekends only).
 */
export function toCalendar(value: unknown, path: readonly (string | number)[]): BusinessCalendar {
  if (value === undefined) return weekendsOnly;
  // WeakSet.has answers false for anything that is not an object.
  if (made.has(value as object)) return value as BusinessCalendar;
  try {
    return businessCalendar(value as BusinessCalendarInput);
  } catch (e) {
    if (e instanceof PolicyError) {
      throw new PolicyError(e.code, e.issues.map((i) => ({ path: [...path, ...i.path], message: i.message })));
    }
    throw e;
  }
}
