/**
 * Arbitraries for bid scoring (BID-1 to BID-5).
 * @module
 */
import fc from 'fast-check';
import type { Bid, JudgeScores, Qualification } from '../bids/index.js';

/**
 * The regions generated bids compete for.
 *
 * @example
 * BID_REGIONS; //=> ['Sichuan', 'Hubei', 'Shaanxi', 'Yunnan']
 */
export const BID_REGIONS = ['Sichuan', 'Hubei', 'Shaanxi', 'Yunnan'] as const;

/** Options to skew generated bids. */
export interface BidArbOptions {
  /** Fewest and most judges per bid (default 1 to 6). */
  readonly minJudges?: number;
  readonly maxJudges?: number;
  /** Only bidders that pass pre-qualification with the preset's minimum of 3 certified staff (default false). */
  readonly eligibleOnly?: boolean;
  /** Scores from a small set, so that ties are frequent (default false). */
  readonly coarse?: boolean;
}

/**
 * A judge's score: a whole number, a half, a two-place decimal, or (rarely)
 * any double in [0, 100], such as 5e-324.
 *
 * @example
 * fc.assert(fc.property(judgeScoreArb, (s) => s >= 0 && s <= 100));
 */
export const judgeScoreArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 200 }).map((n) => n / 2) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100) },
  // With min 0, fast-check never gives -0; with both bounds set, never an infinity.
  { weight: 1, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
);

const coarseScore = fc.constantFrom(60, 70, 80, 90);

/**
 * A qualification; with `eligible`, one passing every condition of the preset.
 *
 * @example
 * fc.assert(fc.property(qualificationArb(true), (q) => q.certifiedStaff >= 3 && q.localMarket));
 */
export function qualificationArb(eligible = false): fc.Arbitrary<Qualification> {
  return fc
    .record({
      customerManagement: eligible ? fc.constant(true) : fc.boolean(),
      certifiedStaff: fc.integer({ min: eligible ? 3 : 0, max: 12 }),
      localMarket: eligible ? fc.constant(true) : fc.boolean(),
      willingToCooperate: eligible ? fc.constant(true) : fc.boolean(),
      governmentResources: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ governmentResources, ...q }) => (governmentResources === undefined ? q : { ...q, governmentResources }));
}

/**
 * Score sheets from distinct judges.
 *
 * @example
 * fc.assert(fc.property(judgeSheetsArb({ minJudges: 3 }), (sheets) => new Set(sheets.map((s) => s.judgeId)).size === sheets.length));
 */
export function judgeSheetsArb(options: BidArbOptions = {}): fc.Arbitrary<JudgeScores[]> {
  const s = options.coarse === true ? coarseScore : judgeScoreArb;
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: options.minJudges ?? 1, maxLength: options.maxJudges ?? 6 })
    .chain((ids) =>
      fc.tuple(...ids.map((id) => fc.record({ judgeId: fc.constant(`j${id}`), market: s, team: s, operations: s, plan: s }))),
    )
    .map((sheets) => [...sheets]);
}

/**
 * A bid round: bids with distinct bidder ids across a few regions, mostly
 * eligible, each scored by distinct judges.
 *
 * @example
 * fc.assert(fc.property(bidsArb({ coarse: true }), (bids) => {
 *   const { ranked } = scoreBids(cloudProgram, { bids });
 *   return ranked.every((r, i) => i === 0 || ranked[i - 1].rank <= r.rank);
 * }));
 */
export function bidsArb(options: BidArbOptions & { readonly maxBids?: number } = {}): fc.Arbitrary<Bid[]> {
  const bid = fc.record({
    region: fc.constantFrom(...BID_REGIONS),
    qualification: options.eligibleOnly === true ? qualificationArb(true) : fc.oneof({ weight: 3, arbitrary: qualificationArb(true) }, { weight: 1, arbitrary: qualificationArb() }),
    scores: judgeSheetsArb(options),
  });
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: options.maxBids ?? 12 })
    .chain((ids) => fc.tuple(...ids.map((id) => bid.map((b): Bid => ({ bidderId: `b${String(id).padStart(3, '0')}`, ...b })))))
    .map((bids) => [...bids]);
}
