import { telecomProgram } from '../policy/presets.js';
import type { Tier } from '../policy/types.js';
import { tierFor } from '../tiers/index.js';
import { runSheet } from './errors.js';
import { readProgram, readWholeNumber, type Cell, type ProgramArg } from './read.js';

/**
 * `=CP_TIER(metric)`: the tier a partner earns with a quarter's metric
 * (TIER-1, TIER-3). Thresholds are inclusive: 10 closed customers is gold,
 * 5 is silver, fewer is ordinary. The tier takes effect the next quarter (TIER-2).
 *
 * @param metric - The quarter's closed customers: a whole number ≥ 0 (a number, or text such as "12").
 * @param program - Optional: `"telecom"` (default). The cloud program has no tiers.
 * @returns `"gold"`, `"silver"` or `"ordinary"`.
 * @throws {PolicyError} "CP_TIER: metric must be a whole number ≥ 0, got 'lots'";
 *   `NOT_CONFIGURED` for a program without tiers.
 *
 * @example
 * CP_TIER(10); //=> 'gold'
 * CP_TIER(7); //=> 'silver'
 * CP_TIER('4'); //=> 'ordinary'
 */
export function CP_TIER(metric: Cell, program?: ProgramArg): Tier {
  return runSheet('CP_TIER', () => {
    const policy = readProgram(program, telecomProgram);
    return tierFor(policy, readWholeNumber(metric, ['metric']));
  });
}
