import type { RuleId } from '../core/rules.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { BidPolicy, Policy } from '../policy/types.js';
import { compareRatio, formatRatio, placesOf, pow10, scaled, type Ratio } from './exact.js';
import { isEligible, parseBids } from './schema.js';
import type {
  Bid,
  BidAward,
  BidCategory,
  BidScoring,
  IneligibleBid,
  QualificationCondition,
  RankedBid,
  ScoreBidsInput,
} from './types.js';
import { CATEGORIES, weightsOf, type Weights } from './weights.js';

/**
 * The sum of one category's scores, each × `unit`, as integers held in
 * doubles. Exact: a score has at most 6 places, so score × unit is within
 * 1e-8 of an integer below 1e8 and rounds to it, and the caller keeps the
 * sum below 2^53. The property tests check it against Decimal.
 */
function sumSmall(sheets: Bid['scores'], c: BidCategory, unit: number, trimmed: boolean): bigint {
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of sheets) {
    const v = Math.round(s[c] * unit);
    sum += v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return BigInt(trimmed ? sum - lo - hi : sum);
}

/** An eligible bid's exact figures. */
interface Scored {
  readonly bid: Bid;
  readonly composite: Ratio;
  readonly categories: Readonly<Record<BidCategory, Ratio>>;
  readonly government: boolean;
}

/** The exact category scores and composite of one bid (BID-2, BID-3). */
function scoreBid(bid: Bid, weights: Weights, trimmed: boolean): Scored {
  const sheets = bid.scores;
  let places = 0;
  for (const s of sheets) places = Math.max(places, placesOf(s.market), placesOf(s.team), placesOf(s.operations), placesOf(s.plan));
  // The trimmed mean drops one highest and one lowest score of each category.
  const counted = BigInt(trimmed ? sheets.length - 2 : sheets.length);
  const unit = pow10(places);
  const categories = {} as Record<BidCategory, Ratio>;
  let weighted = 0n;
  // Fast path: with at most 6 places, score × 10^places is exact in a double and sums stay below 2^53.
  const small = places <= 6 && sheets.length * 100 * 10 ** places <= Number.MAX_SAFE_INTEGER;
  for (const c of CATEGORIES) {
    let sum: bigint;
    if (small) sum = sumSmall(sheets, c, 10 ** places, trimmed);
    else {
      sum = 0n;
      let lo: bigint | null = null;
      let hi: bigint | null = null;
      for (const s of sheets) {
        const v = scaled(s[c], places);
        sum += v;
        if (lo === null || v < lo) lo = v;
        if (hi === null || v > hi) hi = v;
      }
      if (trimmed) sum -= lo! + hi!;
    }
    categories[c] = { num: sum, den: unit * counted };
    weighted += weights.scaled[c] * sum;
  }
  return {
    bid,
    composite: { num: weighted, den: weights.divisor * unit * counted },
    categories,
    government: bid.qualification.governmentResources === true,
  };
}

