/**
 * The two outcomes a public function may have (CONV-5): a well-formed result,
 * or a PolicyError with a stable code and a path for every issue. Anything
 * else fails the fuzz suite with the path of the offending field.
 */
import { isIsoDate } from '../../src/core/dates.js';
import { PolicyError, type PolicyErrorCode } from '../../src/core/errors.js';
import { RULES } from '../../src/core/rules.js';

/** Every code of the PolicyErrorCode union; `satisfies` makes the list exhaustive at compile time. */
const CODE_SET = {
  INVALID_INPUT: true,
  INVALID_POLICY: true,
  REFUND_EXCEEDS_RECEIPT: true,
  NOT_CONFIGURED: true,
  STATEMENT_MISMATCH: true,
} as const satisfies Record<PolicyErrorCode, true>;
export const POLICY_ERROR_CODES: readonly PolicyErrorCode[] = Object.keys(CODE_SET) as PolicyErrorCode[];

/** A broken expectation, with where in the result it was found. */
export class OutcomeError extends Error {
  constructor(path: readonly (string | number)[], message: string) {
    super(`${path.length === 0 ? 'result' : `result.${path.join('.')}`}: ${message}`);
    this.name = 'OutcomeError';
  }
}

function fail(path: readonly (string | number)[], message: string): never {
  throw new OutcomeError(path, message);
}

function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`;
  try {
    return `a thrown ${typeof e}: ${String(e)}`;
  } catch {
    return `a thrown ${typeof e}`;
  }
}

/** Asserts that `e` is a PolicyError of this library with a known code and well-formed issues. */
export function assertPolicyError(e: unknown): PolicyError {
  if (typeof e !== 'object' || e === null || Object.getPrototypeOf(e) !== PolicyError.prototype) {
    throw new OutcomeError([], `threw something other than a PolicyError: ${describeThrown(e)}`);
  }
  const err = e as PolicyError;
  if (!Object.hasOwn(CODE_SET, err.code)) fail(['code'], `unknown PolicyError code ${String(err.code)}`);
  if (err.name !== 'PolicyError') fail(['name'], `is ${err.name}`);
  if (typeof err.message !== 'string' || err.message.length === 0) fail(['message'], 'is empty');
  if (!Array.isArray(err.issues) || err.issues.length === 0) fail(['issues'], 'must list at least one issue');
  err.issues.forEach((issue, i) => {
    if (!Array.isArray(issue.path)) fail(['issues', i, 'path'], 'must be an array');
    issue.path.forEach((k: unknown, j: number) => {
      const ok = typeof k === 'string' || (typeof k === 'number' && Number.isSafeInteger(k) && k >= 0);
      if (!ok) fail(['issues', i, 'path', j], `is not a key or an index: ${String(k)}`);
    });
    if (typeof issue.message !== 'string' || issue.message.length === 0) fail(['issues', i, 'message'], 'is empty');
  });
  return err;
}

/** Fields that hold money at the currency scale wherever they appear in a result. */
const MONEY_KEYS = new Set([
  'amount',
  'balance',
  'balanceAfter',
  'base',
  'carriedIn',
  'claim',
  'clawback',
  'commission',
  'deducted',
  'excess',
  'headroom',
  'opening',
  'outstanding',
  'paidIn',
  'payable',
  'receiptAmount',
  'refund',
  'required',
  'returned',
  'share',
  'shortfall',
  'toppedUp',
  'volume',
]);

/** Fields that hold a calendar date (or null where the API allows it). */
const DATE_KEYS = new Set([
  'completesOn',
  'confirmBy',
  'dueOn',
  'effectiveFrom',
  'flowBackOn',
  'from',
  'invoiceBy',
  'nextCheckOn',
  'on',
  'paymentOn',
  'reviewOn',
  'startsOn',
  'statementOn',
  'to',
  'transferableOn',
  'transferredOn',
  'validUntil',
]);

const RATE = /^\d+(\.\d*[1-9])?$/;

/** Money at `scale` places: "1234.50", "-20.00", or "7" at scale 0. */
export function moneyPattern(scale: number): RegExp {
  return scale === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${scale}}$`);
}

