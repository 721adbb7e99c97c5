/**
 * An independent model of BID-2 and BID-3 in decimal.js with 400 digits:
 * more than the ~345 a sum of doubles in [0, 100] can need (50 + 5e-324), so
 * its sums are exact and its divisions exact to well past any rounding boundary.
 */
import { Decimal } from 'decimal.js';
import type { Bid, BidCategory } from '../../src/bids/index.js';

export const Big = Decimal.clone({ precision: 400, rounding: Decimal.ROUND_HALF_UP });
export const CATEGORIES: readonly BidCategory[] = ['market', 'team', 'operations', 'plan'];
export const PRESET_WEIGHTS = { market: 30, team: 20, operations: 10, plan: 40 } as const;

/**
 * The exact category scores and composite of a bid. Each is one division of
 * exact sums (composite = Σ weight × sum / (100 × judges counted)), so a value
 * on a rounding boundary, such as 24.745, stays exactly on it.
 */
export function oracle(bid: Bid, aggregation: 'mean' | 'trimmed' = 'mean', weights: Record<BidCategory, number> = PRESET_WEIGHTS) {
  const categories = {} as Record<BidCategory, Decimal>;
  let weighted = new Big(0);
  const counted = aggregation === 'trimmed' ? bid.scores.length - 2 : bid.scores.length;
  for (const c of CATEGORIES) {
    const values = bid.scores.map((s) => new Big(s[c])).sort((a, b) => a.comparedTo(b));
    const kept = aggregation === 'trimmed' ? values.slice(1, -1) : values;
    const sum = kept.reduce((a, b) => a.plus(b), new Big(0));
    categories[c] = sum.div(counted);
    weighted = weighted.plus(sum.times(weights[c]));
  }
  return { categories, composite: weighted.div(100 * counted) };
}

/** Rounded half-up to `places`, in fixed point. */
export function shown(d: Decimal, places = 2): string {
  return d.toFixed(places, Decimal.ROUND_HALF_UP);
}
