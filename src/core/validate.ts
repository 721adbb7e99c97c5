/**
 * The boundary: input is validated once with zod and translated into
 * `PolicyError` (CONV-5); the calculation then works on clean values.
 * @module
 */
import * as z from 'zod/mini';
import { instantToEpoch, isIsoDate, DATE_MESSAGE } from './dates.js';
import { PolicyError, type PolicyErrorCode, type PolicyIssue, receivedValue, unreadable } from './errors.js';
import { checkDecimalText } from './decimal-text.js';
import type { FigureKind } from './money.js';

/** Words for zod's issues (zod/mini ships no messages, and the global zod config is not ours to change). */
function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (expected ${issue.expected})` : `must be ${article(issue.expected)}, got ${receivedValue(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${receivedValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` : issue.origin === 'string' ? 'must not be empty' : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    case 'invalid_union':
      return `does not match any allowed form, got ${receivedValue(issue.input)}`;
    case 'invalid_key':
      return 'has an invalid key';
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * Of a union's forms, the one whose type the value has (its issues are about
 * the value's content, not its type), when there is exactly one.
 */
function branchOf(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
  const typed = issue.errors.filter((issues) => !issues.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
  return typed.length === 1 ? typed[0] : undefined;
}

function issuesOf(error: z.core.$ZodError, base: readonly (string | number)[]): PolicyIssue[] {
  const out: PolicyIssue[] = [];
  for (const issue of error.issues) {
    const path = [...base, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    const branch = issue.code === 'invalid_union' ? branchOf(issue) : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...path, key], message: 'is not a known field' });
    } else if (branch !== undefined) {
      // The value has the type of exactly one form: say what is wrong with it in that form's words.
      out.push(...issuesOf({ issues: branch } as z.core.$ZodError, path));
    } else {
      out.push({ path, message: messageOf(issue) });
    }
  }
  return out;
}

/**
 * Parses `input` with `schema`. Any problem, including a getter that throws
 * while the input is read, becomes a `PolicyError` with `code`.
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  code: PolicyErrorCode = 'INVALID_INPUT',
  base: readonly (string | number)[] = [],
): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(input, { reportInput: true }) as ReturnType<S['safeParse']>;
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw new PolicyError(code, [{ path: base, message: unreadable(e) }]);
  }
  if (!result.success) throw new PolicyError(code, issuesOf(result.error, base));
  return result.data as z.output<S>;
}

/** A `YYYY-MM-DD` calendar date that exists. */
export const isoDate = /* @__PURE__ */ z.string().check(z.refine((s) => isIsoDate(s), DATE_MESSAGE));

/** An ISO 8601 instant with an offset. */
export const instant = /* @__PURE__ */ z
  .string()
  .check(z.refine((s) => instantToEpoch(s) !== null, 'must be an ISO 8601 instant with an offset, such as "2026-04-10T09:30:00+08:00"'));

/** A decimal string of `kind` (policies keep figures as strings so they stay JSON). */
export function decimalString(kind: FigureKind, scale = 2) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const r = checkDecimalText(value, kind, scale);
      if (r !== null) ctx.issues.push({ code: 'custom', message: r, input: value });
    }),
  );
}

/** A whole number ≥ `min`. */
export function wholeNumber(min = 0, max = Number.MAX_SAFE_INTEGER) {
  return z.number().check(
    z.refine((n) => Number.isSafeInteger(n) && n >= min && n <= max, {
      message: max === Number.MAX_SAFE_INTEGER ? `must be a whole number ≥ ${min}` : `must be a whole number from ${min} to ${max}`,
    }),
  );
}

/** Keys that could reach an object's prototype if copied naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
