/**
 * Bid scoring of the cloud program (BID-1 to BID-5): pre-qualification,
 * weighted judges' scores, one ranking across regions, and one award per region.
 *
 * @example
 * import { scoreBids, compositeScore } from 'channel-policy/bids';
 * @module
 */
export { scoreBids } from './score-bids.js';
export { compositeScore } from './composite.js';
export type {
  Aggregation,
  Bid,
  BidAward,
  BidCategory,
  BidScoring,
  CategoryScores,
  IneligibleBid,
  JudgeScores,
  Qualification,
  QualificationCondition,
  RankedBid,
  ScoreBidsInput,
} from './types.js';
export type { RuleId } from '../core/rules.js';