/** BID-4: composite, then categories heaviest first, then government resources; 0 means equal. */
function compareMerit(a: Scored, b: Scored, tieBreak: readonly BidCategory[]): number {
  const byComposite = compareRatio(b.composite, a.composite);
  if (byComposite !== 0) return byComposite;
  for (const c of tieBreak) {
    const byCategory = compareRatio(b.categories[c], a.categories[c]);
    if (byCategory !== 0) return byCategory;
  }
  return a.government === b.government ? 0 : a.government ? -1 : 1;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function failedConditions(section: BidPolicy, bid: Bid): QualificationCondition[] {
  const q = bid.qualification;
  const failed: QualificationCondition[] = [];
  if (!q.customerManagement) failed.push('customerManagement');
  if (q.certifiedStaff < section.minCertifiedStaff) failed.push('certifiedStaff');
  if (!q.localMarket) failed.push('localMarket');
  if (!q.willingToCooperate) failed.push('willingToCooperate');
  return failed;
}

/**
 * Scores a bidding round for regional service centers (BID-1 to BID-5).
 *
 * - BID-1: a bidder failing any pre-qualification condition is listed with
 *   every failed condition and not ranked.
 * - BID-2, BID-3: a category score is the judges' mean, or with
 *   `aggregation: 'trimmed'` the mean after dropping one highest and one lowest
 *   score; composite = Σ weight × category score / 100 with the weights of
 *   `policy.bids.weights`. Both are exact fractions; the composite and the
 *   category scores are each shown rounded half-up to `compositeScale` places
 *   (so the shown composite can differ by a unit in the last place from the
 *   weighted sum of the shown categories). Ranking uses the exact values.
 * - BID-4: one ranking across all regions by composite; ties broken by the
 *   category scores heaviest weight first (equal weights in the order market,
 *   team, operations, plan), then by government resources; bidders still
 *   equal share a rank (1, 1, 3).
 * - BID-5: per region with an eligible bid, the top-ranked bidder wins; a
 *   shared first place leaves the region undecided, listing those bidders.
 *
 * The result does not depend on the order of the bids or of the judges.
 *
 * @param policy - A policy with a bid section, such as `cloudProgram`.
 * @param input.bids - One bid per bidder: region, qualification and one score sheet per judge.
 * @param input.aggregation - `'mean'` (default) or `'trimmed'`.
 * @returns The ranking, the ineligible bidders and one award per region.
 * @throws {PolicyError} `INVALID_INPUT` naming each bad field: a score outside
 *   [0, 100] or not a finite number, a missing category, a judge scoring a bid
 *   twice, a bidder bidding twice, an eligible bid without scores, or fewer
 *   than `trimmedMinJudges` (3) judges for the trimmed mean; `NOT_CONFIGURED`
 *   for a program without bid scoring (the telecom program).
 *
 * @example
 * const qualified = { customerManagement: true, certifiedStaff: 4, localMarket: true, willingToCooperate: true };
 * scoreBids(cloudProgram, {
 *   bids: [
 *     { bidderId: 'a', region: 'Sichuan', qualification: qualified,
 *       scores: [{ judgeId: 'j1', market: 80, team: 70, operations: 90, plan: 85 },
 *                { judgeId: 'j2', market: 85, team: 75, operations: 80, plan: 90 }] },
 *     { bidderId: 'b', region: 'Sichuan', qualification: { ...qualified, certifiedStaff: 2 }, scores: [] },
 *   ],
 * });
 * //=> { ranked: [{ bidderId: 'a', region: 'Sichuan', rank: 1, composite: '82.75',
 * //                categories: { market: '82.50', team: '72.50', operations: '85.00', plan: '87.50' },
 * //                judges: 2, governmentResources: false, rules: ['BID-1', 'BID-2', 'BID-3', 'BID-4'] }],
 * //     ineligible: [{ bidderId: 'b', region: 'Sichuan', failed: ['certifiedStaff'], rules: ['BID-1'] }],
 * //     awards: [{ region: 'Sichuan', bidderId: 'a', undecided: [], rules: ['BID-4', 'BID-5'] }] }
 */
export function scoreBids(policy: Policy, input: ScoreBidsInput): BidScoring {
  const section = requireSection(usePolicy(policy), 'bids', 'bid scoring');
  const { bids, trimmed } = parseBids(section, input);
  const weights = weightsOf(section);

  const scored: Scored[] = [];
  const ineligible: IneligibleBid[] = [];
  for (const bid of bids) {
    if (isEligible(section, bid)) scored.push(scoreBid(bid, weights, trimmed));
    else ineligible.push({ bidderId: bid.bidderId, region: bid.region, failed: failedConditions(section, bid), rules: ['BID-1'] });
  }
  ineligible.sort((a, b) => byCodeUnits(a.bidderId, b.bidderId));

  // Equal merit keeps a fixed order by bidder id, so the output never depends on the input order.
  scored.sort((a, b) => compareMerit(a, b, weights.tieBreak) || byCodeUnits(a.bid.bidderId, b.bid.bidderId));
  const ranked: RankedBid[] = [];
  let rank = 0;
  scored.forEach((s, i) => {
    if (i === 0 || compareMerit(scored[i - 1]!, s, weights.tieBreak) !== 0) rank = i + 1;
    const categories = {} as Record<BidCategory, string>;
    for (const c of CATEGORIES) categories[c] = formatRatio(s.categories[c], section.compositeScale);
    ranked.push({
      bidderId: s.bid.bidderId,
      region: s.bid.region,
      rank,
      composite: formatRatio(s.composite, section.compositeScale),
      categories,
      judges: s.bid.scores.length,
      governmentResources: s.government,
      rules: ['BID-1', 'BID-2', 'BID-3', 'BID-4'] satisfies RuleId[],
    });
  });

  // BID-5: the ranking is best first, so a region's first entries are its best.
  const byRegion = new Map<string, RankedBid[]>();
  for (const r of ranked) {
    const top = byRegion.get(r.region);
    if (top === undefined) byRegion.set(r.region, [r]);
    else if (top[0]!.rank === r.rank) top.push(r);
  }
  const awards: BidAward[] = [...byRegion.entries()]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([region, top]) => ({
      region,
      bidderId: top.length === 1 ? top[0]!.bidderId : null,
      undecided: top.length === 1 ? [] : top.map((r) => r.bidderId),
      rules: ['BID-4', 'BID-5'],
    }));

  return { ranked, ineligible, awards };
}
