/**
 * The one error type of channel-policy (CONV-5).
 * @module
 */

/**
 * The stable codes a {@link PolicyError} can carry. Match on these, never on
 * the message text.
 *
 * - `INVALID_INPUT`: an argument is malformed; `issues` names every bad field.
 * - `INVALID_POLICY`: a policy (or the overrides given to `definePolicy`) is malformed.
 * - `REFUND_EXCEEDS_RECEIPT`: refunds of one receipt add up to more than it (COM-7).
 * - `NOT_CONFIGURED`: the policy has no figures for what was asked (DEP-6).
 * - `STATEMENT_MISMATCH`: statements of different partners, periods or currencies were combined.
 */
export type PolicyErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_POLICY'
  | 'REFUND_EXCEEDS_RECEIPT'
  | 'NOT_CONFIGURED'
  | 'STATEMENT_MISMATCH';

/** One offending field: where it is in the argument, and what was expected. */
export interface PolicyIssue {
  /** Keys and indexes from the argument's root to the field, e.g. `['receipts', 3, 'amount']`. */
  readonly path: readonly (string | number)[];
  /** What was wrong, in words a user can act on. */
  readonly message: string;
}

const BRAND = Symbol.for('channel-policy.PolicyError');

/** Formats a path the way a user reads it: `receipts[3].amount`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * Raised by every public function for bad input, a bad policy, or a request the
 * policy cannot answer. It carries a stable {@link PolicyErrorCode} and the path
 * of each offending field.
 *
 * `instanceof PolicyError` holds even when the error comes from another copy of
 * the library (an ESM and a CommonJS copy loaded side by side).
 *
 * @example
 * try {
 *   tierFor(telecomProgram, -1);
 * } catch (e) {
 *   if (e instanceof PolicyError) e.code; //=> 'INVALID_INPUT'
 * }
 */
export class PolicyError extends Error {
  /** A stable code to match on. */
  readonly code: PolicyErrorCode;
  /** Every offending field, with its path. Never empty. */
  readonly issues: readonly PolicyIssue[];

  constructor(code: PolicyErrorCode, issues: readonly PolicyIssue[], summary?: string) {
    const list = issues.length > 0 ? issues : [{ path: [], message: summary ?? code }];
    const detail = list
      .map((i) => (i.path.length > 0 ? `${formatPath(i.path)}: ${i.message}` : i.message))
      .join('; ');
    super(summary !== undefined && issues.length > 0 ? `${summary}: ${detail}` : detail);
    this.name = 'PolicyError';
    this.code = code;
    this.issues = Object.freeze(list.map((i) => Object.freeze({ path: Object.freeze([...i.path]), message: i.message })));
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

Object.defineProperty(PolicyError.prototype, BRAND, { value: true });

/** Shorthand for a one-issue error. */
export function policyError(
  code: PolicyErrorCode,
  path: readonly (string | number)[],
  message: string,
): PolicyError {
  return new PolicyError(code, [{ path, message }]);
}

/** Shorthand for the common case: one bad input field. */
export function invalidInput(path: readonly (string | number)[], message: string): PolicyError {
  return policyError('INVALID_INPUT', path, message);
}

/**
 * Words for a bad value in a message: a primitive as `String` writes it,
 * anything else by its type. Runs none of the value's code (no getter,
 * `toString` or proxy trap), so it cannot throw.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'an object'; // a revoked proxy
  }
}

/**
 * Words for what a caller's code threw (a getter, a proxy trap, an iterator),
 * for a "could not be read" message: an Error's message, anything else as
 * {@link showValue} writes it. Never throws, whatever was thrown (an object
 * without a prototype, a revoked proxy, an Error whose message getter throws).
 */
export function describeThrown(e: unknown): string {
  try {
    if (e instanceof Error && typeof e.message === 'string') return e.message;
  } catch {
    // A revoked proxy, or a message getter that throws: describe it by its type.
  }
  return showValue(e);
}

/** The message for a field a caller's code would not let be read: "could not be read: " and {@link describeThrown}. */
export function unreadable(e: unknown): string {
  return `could not be read: ${describeThrown(e)}`;
}

/** A bad value in a message: a string quoted as JSON, anything else as {@link showValue} writes it. */
export function quoteValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : showValue(value);
}

/**
 * A received value in a message: a string quoted (cut at 40 characters), a
 * number, a boolean, null or undefined as written, anything else by its type. Runs none of the
 * value's code.
 */
export function receivedValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // An array or an object by showValue (Array.isArray throws on a revoked proxy); anything else
  // (a function, a symbol, a bigint) by its type alone.
  return typeof value === 'object' ? showValue(value) : `a ${typeof value}`;
}
