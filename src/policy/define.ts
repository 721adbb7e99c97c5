import { PolicyError, type PolicyIssue, unreadable } from '../core/errors.js';
import { FORBIDDEN_KEYS } from '../core/validate.js';
import { sealPolicy, usePolicy } from './seal.js';
import type { Policy, PolicyOverrides } from './types.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A policy is a few levels deep; anything deeper is a mistake or a cycle. */
const MAX_DEPTH = 16;

function tooDeep(path: (string | number)[], issues: PolicyIssue[]): boolean {
  if (path.length <= MAX_DEPTH) return false;
  issues.push({ path: path.slice(0, MAX_DEPTH), message: 'is nested too deeply (a cycle?)' });
  return true;
}

/** Copies plain data, refusing keys that could reach a prototype. */
function copyData(value: unknown, path: (string | number)[], issues: PolicyIssue[]): unknown {
  if (tooDeep(path, issues)) return undefined;
  if (Array.isArray(value)) return value.map((v, i) => copyData(v, [...path, i], issues));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ path: [...path, key], message: `the key "${key}" is not allowed in a policy` });
      continue;
    }
    out[key] = copyData(value[key], [...path, key], issues);
  }
  return out;
}

/** Deep-merges plain objects; arrays, primitives and null replace; undefined leaves the base value. */
function merge(base: unknown, override: unknown, path: (string | number)[], issues: PolicyIssue[]): unknown {
  if (tooDeep(path, issues)) return undefined;
  if (override === undefined) return copyData(base, path, issues);
  if (!isPlainObject(override) || !isPlainObject(base)) return copyData(override, path, issues);
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(base)) out[key] = copyData(base[key], [...path, key], issues);
  for (const key of Object.keys(override)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ path: [...path, key], message: `the key "${key}" is not allowed in a policy` });
      continue;
    }
    out[key] = merge(base[key], override[key], [...path, key], issues);
  }
  return out;
}

/**
 * Makes a new policy from a base policy and overrides: plain objects merge
 * deeply, arrays and other values replace, and unknown keys are an error. The
 * result is validated and deeply frozen; the base and the overrides are left
 * untouched.
 *
 * @param base - The policy to start from, such as `telecomProgram`.
 * @param overrides - Plain data shaped like a policy, every key optional.
 * @returns A new, validated, frozen policy.
 * @throws {PolicyError} `INVALID_POLICY` when the merged policy breaks a rule
 *   (bid weights not summing to 100, a rate outside [0, 1], overlapping ladder
 *   brackets, thresholds out of order, an unknown key, a `__proto__` key, …),
 *   with the path of every offending field.
 *
 * @example
 * const gold12 = definePolicy(telecomProgram, { tiers: { thresholds: { gold: 12 } } });
 * gold12.tiers?.thresholds; //=> { silver: 5, gold: 12 }
 */
export function definePolicy(base: Policy, overrides: PolicyOverrides): Policy {
  const checkedBase = usePolicy(base);
  let merged: unknown;
  const issues: PolicyIssue[] = [];
  try {
    if (!isPlainObject(overrides)) {
      throw new PolicyError('INVALID_POLICY', [{ path: ['overrides'], message: 'must be a plain object' }]);
    }
    merged = merge(checkedBase, overrides, [], issues);
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw new PolicyError('INVALID_POLICY', [
      { path: ['overrides'], message: unreadable(e) },
    ]);
  }
  if (issues.length > 0) throw new PolicyError('INVALID_POLICY', issues);
  return sealPolicy(merged);
}
