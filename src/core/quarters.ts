/**
 * Calendar quarters (`YYYY-Qn`) and months (`YYYY-MM`), TZ-free.
 * @module
 */
import { daysInMonth, type IsoDate } from './dates.js';
import { invalidInput, quoteValue } from './errors.js';

/** A calendar quarter, e.g. `"2026-Q1"`. */
export type Quarter = string;
/** A calendar month, e.g. `"2026-01"`. */
export type Month = string;

const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Parses `YYYY-Qn` into year and quarter number, or throws naming `path`. */
export function checkQuarter(value: unknown, path: readonly (string | number)[]): { year: number; q: number } {
  const m = typeof value === 'string' ? QUARTER_RE.exec(value) : null;
  if (m === null || Number(m[1]) < 1) {
    throw invalidInput(path, `must be a calendar quarter written YYYY-Qn, such as "2026-Q1", got ${quoteValue(value)}`);
  }
  return { year: Number(m[1]), q: Number(m[2]) };
}

/** Parses `YYYY-MM` into year and month, or throws naming `path`. */
export function checkMonth(value: unknown, path: readonly (string | number)[]): { year: number; month: number } {
  const m = typeof value === 'string' ? MONTH_RE.exec(value) : null;
  if (m === null || Number(m[1]) < 1) {
    throw invalidInput(path, `must be a calendar month written YYYY-MM, such as "2026-01", got ${quoteValue(value)}`);
  }
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** The first and last day of month `month` (1–12) of `year`. */
export function monthBounds(year: number, month: number): { from: IsoDate; to: IsoDate } {
  return {
    from: `${pad(year, 4)}-${pad(month, 2)}-01`,
    to: `${pad(year, 4)}-${pad(month, 2)}-${pad(daysInMonth(year, month), 2)}`,
  };
}

/** The first and last day of quarter `q` (1–4) of `year`. */
export function quarterBounds(year: number, q: number): { from: IsoDate; to: IsoDate } {
  return { from: monthBounds(year, q * 3 - 2).from, to: monthBounds(year, q * 3).to };
}

/** The quarter `n` quarters after (`n` < 0: before) quarter `q` of `year`. */
export function shiftQuarter(year: number, q: number, n: number): { year: number; q: number } {
  const total = year * 4 + (q - 1) + n;
  const y = Math.floor(total / 4);
  return { year: y, q: total - y * 4 + 1 };
}

/** Formats a year and quarter as `YYYY-Qn`. */
export function formatQuarter(year: number, q: number): Quarter {
  return `${pad(year, 4)}-Q${q}`;
}

/** The quarter a valid ISO date falls in. */
export function quarterOfDate(date: IsoDate): { year: number; q: number } {
  return { year: Number(date.slice(0, 4)), q: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
}
