import { describe, expect, it } from 'vitest';
import { CP_BID_SCORE } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('CP_BID_SCORE: each category on its own (BID-2, BID-3)', () => {
  it('weighs each category alone: market 30, team 20, operations 10, plan 40', () => {
    expect(CP_BID_SCORE(100, 0, 0, 0)).toBe(30);
    expect(CP_BID_SCORE(0, 100, 0, 0)).toBe(20);
    expect(CP_BID_SCORE(0, 0, 100, 0)).toBe(10);
    expect(CP_BID_SCORE(0, 0, 0, 100)).toBe(40);
  });

  it('names the operations score when it is out of range or not a number', () => {
    expectSheetError(() => CP_BID_SCORE(80, 70, 101, 85), 'INVALID_INPUT', ['operations'], 'CP_BID_SCORE: operations must be a score from 0 to 100, got 101');
    expectSheetError(() => CP_BID_SCORE(80, 70, 'good', 85), 'INVALID_INPUT', ['operations'], "CP_BID_SCORE: operations must be a score from 0 to 100, got 'good'");
  });
});
