/**
 * Shapes of bid scoring (BID-1 to BID-5).
 * @module
 */
import type { RuleId } from '../core/rules.js';

/** A scoring category, weighted by `policy.bids.weights` (BID-2). */
export type BidCategory = 'market' | 'team' | 'operations' | 'plan';

/** One judge's scores for one bid, each from 0 to 100 (BID-3). */
export interface JudgeScores {
  readonly judgeId: string;
  /** Market expansion and service capability. */
  readonly market: number;
  /** Team. */
  readonly team: number;
  /** Company operations. */
  readonly operations: number;
  /** Project plan and implementation. */
  readonly plan: number;
}

/** The pre-qualification answers of a bidder (BID-1). */
export interface Qualification {
  /** A mature customer-management operation. */
  readonly customerManagement: boolean;
  /** Staff holding the provider's cloud certification: a whole number, at least `policy.bids.minCertifiedStaff`. */
  readonly certifiedStaff: number;
  /** Local market knowledge with an own user base. */
  readonly localMarket: boolean;
  /** Willingness to cooperate. */
  readonly willingToCooperate: boolean;
  /** Government or regulator resources: a priority in ties (BID-4), not a condition. */
  readonly governmentResources?: boolean;
}

/** A pre-qualification condition a bidder can fail (BID-1). */
export type QualificationCondition = 'customerManagement' | 'certifiedStaff' | 'localMarket' | 'willingToCooperate';

/** One bidder's bid for the service center of a region. */
export interface Bid {
  readonly bidderId: string;
  /** The region bid for, compared as written. */
  readonly region: string;
  readonly qualification: Qualification;
  /** One entry per judge; may be empty for a bidder that fails pre-qualification. */
  readonly scores: readonly JudgeScores[];
}

/** How judges' scores make a category score (BID-3). */
export type Aggregation = 'mean' | 'trimmed';

/** The input of `scoreBids`. */
export interface ScoreBidsInput {
  readonly bids: readonly Bid[];
  /** `'mean'` (default), or `'trimmed'`: the mean after dropping one highest and one lowest score. */
  readonly aggregation?: Aggregation;
}

/** Category scores, shown to `policy.bids.compositeScale` places. */
export type CategoryScores = { readonly [K in BidCategory]: string };

/** An eligible bid with its place in the one ranking across all regions. */
export interface RankedBid {
  readonly bidderId: string;
  readonly region: string;
  /** 1 for the best; bidders still equal after every tie-break share a rank (1, 1, 3). */
  readonly rank: number;
  /** Σ weight × category score / 100, shown rounded half-up to `compositeScale` places. */
  readonly composite: string;
  /** The judges' mean (or trimmed mean) per category, rounded half-up to `compositeScale` places. */
  readonly categories: CategoryScores;
  /** How many judges scored the bid. */
  readonly judges: number;
  /** Whether the bidder has government resources (the last tie-break). */
  readonly governmentResources: boolean;
  readonly rules: RuleId[];
}

/** A bid that fails pre-qualification, with every failed condition. */
export interface IneligibleBid {
  readonly bidderId: string;
  readonly region: string;
  /** The failed conditions, in the order BID-1 lists them. */
  readonly failed: QualificationCondition[];
  readonly rules: RuleId[];
}

/** The award of one region (BID-5). */
export interface BidAward {
  readonly region: string;
  /** The winner, or `null` when several bidders share the region's first place. */
  readonly bidderId: string | null;
  /** The bidders sharing the region's first place when undecided, else empty. */
  readonly undecided: string[];
  readonly rules: RuleId[];
}

/** The outcome of a bidding round. */
export interface BidScoring {
  /** Eligible bids, best first; equal ranks by bidder id. */
  readonly ranked: RankedBid[];
  /** Bids failing pre-qualification, by bidder id. */
  readonly ineligible: IneligibleBid[];
  /** One per region with an eligible bid, by region. */
  readonly awards: BidAward[];
}
