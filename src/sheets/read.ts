/**
 * Reading spreadsheet arguments into the clean values the modules take.
 * Each reader throws `INVALID_INPUT` naming the argument; `runSheet` adds the
 * function's name. Empty cells are "absent" only where a reader says so.
 * @module
 */
import { instantToEpoch, isIsoDate, type Instant, type IsoDate } from '../core/dates.js';
import { Dec } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { MONEY_LIMIT } from '../core/money.js';
import { cloudProgram, telecomProgram } from '../policy/presets.js';
import { usePolicy } from '../policy/seal.js';
import type { Policy, Tier } from '../policy/types.js';
import { isDateObject, isEmpty, shown, type Cell, type CellRange } from './cells.js';
import { serialToIso } from './serial.js';

type Path = readonly (string | number)[];

/** A program argument: `"telecom"`, `"cloud"`, or (from code) a policy object. */
export type ProgramArg = Cell | Policy;

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Text of a number cell, or `null` when the cell holds no number. */
function numberText(value: unknown): string | null {
  if (typeof value === 'number') {
    // What the spreadsheet shows: 15 significant digits, so 0.1 + 0.2 reads as 0.3.
    return Number.isFinite(value) ? new Dec(value.toPrecision(15)).toFixed() : null;
  }
  if (typeof value === 'string' && PLAIN_NUMBER.test(value.trim())) return value.trim();
  return null;
}

/** Fails with "is required" for an empty cell. */
function required(value: unknown, path: Path, what: string): void {
  if (isEmpty(value)) throw invalidInput(path, `is required: ${what}`);
}

/** A whole number ≥ `min`, from a number or text such as "12". */
export function readWholeNumber(value: unknown, path: Path, min = 0): number {
  const text = numberText(value);
  const n = text === null ? Number.NaN : Number(text);
  if (!Number.isSafeInteger(n) || n < min || (typeof value === 'number' && value !== n)) {
    throw invalidInput(path, `must be a whole number ≥ ${min}, got ${shown(value)}`);
  }
  return n;
}

/** A score from 0 to 100, from a number or text such as "85.5". */
export function readScore(value: unknown, path: Path): number {
  const text = numberText(value);
  const n = text === null ? Number.NaN : Number(text);
  if (!(n >= 0 && n <= 100)) throw invalidInput(path, `must be a score from 0 to 100, got ${shown(value)}`);
  return n;
}

/**
 * An exact amount of money: a number (read as the spreadsheet shows it, to 15
 * significant digits) or text such as "1234.56". Cash is never negative and
 * has at most `scale` decimal places (CONV-1).
 */
export function readMoney(value: unknown, path: Path, scale: number, kind: 'cash' | 'signed' = 'cash'): Dec {
  required(value, path, 'an amount such as 1234.56');
  const text = numberText(value);
  if (text === null) throw invalidInput(path, `must be an amount such as 1234.56, got ${shown(value)}`);
  const d = new Dec(text);
  if (d.abs().gte(MONEY_LIMIT)) throw invalidInput(path, `must be below 10^15 in size, got ${shown(value)}`);
  if (kind === 'cash' && d.isNegative() && !d.isZero()) throw invalidInput(path, `must not be negative, got ${shown(value)}`);
  if (d.decimalPlaces() > scale) {
    throw invalidInput(path, `must have at most ${scale} decimal places, got ${shown(value)} (round it with ROUND(…, ${scale}) first)`);
  }
  return d.isZero() ? new Dec(0) : d;
}

/** Non-empty text; a number cell counts as its digits (ids are often numbers). */
export function readId(value: unknown, path: Path): string {
  required(value, path, 'an id');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw invalidInput(path, `must be text or a number, got ${shown(value)}`);
  return value;
}

/** Non-empty text, trimmed. */
export function readText(value: unknown, path: Path, what: string): string {
  required(value, path, what);
  if (typeof value !== 'string') throw invalidInput(path, `must be ${what}, got ${shown(value)}`);
  return value.trim();
}

/** One of `options` (case and surrounding spaces ignored), or an alias of one. */
export function readChoice<T extends string>(
  value: unknown,
  path: Path,
  options: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): T {
  const list = options.map((o) => `'${o}'`).join(', ').replace(/, ([^,]*)$/, ' or $1');
  required(value, path, list);
  const key = typeof value === 'string' ? value.trim().toLowerCase() : null;
  const hit = key === null ? undefined : (options.find((o) => o === key) ?? (Object.prototype.hasOwnProperty.call(aliases, key) ? aliases[key] : undefined));
  if (hit === undefined) throw invalidInput(path, `must be ${list}, got ${shown(value)}`);
  return hit;
}

