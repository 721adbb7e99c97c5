/**
 * Validation of bids (BID-1, BID-3, CONV-5).
 * @module
 */
import * as z from 'zod/mini';
import { PolicyError, type PolicyIssue, unreadable } from '../core/errors.js';
import { parseWith, wholeNumber } from '../core/validate.js';
import type { BidPolicy } from '../policy/types.js';
import type { Bid, JudgeScores } from './types.js';

const name = z.string().check(z.minLength(1));
/** A judge's score: a finite number from 0 to 100 (BID-3). */
export const score = z.number().check(z.gte(0), z.lte(100));

// Strict objects: a misspelt optional field (governmentResource) must not pass unnoticed.
const judgeScores = z.strictObject({ judgeId: name, market: score, team: score, operations: score, plan: score });
const qualification = z.strictObject({
  customerManagement: z.boolean(),
  certifiedStaff: wholeNumber(0),
  localMarket: z.boolean(),
  willingToCooperate: z.boolean(),
  governmentResources: z.optional(z.boolean()),
});
const bid = z.strictObject({ bidderId: name, region: name, qualification, scores: z.array(judgeScores) });
const input = z.strictObject({ bids: z.array(bid), aggregation: z.optional(z.enum(['mean', 'trimmed'])) });

/** Validated input: fresh copies, never the caller's objects. */
export interface CleanBids {
  readonly bids: readonly Bid[];
  /** `aggregation: 'trimmed'`: drop one highest and one lowest score per category. */
  readonly trimmed: boolean;
}

/** True when a bidder passes every pre-qualification condition (BID-1). */
export function isEligible(section: BidPolicy, b: Bid): boolean {
  const q = b.qualification;
  return q.customerManagement && q.certifiedStaff >= section.minCertifiedStaff && q.localMarket && q.willingToCooperate;
}

/**
 * Validates the input of `scoreBids`: shapes and ranges, then one bid per
 * bidder, one score sheet per judge and bid, and enough judges on every
 * eligible bid for the aggregation.
 */
export function parseBids(section: BidPolicy, value: unknown): CleanBids {
  let isArray: boolean;
  try {
    isArray = Array.isArray(value);
  } catch (e) {
    // A revoked proxy cannot even be asked whether it is an array.
    throw new PolicyError('INVALID_INPUT', [{ path: [], message: unreadable(e) }]);
  }
  if (typeof value !== 'object' || value === null || isArray) {
    throw new PolicyError('INVALID_INPUT', [{ path: [], message: 'must be an object { bids, aggregation? }' }]);
  }
  const parsed = parseWith(input, value);
  const trimmed = parsed.aggregation === 'trimmed';
  const bids = parsed.bids as readonly Bid[];
  const issues: PolicyIssue[] = [];
  const bidders = new Map<string, number>();
  bids.forEach((b, i) => {
    const first = bidders.get(b.bidderId);
    if (first !== undefined) issues.push({ path: ['bids', i, 'bidderId'], message: `bidder ${JSON.stringify(b.bidderId)} already bid at bids[${first}]` });
    else bidders.set(b.bidderId, i);
    const judges = new Map<string, number>();
    b.scores.forEach((s: JudgeScores, k) => {
      const seen = judges.get(s.judgeId);
      if (seen !== undefined) {
        issues.push({ path: ['bids', i, 'scores', k, 'judgeId'], message: `judge ${JSON.stringify(s.judgeId)} already scored this bid at scores[${seen}] (BID-3)` });
      } else judges.set(s.judgeId, k);
    });
    if (!isEligible(section, b)) return; // an ineligible bid is not scored (BID-1)
    if (b.scores.length === 0) {
      issues.push({ path: ['bids', i, 'scores'], message: 'an eligible bid needs the scores of at least one judge (BID-3)' });
    } else if (trimmed && b.scores.length < section.trimmedMinJudges) {
      issues.push({
        path: ['bids', i, 'scores'],
        message: `the trimmed mean drops the highest and the lowest score, so it needs at least ${section.trimmedMinJudges} judges (BID-3), got ${b.scores.length}`,
      });
    }
  });
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  return { bids, trimmed };
}