/** Exact minor units of a money string already matching {@link moneyPattern}. */
export function minor(value: string): bigint {
  return BigInt(value.replace('.', ''));
}

export interface ResultOptions {
  /** The currency scale of the policy used. */
  readonly scale: number;
  /** Money as numbers (spreadsheet functions) instead of strings. */
  readonly moneyAsNumbers?: boolean;
  /** The result is a policy: configuration as given, whose fields the policy schema checks, not money results. */
  readonly policy?: boolean;
}

/**
 * Walks a result: no NaN, no ±Infinity, no `undefined` anywhere, no holes in
 * arrays; money at the currency scale and inside an object citing its rules;
 * rates exact and plain; dates real; every rule id known.
 */
export function assertWellFormed(result: unknown, options: ResultOptions): void {
  const money = moneyPattern(options.scale);
  const fields = options.policy !== true;
  const seen = new Set<object>();
  const walk = (v: unknown, path: (string | number)[], key: string | number | null, cited: boolean, inBrackets = false): void => {
    if (v === undefined) fail(path, 'is undefined');
    // -0 is let through: JSON writes it as 0, so no consumer of a result can see it.
    if (typeof v === 'number' && !Number.isFinite(v)) fail(path, `is ${v}`);
    if (fields && typeof key === 'string' && MONEY_KEYS.has(key) && !(typeof v === 'object' && v !== null)) {
      if (options.moneyAsNumbers === true) {
        if (typeof v !== 'number') fail(path, `money must be a number, got ${typeof v}`);
      } else if (typeof v !== 'string' || !money.test(v)) {
        fail(path, `money must be a string at scale ${options.scale}, got ${JSON.stringify(v)}`);
      }
      if (!cited) fail(path, 'money with no rules cited on it or around it');
    }
    if (fields && key === 'rate' && typeof v === 'string' && !RATE.test(v)) fail(path, `a rate must be an exact plain decimal, got ${JSON.stringify(v)}`);
    // Ladder brackets' from and to are money bounds, not dates.
    if (fields && typeof key === 'string' && DATE_KEYS.has(key) && !inBrackets && typeof v === 'string' && !isIsoDate(v)) fail(path, `must be a real YYYY-MM-DD date, got ${JSON.stringify(v)}`);
    if (typeof v !== 'object' || v === null) return;
    if (seen.has(v)) return; // results may share frozen sub-objects; they hold no cycles of their own
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) fail([...path, i], 'is a hole');
        walk(v[i], [...path, i], i, cited, key === 'brackets');
      }
      return;
    }
    const rec = v as Record<string, unknown>;
    const rules = Object.hasOwn(rec, 'rules') ? rec.rules : undefined;
    if (rules !== undefined) {
      if (!Array.isArray(rules) || rules.length === 0) fail([...path, 'rules'], 'must cite at least one rule');
      rules.forEach((id, i) => {
        if (typeof id !== 'string' || !Object.hasOwn(RULES, id)) fail([...path, 'rules', i], `is not a rule of the policy book: ${String(id)}`);
      });
    }
    for (const k of Object.keys(rec)) {
      if (typeof rec[k] === 'function') continue; // methods of a returned calendar
      walk(rec[k], [...path, k], k, cited || rules !== undefined, inBrackets);
    }
  };
  walk(result, [], null, false);
}

/** Sums of money strings, exactly. */
export function sum(values: readonly string[]): bigint {
  return values.reduce((acc, v) => acc + minor(v), 0n);
}

/** Asserts `actual` equals `expected` minor units, naming the field. */
export function assertMinor(path: readonly (string | number)[], actual: string, expected: bigint, why: string): void {
  if (minor(actual) !== expected) fail(path, `${actual} breaks ${why} (expected ${expected} minor units)`);
}
