/**
 * Partner tiers of the telecom program (TIER-1 to TIER-4).
 *
 * @example
 * import { tierFor, reviewTier } from 'channel-policy/tiers';
 * @module
 */
export { tierFor } from './tier-for.js';
export { reviewTier, type TierReview } from './review.js';
export { tierOn } from './tier-on.js';
export type { TierHistory } from '../core/tier-history.js';
export type { Tier } from '../policy/types.js';
export type { Quarter } from '../core/quarters.js';