const TIER_NAMES: Readonly<Record<string, Tier>> = {
  金牌: 'gold',
  金牌渠道: 'gold',
  银牌: 'silver',
  银牌渠道: 'silver',
  普通: 'ordinary',
  普通渠道: 'ordinary',
};

/** A tier: gold, silver or ordinary (or its name in the source, 金牌渠道 …); `undefined` for an empty cell. */
export function readTier(value: unknown, path: Path): Tier | undefined {
  return isEmpty(value) ? undefined : readChoice<Tier>(value, path, ['gold', 'silver', 'ordinary'], TIER_NAMES);
}

/** A date: a date serial (a date cell), or text `YYYY-MM-DD` (CONV-3). */
export function readDate(value: unknown, path: Path): IsoDate {
  required(value, path, 'a date (a date cell or text YYYY-MM-DD)');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidInput(path, `must be a date, got ${shown(value)}`);
    return serialToIso(value, path);
  }
  if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
  if (isDateObject(value)) {
    // A Date's calendar day depends on a time zone: the caller must say which (see the guide).
    throw invalidInput(path, 'must be a date serial or text YYYY-MM-DD, got a JavaScript Date (convert it in the time zone of the sheet first)');
  }
  throw invalidInput(path, `must be a real date (a date cell or text YYYY-MM-DD), got ${shown(value)}`);
}

/** A date, or `undefined` for an empty cell. */
export function readOptionalDate(value: unknown, path: Path): IsoDate | undefined {
  return isEmpty(value) ? undefined : readDate(value, path);
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month `YYYY-MM`: text `YYYY-MM`, or any date in it (a date cell: typing 2026-01 makes one). */
export function readMonth(value: unknown, path: Path): string {
  required(value, path, 'a month (text YYYY-MM or a date in the month)');
  if (typeof value === 'string' && MONTH_RE.test(value.trim()) && value.trim() >= '0001') return value.trim();
  try {
    return readDate(value, path).slice(0, 7);
  } catch {
    throw invalidInput(path, `must be a month written YYYY-MM or a date in that month, got ${shown(value)}`);
  }
}

/** An instant: text ISO 8601 with an offset, such as "2026-04-10T09:30:00+08:00" (CONV-3). */
export function readInstant(value: unknown, path: Path): Instant {
  required(value, path, 'a time written like 2026-04-10T09:30:00+08:00');
  const text = typeof value === 'string' ? value.trim() : value;
  if (instantToEpoch(text) === null) {
    throw invalidInput(path, `must be a time with its UTC offset, such as '2026-04-10T09:30:00+08:00', got ${shown(value)}`);
  }
  return text as Instant;
}

/**
 * A range as rows of cells. A bare cell is a one-cell range (Google Sheets
 * passes one that way); an empty cell is an empty range.
 */
export function readRows(value: unknown, path: Path): readonly (readonly unknown[])[] {
  if (isEmpty(value)) return [];
  if (!Array.isArray(value)) return [[value]];
  return value.map((row: unknown, i) => {
    if (Array.isArray(row)) return row as unknown[];
    if (typeof row === 'object' && row !== null) throw invalidInput([...path, i], `must be a row of cells, got ${shown(row)}`);
    return [row]; // a one-column range written as a flat list, from code
  });
}

/** Every date in a range with the path of its cell, skipping empty cells; bad cells are named by row and column. */
export function readDates(value: unknown, path: Path): { date: IsoDate; path: Path }[] {
  const dates: { date: IsoDate; path: Path }[] = [];
  readRows(value, path).forEach((row, r) =>
    row.forEach((cell, c) => {
      const at = [...path, r, c];
      if (!isEmpty(cell)) dates.push({ date: readDate(cell, at), path: at });
    }),
  );
  return dates;
}

/** The program a function uses: `fallback` for an empty cell. */
export function readProgram(value: unknown, fallback: Policy): Policy {
  if (isEmpty(value)) return fallback;
  if (typeof value === 'object' && !Array.isArray(value) && !isDateObject(value)) return usePolicy(value);
  const name = readChoice(value, ['program'], ['telecom', 'cloud']);
  return name === 'telecom' ? telecomProgram : cloudProgram;
}

/** Re-exported for the function files. */
export type { Cell, CellRange };
