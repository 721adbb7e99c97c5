/**
 * The category weights of a policy as exact scaled integers (BID-2), and the
 * tie-break order they give (BID-4).
 * @module
 */
import type { BidPolicy } from '../policy/types.js';
import { placesOf, pow10, scaled } from './exact.js';
import type { BidCategory } from './types.js';

/** The categories in the source's order (market 30, team 20, operations 10, plan 40). */
export const CATEGORIES: readonly BidCategory[] = ['market', 'team', 'operations', 'plan'];

/** Weights prepared for exact sums. */
export interface Weights {
  /** Each weight × 10^places. */
  readonly scaled: Readonly<Record<BidCategory, bigint>>;
  /** 10^places × 100: dividing Σ scaledWeight × score by it gives the composite. */
  readonly divisor: bigint;
  /** Categories heaviest first; equal weights keep the source's order (BID-4). */
  readonly tieBreak: readonly BidCategory[];
}

const cache = new WeakMap<BidPolicy, Weights>();

/** The weights of a (frozen, validated) bid section, prepared once. */
export function weightsOf(section: BidPolicy): Weights {
  const hit = cache.get(section);
  if (hit !== undefined) return hit;
  const w = section.weights;
  const places = Math.max(...CATEGORIES.map((c) => placesOf(w[c])));
  const weights: Weights = {
    scaled: { market: scaled(w.market, places), team: scaled(w.team, places), operations: scaled(w.operations, places), plan: scaled(w.plan, places) },
    divisor: pow10(places) * 100n,
    // Array.prototype.sort is stable, so equal weights keep the source's order.
    tieBreak: [...CATEGORIES].sort((a, b) => w[b] - w[a]),
  };
  cache.set(section, weights);
  return weights;
}
