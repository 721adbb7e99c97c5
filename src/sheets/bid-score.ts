import { compositeScore } from '../bids/index.js';
import { cloudProgram } from '../policy/presets.js';
import { runSheet } from './errors.js';
import { readProgram, readScore, type Cell, type ProgramArg } from './read.js';

/**
 * `=CP_BID_SCORE(market, team, operations, plan)`: a bid's composite score
 * (BID-2, BID-3): Σ weight × category score / 100 with the weights market 30,
 * team 20, operations 10, plan 40, computed exactly and rounded half-up to 2
 * places. Give each category's score as the judges' mean (AVERAGE of their cells).
 *
 * @param market - Market expansion and service capability, 0–100.
 * @param team - Team, 0–100.
 * @param operations - Company operations, 0–100.
 * @param plan - Project plan and implementation, 0–100.
 * @param program - Optional: `"cloud"` (default).
 * @returns The composite as a number with at most 2 decimal places.
 * @throws {PolicyError} "CP_BID_SCORE: plan must be a score from 0 to 100, got 120".
 *
 * @example
 * CP_BID_SCORE(80, 70, 90, 85); //=> 81 (24 + 14 + 9 + 34)
 * CP_BID_SCORE(80.05, 70, 90, 85); //=> 81.02 (81.015, rounded half-up)
 */
export function CP_BID_SCORE(market: Cell, team: Cell, operations: Cell, plan: Cell, program?: ProgramArg): number {
  return runSheet('CP_BID_SCORE', () => {
    const policy = readProgram(program, cloudProgram);
    const scores = {
      market: readScore(market, ['market']),
      team: readScore(team, ['team']),
      operations: readScore(operations, ['operations']),
      plan: readScore(plan, ['plan']),
    };
    return Number(compositeScore(policy, scores).composite);
  });
}
