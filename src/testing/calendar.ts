import fc from 'fast-check';
import { fromDay, toDay, weekdayOf, type IsoDate } from '../core/dates.js';
import type { BusinessCalendarInput } from '../periods/index.js';
import type { DateRange } from './core.js';

/** Options for generated business calendars. */
export interface CalendarOptions extends DateRange {
  /** Most holidays; default 30. */
  readonly maxHolidays?: number;
  /** Most make-up workdays; default 6. */
  readonly maxWorkdays?: number;
  /** Whether to vary the weekend days (default: always Saturday and Sunday). */
  readonly customWeekend?: boolean;
}

/**
 * The input of a valid `businessCalendar`: holidays, make-up workdays that fall
 * on weekend days and are not holidays, and a weekend that leaves working days.
 *
 * @example
 * businessCalendar(fc.sample(calendarInputArb(), 1)[0]); // never throws
 */
export function calendarInputArb(options: CalendarOptions = {}): fc.Arbitrary<BusinessCalendarInput & { holidays: IsoDate[]; workdays: IsoDate[]; weekend: number[] }> {
  const min = toDay(options.from ?? '2024-01-01');
  const max = toDay(options.to ?? '2028-12-31');
  const day = fc.integer({ min, max });
  const weekend = options.customWeekend
    ? fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 3 }).map((w) => w.sort((a, b) => a - b))
    : fc.constant<number[]>([0, 6]);
  return fc
    .record({
      holidays: fc.uniqueArray(day, { maxLength: options.maxHolidays ?? 30 }),
      workdays: fc.uniqueArray(day, { maxLength: (options.maxWorkdays ?? 6) * 4 }),
      weekend,
    })
    .map(({ holidays, workdays, weekend: w }) => {
      const off = new Set(holidays);
      const made = workdays.filter((d) => w.includes(weekdayOf(d)) && !off.has(d)).slice(0, options.maxWorkdays ?? 6);
      return { holidays: holidays.map(fromDay), workdays: made.map(fromDay), weekend: w };
    });
}
