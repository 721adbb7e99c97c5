import { invalidInput } from '../core/errors.js';
import { halfYearReviews, quarterOf, trialEndsOn } from '../periods/index.js';
import { cloudProgram } from '../policy/presets.js';
import { runSheet } from './errors.js';
import { readChoice, readDate, readProgram, type Cell, type ProgramArg } from './read.js';
import { isEmpty } from './cells.js';
import { isoToSerial } from './serial.js';

/**
 * `=CP_REVIEW_PERIOD(date)`: the half-year review that covers a date (PER-1),
 * as the date serial of the review day: 10 April for 1 October–31 March, and
 * 10 October for 1 April–30 September. Format the cell as a date. Grouping
 * rows by this value sums a service center's performance per review.
 *
 * @param date - Any date in the period: a date cell or text `YYYY-MM-DD`.
 * @param part - Optional: `"review"` (default) the review day; `"from"` or `"to"`
 *   the first or last day of the half year it covers.
 * @param program - Optional: `"cloud"` (default). The telecom program reviews
 *   tiers by calendar quarter instead: see `CP_QUARTER`.
 * @returns A date serial.
 * @throws {PolicyError} naming `date` or `part`; `NOT_CONFIGURED` for a program without half-year reviews.
 *
 * @example
 * CP_REVIEW_PERIOD('2026-05-20'); //=> 46305 (2026-10-10)
 * CP_REVIEW_PERIOD('2026-11-03'); //=> 46487 (2027-04-10)
 * CP_REVIEW_PERIOD('2026-11-03', 'from'); //=> 46296 (2026-10-01)
 */
export function CP_REVIEW_PERIOD(date: Cell, part?: Cell, program?: ProgramArg): number {
  return runSheet('CP_REVIEW_PERIOD', () => {
    const policy = readProgram(program, cloudProgram);
    const day = readDate(date, ['date']);
    const which = isEmpty(part) ? 'review' : readChoice(part, ['part'], ['review', 'from', 'to']);
    const year = Number(day.slice(0, 4));
    // The review covering a day is held in its own year or the next one.
    const reviews = [year, year + 1].filter((y) => y >= 2 && y <= 9999).flatMap((y) => halfYearReviews(y, policy));
    const review = reviews.find((r) => r.covers.from <= day && day <= r.covers.to);
    if (review === undefined) throw invalidInput(['date'], `has no half-year review between years 0002 and 9999, got ${day}`);
    const out = which === 'review' ? review.reviewOn : which === 'from' ? review.covers.from : review.covers.to;
    return isoToSerial(out, ['date']);
  });
}

/**
 * `=CP_QUARTER(date)`: the calendar quarter of a date, `YYYY-Qn` (PER-3):
 * the period a telecom partner's tier is reviewed on.
 *
 * @param date - A date cell or text `YYYY-MM-DD`.
 * @returns The quarter, e.g. `"2026-Q2"`.
 * @throws {PolicyError} naming `date`.
 *
 * @example
 * CP_QUARTER('2026-05-20'); //=> '2026-Q2'
 */
export function CP_QUARTER(date: Cell): string {
  return runSheet('CP_QUARTER', () => quarterOf(readDate(date, ['date'])));
}

/**
 * `=CP_TRIAL_END(joinedOn)`: the last day of a new service center's trial
 * (PER-2), 3 calendar months after joining, as a date serial.
 *
 * @param joinedOn - The day the center joined.
 * @param program - Optional: `"cloud"` (default).
 * @returns A date serial.
 * @throws {PolicyError} naming `joinedOn`.
 *
 * @example
 * CP_TRIAL_END('2026-11-30'); //=> 46446 (2027-02-28)
 */
export function CP_TRIAL_END(joinedOn: Cell, program?: ProgramArg): number {
  return runSheet('CP_TRIAL_END', () => {
    const policy = readProgram(program, cloudProgram);
    return isoToSerial(trialEndsOn(readDate(joinedOn, ['joinedOn']), policy), ['joinedOn']);
  });
}
