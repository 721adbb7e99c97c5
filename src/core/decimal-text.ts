/**
 * Exact checks on plain decimal strings without decimal.js, so that validating
 * a policy (which every module does) does not pull the decimal library into
 * bundles that never compute money, such as `channel-policy/tiers`.
 * @module
 */

import { receivedValue } from './errors.js';

/** A plain decimal string: optional sign, digits, optional fraction. No exponent, no separators. */
export const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** Decimal places of a plain decimal string, ignoring trailing zeros (`"1.50"` has 1). */
export function placesOf(text: string): number {
  const dot = text.indexOf('.');
  if (dot < 0) return 0;
  return text.slice(dot + 1).replace(/0+$/, '').length;
}

/** The value of a plain decimal string times 10^places, exactly (places ≥ its own places). */
export function scaled(text: string, places: number): bigint {
  const negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  // split always yields at least one part, so `int` is always there
  const [int, frac = ''] = body.split('.') as [string, string?];
  const digits = BigInt(int + frac.padEnd(places, '0').slice(0, places));
  return negative ? -digits : digits;
}

/** Compares two plain decimal strings exactly: negative, zero or positive like a sort comparator. */
export function compareDecimalText(a: string, b: string): number {
  const places = Math.max(placesOf(a), placesOf(b));
  const x = scaled(a, places);
  const y = scaled(b, places);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A finite number's shortest decimal representation written out in plain
 * notation: `1e-7` → `"0.0000001"`, `1.5e+21` → `"1500000000000000000000"`.
 * Exact, since it only moves the decimal point of what `String` gave.
 */
export function plainNumberText(v: number): string {
  const t = String(v);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(t);
  if (m === null) return t;
  const [, sign, lead, rest = '', exp] = m;
  const digits = lead! + rest;
  const point = 1 + Number(exp); // where the point goes, counted from the first digit
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The exact sum of finite numbers, as their shortest decimal representations, compared with a plain decimal. */
export function sumEquals(values: readonly number[], target: string): boolean {
  const texts = values.map(plainNumberText);
  const places = Math.max(placesOf(target), ...texts.map(placesOf));
  return texts.reduce((acc, t) => acc + scaled(t, places), 0n) === scaled(target, places);
}

/** Magnitudes of money and rates must stay below 10^15. */
const LIMIT_DIGITS = 15;

/**
 * Checks a decimal string for a figure of `kind` without decimal.js: the
 * message that says what is wrong, or `null` when it is fine. Agrees with
 * `checkFigure` on strings.
 */
export function checkDecimalText(value: string, kind: 'cash' | 'signed' | 'rate', scale: number): string | null {
  const shown = receivedValue(value);
  if (!PLAIN_DECIMAL.test(value)) return `must be a plain decimal string such as "1234.56", got ${shown}`;
  const int = value.replace(/^[+-]/, '').split('.')[0]!.replace(/^0+/, '');
  if (int.length > LIMIT_DIGITS) return `is out of range: its magnitude must be below 10^15, got ${shown}`;
  const isZero = /^[+-]?0+(\.0+)?$/.test(value);
  if (kind !== 'signed' && value.startsWith('-') && !isZero) return `must not be negative, got ${shown}`;
  if (kind !== 'rate' && placesOf(value) > scale) return `must have at most ${scale} decimal places, got ${shown}`;
  return null;
}
