/**
 * Reading the statement input at the boundary (CONV-5): everything but the
 * receipts and refunds, which are streamed and read one at a time.
 * @module
 */
import { DATE_MESSAGE, type IsoDate } from '../core/dates.js';
import { PolicyError, type PolicyIssue, unreadable } from '../core/errors.js';
import type { MoneyInput } from '../core/money.js';
import { tierTimeline, type TierHistory, type TierTimeline } from '../core/tier-history.js';
import { isDate, readCash } from './receipt.js';
import type { Receipt, Refund } from './types.js';

/** The input of `commissionStatement` and `explainStatement`. */
export interface StatementInput {
  readonly partnerId: string;
  /** Inclusive. */
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /** The partner's tier throughout, or its tier history (TIER-2, COM-5); default ordinary (TIER-4). */
  readonly tiers?: TierHistory;
  /** Streamed once; never required as an array. */
  readonly receipts: Iterable<Receipt>;
  /** Refunds; those dated in the period claw back commission (COM-7). */
  readonly refunds?: Iterable<Refund>;
  /** A balance owed by the partner from before (≥ 0), subtracted from the payable (COM-8). */
  readonly carriedIn?: MoneyInput;
}

/** The checked input, with the streams not yet opened. */
export interface CheckedInput {
  readonly partnerId: string;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly timeline: TierTimeline;
  readonly receipts: Iterable<unknown>;
  readonly refunds: Iterable<unknown> | null;
  readonly carriedIn: bigint;
}

const KNOWN = new Set(['partnerId', 'period', 'tiers', 'receipts', 'refunds', 'carriedIn']);
const NO_HISTORY: TierTimeline = { froms: [], tiers: [] };

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Checks the statement input, reporting every bad field at once. */
export function checkStatementInput(input: unknown, scale: number): CheckedInput {
  if (typeof input !== 'object' || input === null) {
    throw new PolicyError('INVALID_INPUT', [{ path: [], message: 'must be an object { partnerId, period, receipts, … }' }]);
  }
  try {
    return check(input as Record<string, unknown>, scale);
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw new PolicyError('INVALID_INPUT', [{ path: [], message: unreadable(e) }]);
  }
}

function check(input: Record<string, unknown>, scale: number): CheckedInput {
  const issues: PolicyIssue[] = [];
  for (const key of Object.keys(input)) {
    if (!KNOWN.has(key)) issues.push({ path: [key], message: 'is not a known field' });
  }
  const { partnerId, period, tiers, receipts, refunds, carriedIn } = input;
  if (typeof partnerId !== 'string' || partnerId.length === 0) issues.push({ path: ['partnerId'], message: 'must be a non-empty string' });

  let from = '';
  let to = '';
  if (typeof period !== 'object' || period === null) {
    issues.push({ path: ['period'], message: 'must be an object { from, to } of dates, inclusive' });
  } else {
    const p = period as Record<string, unknown>;
    if (isDate(p.from)) from = p.from;
    else issues.push({ path: ['period', 'from'], message: DATE_MESSAGE });
    if (isDate(p.to)) to = p.to;
    else issues.push({ path: ['period', 'to'], message: DATE_MESSAGE });
    if (from !== '' && to !== '' && to < from) issues.push({ path: ['period', 'to'], message: `must not be before period.from (${from})` });
  }

  let timeline = NO_HISTORY;
  if (tiers !== undefined) {
    try {
      timeline = tierTimeline(tiers, ['tiers']);
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      issues.push(...e.issues);
    }
  }

  if (!isIterable(receipts)) issues.push({ path: ['receipts'], message: 'must be an iterable of receipts (an array, a Set, a generator, …)' });
  if (refunds !== undefined && !isIterable(refunds)) {
    issues.push({ path: ['refunds'], message: 'must be an iterable of refunds (an array, a Set, a generator, …)' });
  }
  let carried = 0n;
  if (carriedIn !== undefined) {
    const c = readCash(carriedIn, scale, issues, [], null, 'carriedIn');
    if (c !== null) carried = BigInt(c);
  }
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  return {
    partnerId: partnerId as string,
    period: { from, to },
    timeline,
    receipts: receipts as Iterable<unknown>,
    refunds: refunds === undefined ? null : (refunds as Iterable<unknown>),
    carriedIn: carried,
  };
}
