import * as z from 'zod/mini';
import type { RuleId } from '../core/rules.js';
import { parseWith } from '../core/validate.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { formatRatio, placesOf, pow10, scaled } from './exact.js';
import { score } from './schema.js';
import type { BidCategory } from './types.js';
import { CATEGORIES, weightsOf } from './weights.js';

const categoryScores = z.strictObject({ market: score, team: score, operations: score, plan: score });

/**
 * The composite of four category scores (BID-2, BID-3): Σ weight × score / 100
 * with the weights of `policy.bids.weights`, computed exactly and shown
 * rounded half-up to `compositeScale` places. `scoreBids` gives the same
 * composite for a bid whose category scores are these.
 *
 * @param policy - A policy with a bid section, such as `cloudProgram`.
 * @param scores - One score per category, each a finite number from 0 to 100.
 * @returns The composite as a string, and the rules applied.
 * @throws {PolicyError} `INVALID_INPUT` naming each bad score; `NOT_CONFIGURED`
 *   for a program without bid scoring.
 *
 * @example
 * compositeScore(cloudProgram, { market: 80, team: 70, operations: 90, plan: 85 });
 * //=> { composite: '81.00', rules: ['BID-2', 'BID-3'] } (24 + 14 + 9 + 34)
 */
export function compositeScore(
  policy: Policy,
  scores: { readonly [K in BidCategory]: number },
): { composite: string; rules: RuleId[] } {
  const section = requireSection(usePolicy(policy), 'bids', 'bid scoring');
  const clean = parseWith(categoryScores, scores);
  const weights = weightsOf(section);
  const places = Math.max(...CATEGORIES.map((c) => placesOf(clean[c])));
  let weighted = 0n;
  for (const c of CATEGORIES) weighted += weights.scaled[c] * scaled(clean[c], places);
  return { composite: formatRatio({ num: weighted, den: weights.divisor * pow10(places) }, section.compositeScale), rules: ['BID-2', 'BID-3'] };
}
