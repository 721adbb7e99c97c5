import { invalidInput, quoteValue } from '../core/errors.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy, Tier, TierPolicy } from '../policy/types.js';

/** Validates a tier metric (TIER-3): a whole number ≥ 0. */
export function checkMetric(metric: unknown, path: readonly (string | number)[]): number {
  if (typeof metric !== 'number' || !Number.isSafeInteger(metric) || metric < 0) {
    throw invalidInput(path, `must be a whole number ≥ 0, got ${quoteValue(metric)}`);
  }
  return metric;
}

/** The highest tier whose inclusive threshold `metric` meets (TIER-1). */
export function tierForMetric(tiers: TierPolicy, metric: number): Tier {
  if (metric >= tiers.thresholds.gold) return 'gold';
  if (metric >= tiers.thresholds.silver) return 'silver';
  return 'ordinary';
}

/**
 * The tier a partner earns with `metric` (TIER-1): the highest tier whose
 * threshold it meets. Thresholds are inclusive, so exactly 10 closed customers
 * is gold in the telecom program.
 *
 * @param policy - A policy with tiers, such as `telecomProgram`.
 * @param metric - The quarter's metric (closed customers by default): a whole number ≥ 0 (TIER-3).
 * @returns `'gold'`, `'silver'` or `'ordinary'`.
 * @throws {PolicyError} `INVALID_INPUT` for a metric that is not a whole number ≥ 0;
 *   `NOT_CONFIGURED` for a program without tiers (the cloud program).
 *
 * @example
 * tierFor(telecomProgram, 10); //=> 'gold'
 * tierFor(telecomProgram, 9); //=> 'silver'
 * tierFor(telecomProgram, 4); //=> 'ordinary'
 */
export function tierFor(policy: Policy, metric: number): Tier {
  const tiers = requireSection(usePolicy(policy), 'tiers', 'partner tiers');
  return tierForMetric(tiers, checkMetric(metric, ['metric']));
}
