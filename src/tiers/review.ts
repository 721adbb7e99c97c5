import type { IsoDate } from '../core/dates.js';
import { invalidInput, unreadable } from '../core/errors.js';
import { checkQuarter, formatQuarter, quarterBounds, shiftQuarter, type Quarter } from '../core/quarters.js';
import type { RuleId } from '../core/rules.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy, Tier } from '../policy/types.js';
import { checkMetric, tierForMetric } from './tier-for.js';

/** The outcome of a quarterly tier review. */
export interface TierReview {
  /** The tier earned. */
  readonly tier: Tier;
  /** The quarter the tier is valid for: the one after the reviewed quarter. */
  readonly quarter: Quarter;
  /** First day of that quarter. */
  readonly effectiveFrom: IsoDate;
  /** Last day of that quarter, inclusive. */
  readonly validUntil: IsoDate;
  /** The metric the tier was decided on. */
  readonly metric: number;
  readonly rules: RuleId[];
}

/**
 * Reviews a partner's quarter (TIER-1 to TIER-3, PER-3): the tier its metric
 * earns takes effect on the first day of the next quarter and is valid for
 * that one quarter. A tier may move up or down any number of steps.
 *
 * @param policy - A policy with tiers, such as `telecomProgram`.
 * @param input.quarter - The quarter reviewed, as `YYYY-Qn`.
 * @param input.metric - Its metric: a whole number ≥ 0.
 * @returns The tier and the quarter it is valid for.
 * @throws {PolicyError} `INVALID_INPUT` naming `quarter` or `metric`;
 *   `NOT_CONFIGURED` for a program without tiers.
 *
 * @example
 * reviewTier(telecomProgram, { quarter: '2026-Q4', metric: 12 });
 * //=> { tier: 'gold', quarter: '2027-Q1', effectiveFrom: '2027-01-01', validUntil: '2027-03-31',
 * //     metric: 12, rules: ['TIER-1', 'TIER-2', 'TIER-3', 'PER-3'] }
 */
export function reviewTier(policy: Policy, input: { readonly quarter: Quarter; readonly metric: number }): TierReview {
  const tiers = requireSection(usePolicy(policy), 'tiers', 'partner tiers');
  if (typeof input !== 'object' || input === null) throw invalidInput([], 'must be an object { quarter, metric }');
  let quarter: unknown;
  let metric: unknown;
  try {
    ({ quarter, metric } = input);
  } catch (e) {
    throw invalidInput([], unreadable(e));
  }
  const reviewed = checkQuarter(quarter, ['quarter']);
  const m = checkMetric(metric, ['metric']);
  const next = shiftQuarter(reviewed.year, reviewed.q, 1);
  if (next.year > 9999) throw invalidInput(['quarter'], 'has no next quarter before year 10000');
  const { from, to } = quarterBounds(next.year, next.q);
  return {
    tier: tierForMetric(tiers, m),
    quarter: formatQuarter(next.year, next.q),
    effectiveFrom: from,
    validUntil: to,
    metric: m,
    rules: ['TIER-1', 'TIER-2', 'TIER-3', 'PER-3'],
  };
}
