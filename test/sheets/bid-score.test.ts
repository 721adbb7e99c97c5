import { describe, expect, it } from 'vitest';
import { CP_BID_SCORE } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('CP_BID_SCORE (BID-2, BID-3)', () => {
  it('weighs market 30, team 20, operations 10, plan 40', () => {
    expect(CP_BID_SCORE(80, 70, 90, 85)).toBe(81); // 24 + 14 + 9 + 34
    expect(CP_BID_SCORE(100, 100, 100, 100)).toBe(100);
    expect(CP_BID_SCORE(0, 0, 0, 0)).toBe(0);
    expect(CP_BID_SCORE(100, 0, 0, 0)).toBe(30);
    expect(CP_BID_SCORE(0, 0, 0, 100)).toBe(40);
  });

  it('takes judges\' means with decimals and rounds the composite half-up to 2 places', () => {
    expect(CP_BID_SCORE(80.05, 70, 90, 85)).toBe(81.02); // 81.015
    expect(CP_BID_SCORE('77.5', 66, 91, 83.25)).toBe(78.85); // 23.25 + 13.2 + 9.1 + 33.3
  });

  it('names a score out of range', () => {
    expectSheetError(() => CP_BID_SCORE(80, 70, 90, 120), 'INVALID_INPUT', ['plan'], 'CP_BID_SCORE: plan must be a score from 0 to 100, got 120');
    expectSheetError(() => CP_BID_SCORE(-1, 70, 90, 85), 'INVALID_INPUT', ['market'], 'CP_BID_SCORE: market must be a score from 0 to 100, got -1');
    expectSheetError(() => CP_BID_SCORE(80, '', 90, 85), 'INVALID_INPUT', ['team'], 'CP_BID_SCORE: team must be a score from 0 to 100, got an empty cell');
  });

  it('uses the cloud program; the telecom program does not score bids', () => {
    expectSheetError(() => CP_BID_SCORE(80, 70, 90, 85, 'telecom'), 'NOT_CONFIGURED', ['program', 'bids'], 'CP_BID_SCORE: the telecom program configures no bid scoring');
  });
});
