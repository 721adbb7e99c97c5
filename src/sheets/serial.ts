import { daysFromCivil, fromDay, isIsoDate, MAX_DAY, toDay, type IsoDate } from '../core/dates.js';
import { invalidInput } from '../core/errors.js';
import { runSheet } from './errors.js';

/** Day 0 of Excel and Google Sheets serials: 1899-12-30, as a day number. */
const SERIAL_EPOCH = daysFromCivil(1899, 12, 30);
/**
 * Serial 61 is 1900-03-01. Below it Excel counts its fictitious 29 February
 * 1900 and Google Sheets does not, so the two disagree: such serials are refused.
 */
export const FIRST_SERIAL = 61;
/** Serial of 9999-12-31, the last date the library handles. */
export const LAST_SERIAL = MAX_DAY - SERIAL_EPOCH;

const SERIAL_RANGE = `a date serial from ${FIRST_SERIAL} (1900-03-01) to ${LAST_SERIAL} (9999-12-31)`;

/** The date of a serial, reading a date-time serial as its day (as YEAR() and DAY() do); or throws naming `path`. */
export function serialToIso(serial: number, path: readonly (string | number)[]): IsoDate {
  const day = Math.floor(serial);
  if (!(day >= FIRST_SERIAL && day <= LAST_SERIAL)) {
    throw invalidInput(path, `must be ${SERIAL_RANGE}, got ${String(serial)}`);
  }
  return fromDay(day + SERIAL_EPOCH);
}

/** The serial of a date from 1900-03-01 on; or throws naming `path`. */
export function isoToSerial(date: IsoDate, path: readonly (string | number)[]): number {
  const serial = toDay(date) - SERIAL_EPOCH;
  if (serial < FIRST_SERIAL) {
    throw invalidInput(path, `${date} is before 1900-03-01, which spreadsheets do not agree on as a date serial`);
  }
  return serial;
}

/**
 * The calendar date of a spreadsheet date serial, as Excel and Google Sheets
 * count them (day 0 = 1899-12-30). A serial with a time of day gives its
 * date. Pure integer arithmetic: the machine's time zone plays no part.
 *
 * @param serial - A serial from 61 (1900-03-01) to 2958465 (9999-12-31).
 * @returns The date as `YYYY-MM-DD`.
 * @throws {PolicyError} `INVALID_INPUT` for anything else, including serials
 *   before 61, on which Excel (with its 29 February 1900) and Google Sheets disagree.
 *
 * @example
 * dateFromSerial(46122); //=> '2026-04-10'
 * dateFromSerial(46122.75); //=> '2026-04-10' (6 pm that day)
 */
export function dateFromSerial(serial: number): IsoDate {
  return runSheet('dateFromSerial', () => {
    // NaN and ±Infinity are numbers: serialToIso refuses them with this same message.
    if (typeof serial !== 'number') {
      throw invalidInput(['serial'], `must be ${SERIAL_RANGE}, got ${String(serial)}`);
    }
    return serialToIso(serial, ['serial']);
  });
}

/**
 * The spreadsheet date serial of a calendar date (day 0 = 1899-12-30), to put
 * in a cell formatted as a date.
 *
 * @param date - A date from 1900-03-01 to 9999-12-31, written `YYYY-MM-DD`.
 * @returns Its serial: a whole number.
 * @throws {PolicyError} `INVALID_INPUT` for a malformed date or one before 1900-03-01.
 *
 * @example
 * serialFromDate('2026-04-10'); //=> 46122
 */
export function serialFromDate(date: IsoDate): number {
  return runSheet('serialFromDate', () => {
    if (!isIsoDate(date)) {
      throw invalidInput(['date'], `must be a real calendar date written YYYY-MM-DD, got ${typeof date === 'string' ? `'${date}'` : String(date)}`);
    }
    return isoToSerial(date, ['date']);
  });
}
