/**
 * Helpers shared by the test suites: deep freezing, input snapshots and
 * PolicyError checks.
 */
import { expect } from 'vitest';
import { PolicyError, type PolicyErrorCode } from '../src/core/errors.js';

/** Freezes a value and everything it holds, so any write throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A deep copy via JSON, to compare an input before and after a call (Decimals become strings, which is enough here). */
export function snapshot(value: unknown): unknown {
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

/** A PolicyError's issues as plain `{ path, message }` records, in order. */
export function issueList(e: PolicyError): { path: (string | number)[]; message: string }[] {
  return e.issues.map((i) => ({ path: [...i.path], message: i.message }));
}

/** Asserts `fn` throws a PolicyError with `code` whose issues name exactly `paths`, in order. */
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
