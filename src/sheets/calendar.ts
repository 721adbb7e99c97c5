import { businessCalendar, type BusinessCalendar } from '../periods/index.js';
import { PolicyError } from '../core/errors.js';
import { readDates } from './read.js';

/**
 * A business calendar (PER-6) from two ranges of dates: holidays, and
 * make-up working days (调休). Empty cells are skipped; a problem with a date
 * is reported at its cell.
 */
export function calendarOf(holidays: unknown, workdays: unknown): BusinessCalendar {
  const cells = {
    holidays: readDates(holidays, ['holidays']),
    workdays: readDates(workdays, ['workdays']),
  };
  try {
    return businessCalendar({ holidays: cells.holidays.map((d) => d.date), workdays: cells.workdays.map((d) => d.date) });
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    // The calendar names the n-th date of a list: name its cell instead.
    const at = (path: readonly (string | number)[]) => {
      const [list, i] = path;
      const hit = (list === 'holidays' || list === 'workdays') && typeof i === 'number' ? cells[list][i] : undefined;
      return hit === undefined ? path : hit.path;
    };
    throw new PolicyError(e.code, e.issues.map((i) => ({ path: at(i.path), message: i.message })));
  }
}
