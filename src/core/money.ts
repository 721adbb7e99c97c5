/**
 * Exact money (CONV-1) and half-up rounding (CONV-2).
 * @module
 */
import { Dec, isDecimal, type Decimal } from './decimal.js';
import { PLAIN_DECIMAL } from './decimal-text.js';
import { invalidInput, receivedValue } from './errors.js';

/** A money or rate input: a plain decimal string (`"1234.56"`), a finite number, or a `Decimal`. */
export type MoneyInput = string | number | Decimal;
/** A money result: a decimal string at the currency scale, e.g. `"1234.50"`. */
export type Money = string;
/** A rate: an exact decimal string, e.g. `"0.4"`. */
export type Rate = string;

/** Money magnitudes must stay below 10^15 (a thousand trillion). */
export const MONEY_LIMIT = /* @__PURE__ */ new Dec('1e15');


/** What kind of figure a field holds, which decides what it may be. */
export type FigureKind =
  /** Cash received, refunded, owed or held: ≥ 0, at most `scale` places (CONV-1). */
  | 'cash'
  /** A signed amount at most `scale` places (adjustments, balances that may be owed). */
  | 'signed'
  /** A rate, bound or multiple: ≥ 0, any number of places. */
  | 'rate';

/**
 * Checks a money input without throwing: the exact value, or the message that
 * says what is wrong with it.
 */
export function checkFigure(value: unknown, kind: FigureKind, scale: number): Dec | string {
  let d: Dec;
  if (value === undefined) return 'is required';
  if (typeof value === 'string') {
    if (!PLAIN_DECIMAL.test(value)) {
      return `must be a plain decimal string such as "1234.56", got ${receivedValue(value)}`;
    }
    d = new Dec(value);
    if (d.isZero()) d = new Dec(0); // "-0" is zero, as the number -0 is
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `must be a finite number, got ${receivedValue(value)}`;
    d = new Dec(value === 0 ? 0 : value); // -0 is 0
  } else if (isDecimal(value)) {
    const v = value;
    if (!v.isFinite()) return `must be a finite Decimal, got ${v.toString()}`;
    d = new Dec(v.isZero() ? 0 : v.toString());
  } else {
    return `must be a decimal string, a finite number or a Decimal, got ${receivedValue(value)}`;
  }
  // A Decimal is named by its value, as a string or a number is.
  const got = () => (isDecimal(value) ? value.toString() : receivedValue(value));
  if (d.abs().gte(MONEY_LIMIT)) return `is out of range: its magnitude must be below 10^15, got ${got()}`;
  if (kind !== 'signed' && d.isNegative()) return `must not be negative, got ${got()}`;
  if (kind !== 'rate' && d.decimalPlaces() > scale) {
    return `must have at most ${scale} decimal places, got ${got()}`;
  }
  return d;
}

/**
 * Parses a money input into an exact decimal, or throws `PolicyError`
 * (`INVALID_INPUT`) naming `path`.
 */
export function parseFigure(
  value: unknown,
  path: readonly (string | number)[],
  kind: FigureKind = 'cash',
  scale = 2,
): Dec {
  const r = checkFigure(value, kind, scale);
  if (typeof r === 'string') throw invalidInput(path, r);
  return r;
}

/**
 * Rounds half-up to `scale` places and formats as a fixed-point string
 * (CONV-2). Zero is never signed.
 */
export function formatMoney(value: Dec, scale = 2): Money {
  const r = value.toDecimalPlaces(scale, Dec.ROUND_HALF_UP);
  return r.isZero() ? new Dec(0).toFixed(scale) : r.toFixed(scale);
}

/** Formats a rate exactly, in plain notation, with no trailing zeros (`"0.4"`). */
export function formatRate(value: Dec): Rate {
  return value.isZero() ? '0' : value.toFixed();
}
