import { checkDate, type IsoDate } from '../core/dates.js';
import { invalidInput, showValue } from '../core/errors.js';
import {
  checkMonth,
  checkQuarter,
  formatQuarter,
  monthBounds,
  quarterBounds,
  quarterOfDate,
  shiftQuarter,
  type Month,
  type Quarter,
} from '../core/quarters.js';

/**
 * The calendar quarter a date falls in (PER-3).
 * @throws {PolicyError} `INVALID_INPUT` for a bad date.
 * @example
 * quarterOf('2026-05-20'); //=> '2026-Q2'
 */
export function quarterOf(date: IsoDate): Quarter {
  const { year, q } = quarterOfDate(checkDate(date, ['date']));
  return formatQuarter(year, q);
}

/**
 * The first and last day of a quarter, inclusive.
 * @throws {PolicyError} `INVALID_INPUT` for a quarter not written `YYYY-Qn`.
 * @example
 * quarterRange('2026-Q1'); //=> { from: '2026-01-01', to: '2026-03-31' }
 */
export function quarterRange(quarter: Quarter): { from: IsoDate; to: IsoDate } {
  const { year, q } = checkQuarter(quarter, ['quarter']);
  return quarterBounds(year, q);
}

/**
 * The quarter `n` quarters after `quarter` (before it when `n` is negative).
 * @throws {PolicyError} `INVALID_INPUT` for a bad quarter or `n`, or a result outside years 0001–9999.
 * @example
 * addQuarters('2026-Q4', 1); //=> '2027-Q1'
 */
export function addQuarters(quarter: Quarter, n: number): Quarter {
  const { year, q } = checkQuarter(quarter, ['quarter']);
  if (!Number.isSafeInteger(n)) throw invalidInput(['n'], `must be a whole number, got ${showValue(n)}`);
  const r = shiftQuarter(year, q, n);
  if (r.year < 1 || r.year > 9999) throw invalidInput(['n'], 'moves the quarter outside years 0001–9999');
  return formatQuarter(r.year, r.q);
}

/**
 * The first and last day of a month, inclusive.
 * @throws {PolicyError} `INVALID_INPUT` for a month not written `YYYY-MM`.
 * @example
 * monthRange('2028-02'); //=> { from: '2028-02-01', to: '2028-02-29' }
 */
export function monthRange(month: Month): { from: IsoDate; to: IsoDate } {
  const { year, month: m } = checkMonth(month, ['month']);
  return monthBounds(year, m);
}
