/**
 * Instants at registration volume (CONV-3). `checkInstant` in core goes through
 * a regular expression and date-fns for every value; a conflict run reads
 * hundreds of thousands of instants, so this module reads them by character
 * codes with integer arithmetic and no `Date`. It accepts exactly what
 * `checkInstant` accepts and gives the same epoch milliseconds (a property
 * test holds it to that). Candidates to move to core.
 * @module
 */
import { daysFromCivil, daysInMonth, instantToEpoch } from '../core/dates.js';

const DAY_MS = 86_400_000;

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Epoch milliseconds of an ISO 8601 instant with an offset
 * (`YYYY-MM-DDTHH:mm[:ss[.fraction]](Z|±HH:mm)`), or `NaN` when `value` is not one.
 * Offsets are honoured, so the result never depends on the machine's time zone.
 */
export function parseInstant(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  const s = value;
  const n = s.length;
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return NaN;
  const hi = two(s, 0);
  const lo = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  const year = hi * 100 + lo;
  if (year < 1 || day > daysInMonth(year, month)) return NaN;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    second = two(s, i + 1);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    if (s.charCodeAt(i) === 46) {
      let digits = 0;
      let j = i + 1;
      for (let c = s.charCodeAt(j) - 48; c >= 0 && c <= 9; c = s.charCodeAt(++j) - 48) {
        if (digits < 3) ms = ms * 10 + c;
        digits++;
      }
      if (digits === 0 || digits > 9) return NaN;
      // Beyond milliseconds date-fns rounds through binary floating point; defer to it so both agree.
      if (digits > 3) return instantToEpoch(s) ?? NaN;
      ms *= digits === 1 ? 100 : digits === 2 ? 10 : 1;
      i = j;
    }
  }
  let offset = 0;
  const z = s.charCodeAt(i);
  if (z === 90) {
    i += 1;
  } else if (z === 43 || z === 45) {
    const oh = two(s, i + 1);
    const om = two(s, i + 4);
    if (s.charCodeAt(i + 3) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (z === 43 ? 1 : -1) * (oh * 60 + om) * 60_000;
    i += 6;
  } else {
    return NaN;
  }
  if (i !== n) return NaN;
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms - offset;
}

/**
 * An instant written in UTC, exactly as `Date.prototype.toISOString` writes it
 * (`"2026-04-10T01:30:00.000Z"`; years outside 0000–9999 as `±YYYYYY`), without a `Date`.
 * Results give every instant this way, so they are the same whatever offsets
 * the input used and sort as text.
 */
export function formatInstant(epochMs: number): string {
  const days = Math.floor(epochMs / DAY_MS);
  let rest = epochMs - days * DAY_MS;
  const h = (rest / 3_600_000) | 0;
  rest -= h * 3_600_000;
  const mi = (rest / 60_000) | 0;
  rest -= mi * 60_000;
  const s = (rest / 1000) | 0;
  const ms = rest - s * 1000;
  // civilFromDays, inlined: no array per instant.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) {
    const p = (n: number, w: number) => String(n).padStart(w, '0');
    return `${y < 0 ? '-' : '+'}${p(Math.abs(y), 6)}-${p(m, 2)}-${p(d, 2)}T${p(h, 2)}:${p(mi, 2)}:${p(s, 2)}.${p(ms, 3)}Z`;
  }
  // One flat string from character codes: concatenating parts would leave a rope of small strings per instant.
  return String.fromCharCode(
    48 + ((y / 1000) | 0), 48 + ((y / 100) | 0) % 10, 48 + ((y / 10) | 0) % 10, 48 + (y % 10), 45,
    48 + ((m / 10) | 0), 48 + (m % 10), 45, 48 + ((d / 10) | 0), 48 + (d % 10), 84,
    48 + ((h / 10) | 0), 48 + (h % 10), 58, 48 + ((mi / 10) | 0), 48 + (mi % 10), 58,
    48 + ((s / 10) | 0), 48 + (s % 10), 46, 48 + ((ms / 100) | 0), 48 + ((ms / 10) | 0) % 10, 48 + (ms % 10), 90,
  );
}
