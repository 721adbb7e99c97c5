/**
 * Exact money in minor units (fen for CNY): integers, never binary fractions.
 *
 * The hot path holds amounts as JavaScript numbers only while they are whole
 * numbers of minor units below 10^15 (< 2^53, so every sum below 2^52 of two
 * of them is exact); anything larger goes through `Dec` into a `bigint`.
 * Candidates for `src/core/money.ts`: `formatMinor`, `roundRateProduct`.
 * @module
 */
import { Dec } from '../core/decimal.js';
import { checkFigure, type Money, type Rate } from '../core/money.js';

/** 10^0 … 10^15, exact as numbers. */
export const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Largest number a bucket's running sum may hold before it moves into its bigint part. */
export const FLUSH_AT = 2 ** 52;

/**
 * The minor units of a plain cash figure (`"1234.56"`, `1234.56`, `"7"`), or
 * -1 when the value needs the exact slow path (a Decimal, a sign, an exponent,
 * too many digits, or something invalid). Whole-number results are below 10^15.
 */
export function fastMinor(value: unknown, scale: number): number {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value < POW10[15 - scale]!) return value * POW10[scale]! + 0;
    s = String(value);
  } else return -1;
  const n = s.length;
  if (n === 0 || n > 17) return -1;
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) break;
    if (c < 48 || c > 57) return -1;
    whole = whole * 10 + (c - 48);
  }
  // Whole digits + scale ≤ 15 keeps the result below 10^15.
  if (i === 0 || i + scale > 15) return -1;
  if (i === n) return whole * POW10[scale]!;
  let frac = 0;
  const places = n - i - 1;
  if (places === 0 || places > scale) return -1;
  for (i++; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    frac = frac * 10 + (c - 48);
  }
  return whole * POW10[scale]! + frac * POW10[scale - places]!;
}

/** The minor units of a cash figure through `Dec` (CONV-1), or the message saying what is wrong. */
export function slowMinor(value: unknown, scale: number): bigint | string {
  const d = checkFigure(value, 'cash', scale);
  if (typeof d === 'string') return d;
  return BigInt(d.times(new Dec(10).pow(scale)).toFixed(0));
}

/** Formats minor units as a money string at `scale` (`-1234` → `"-12.34"`). */
export function formatMinor(value: bigint, scale: number): Money {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${body}` : body;
}

/** Parses a money string written at exactly `scale` places (as statements hold them), or `null`. */
export function parseMinor(value: unknown, scale: number): bigint | null {
  if (typeof value !== 'string') return null;
  const re = scale === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${scale}}$`);
  if (!re.test(value)) return null;
  return BigInt(value.replace('.', ''));
}

/** A rate as an integer over a power of ten: `"0.25"` → `{ num: 25n, exp: 2 }`. */
export interface ScaledRate {
  readonly num: bigint;
  readonly exp: number;
}

/** Splits a plain, non-negative decimal rate string into integer and exponent. */
export function scaleRate(rate: Rate): ScaledRate {
  const dot = rate.indexOf('.');
  if (dot < 0) return { num: BigInt(rate), exp: 0 };
  return { num: BigInt(rate.slice(0, dot) + rate.slice(dot + 1)), exp: rate.length - dot - 1 };
}

/** n / d rounded half-up (away from zero on a tie), d > 0. */
export function roundRatio(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const a = negative ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return negative ? -q : q;
}

/** round(base × rate) in minor units, half-up, once (COM-6, CONV-2). */
export function roundRateProduct(base: bigint, rate: ScaledRate): bigint {
  return roundRatio(base * rate.num, 10n ** BigInt(rate.exp));
}

/** The canonical text of a rate (`"0.40"` → `"0.4"`). */
export function normalRate(rate: string): Rate {
  const d = new Dec(rate);
  return d.isZero() ? '0' : d.toFixed();
}
