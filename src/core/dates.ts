/**
 * Calendar dates and instants (CONV-3).
 *
 * Calendar arithmetic works on day numbers (days since 1970-01-01) with plain
 * integer arithmetic, so no result can depend on the machine's time zone and
 * the hot paths never allocate a `Date`.
 * @module
 */
import { parseISO } from 'date-fns/parseISO';
import { invalidInput, receivedValue } from './errors.js';

/** A calendar date as `YYYY-MM-DD`, e.g. `"2026-04-10"`. */
export type IsoDate = string;
/** An instant in ISO 8601 with an offset or `Z`, e.g. `"2026-04-10T09:30:00+08:00"`. */
export type Instant = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** The earliest and latest supported dates, as day numbers. */
export const MIN_DAY = daysFromCivil(1, 1, 1);
export const MAX_DAY = daysFromCivil(9999, 12, 31);

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a proleptic Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `[year, month, day]` of a day number. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (years 0001–9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The message used for a bad date field. */
export const DATE_MESSAGE = 'must be a real calendar date written YYYY-MM-DD';

/** Validates a date field, or throws `PolicyError` naming `path`. */
export function checkDate(value: unknown, path: readonly (string | number)[]): IsoDate {
  if (!isIsoDate(value)) throw invalidInput(path, `${DATE_MESSAGE}, got ${receivedValue(value)}`);
  return value;
}

/** Day number of a valid ISO date (no validation: call {@link checkDate} first). */
export function toDay(date: IsoDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The ISO date of a day number; throws when it leaves years 0001–9999. */
export function fromDay(days: number): IsoDate {
  if (!(days >= MIN_DAY && days <= MAX_DAY)) {
    throw invalidInput([], 'date arithmetic left the supported range 0001-01-01 to 9999-12-31');
  }
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `date` plus `n` calendar days (n may be negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDay(toDay(date) + n);
}

/**
 * `date` plus `n` calendar months, clamped to the end of a shorter month
 * (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  if (y < 1 || y > 9999) fromDay(MAX_DAY + 1);
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `date` plus `n` calendar years; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, n: number): IsoDate {
  return addMonths(date, 12 * n);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Validates an instant with an offset, returning epoch milliseconds; or throws naming `path`. */
export function checkInstant(value: unknown, path: readonly (string | number)[]): number {
  const ms = instantToEpoch(value);
  if (ms === null) {
    throw invalidInput(
      path,
      `must be an ISO 8601 instant with an offset, such as "2026-04-10T09:30:00+08:00", got ${receivedValue(value)}`,
    );
  }
  return ms;
}

/** Epoch milliseconds of an ISO instant with an offset, or `null` when it is not one. */
export function instantToEpoch(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = INSTANT_RE.exec(value);
  if (m === null || !isIsoDate(m[1])) return null;
  // date-fns applies the written offset, so the instant is the same in every time zone.
  const ms = parseISO(value).getTime();
  return Number.isFinite(ms) ? ms : null;
}
