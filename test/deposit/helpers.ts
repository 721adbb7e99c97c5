/**
 * Test helpers for the deposit module: an exact integer-cents oracle
 * independent of the library's Decimal code, deep freezing, and error checks.
 */
import { expect } from 'vitest';
import { PolicyError, type PolicyErrorCode } from '../../src/core/errors.js';

/** Exact cents of a money value with at most 2 places ("1234.5" → 123450n). */
export function cents(value: unknown): bigint {
  const s = String(value);
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (m === null) throw new Error(`not a 2-place money value: ${s}`);
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** Exact cents of a signed money result ("-20000.00" → -2000000n). */
export function signedCents(value: string): bigint {
  return value.startsWith('-') ? -cents(value.slice(1)) : cents(value);
}

/** Cents formatted as money at scale 2 (12345n → "123.45"; negative allowed). */
export function money(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

export const maxBig = (a: bigint, b: bigint): bigint => (a > b ? a : b);
export const minBig = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** Freezes a value and everything it holds, so any write throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A deep copy via JSON, to compare an input before and after a call (Decimals become strings, which is enough here). */
export function snapshot<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The PolicyError `fn` throws; fails when it throws anything else or nothing. */
export function policyErrorOf(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('expected a PolicyError, but nothing was thrown');
}

/** Asserts `fn` throws a PolicyError with `code` whose issues name exactly `paths`. */
export function expectPolicyError(
  fn: () => unknown,
  code: PolicyErrorCode,
  paths: readonly (readonly (string | number)[])[],
): PolicyError {
  const e = policyErrorOf(fn);
  expect(e.code).toBe(code);
  expect(e.issues.map((i) => i.path)).toEqual(paths);
  return e;
}
