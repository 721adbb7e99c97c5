/** Test helpers for the spreadsheet functions. */
import { expect } from 'vitest';
import type { PolicyError, PolicyErrorCode } from '../../src/core/errors.js';
import { policyErrorOf } from '../helpers.js';

/** The PolicyError `fn` throws; fails when it throws anything else or nothing. */
export const sheetErrorOf = policyErrorOf;

/** Asserts `fn` throws a PolicyError with `code`, naming `path`, whose message is exactly `message`. */
export function expectSheetError(
  fn: () => unknown,
  code: PolicyErrorCode,
  path: readonly (string | number)[],
  message: string | RegExp,
): PolicyError {
  const e = sheetErrorOf(fn);
  expect(e.code).toBe(code);
  expect(e.issues.map((i) => i.path)).toEqual([path]);
  if (typeof message === 'string') expect(e.message).toBe(message);
  else expect(e.message).toMatch(message);
  return e;
}

/** Freezes a value and everything it holds, so any write throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Exact cents of a number result at scale 2 (3600.5 → 360050n); fails on anything that is not whole cents. */
export function centsOfNumber(value: number): bigint {
  const text = value.toFixed(2);
  expect(Number(text)).toBe(value);
  const [whole, frac] = text.split('.');
  return BigInt(whole!) * 100n + BigInt(frac!) * (text.startsWith('-') ? -1n : 1n);
}
