/**
 * Test helpers for the conflict module: building registrations tersely,
 * deep freezing, and checking errors.
 */
import { expect } from 'vitest';
import type { Party, Progress, Registration, Stage } from '../../src/conflict/index.js';
import { PolicyError, type PolicyErrorCode } from '../../src/core/errors.js';

export const partner = (id: string): Party => ({ kind: 'partner', id });
export const direct = (id: string): Party => ({ kind: 'direct', id });

/** A registration; `progress` as `[stage, at]` pairs. */
export function reg(id: string, customerId: string, party: Party, registeredAt: string, progress?: [Stage, string][]): Registration {
  const r: Registration = { id, customerId, party, registeredAt };
  if (progress === undefined) return r;
  return { ...r, progress: progress.map(([stage, at]): Progress => ({ stage, at })) };
}

/** Freezes a value and everything it holds, so any write throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Runs `fn`, expecting a `PolicyError` with `code` whose issues are at exactly `paths`; returns it. */
export function expectPolicyError(fn: () => unknown, code: PolicyErrorCode, paths: (string | number)[][]): PolicyError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(PolicyError);
  const error = caught as PolicyError;
  expect(error.code).toBe(code);
  expect(error.issues.map((i) => i.path)).toEqual(paths);
  return error;
}
