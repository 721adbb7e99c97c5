import { describe, expect, it } from 'vitest';
import { shown } from '../../src/sheets/cells.js';
import { CP_BID_SCORE, CP_TIER } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('how a received value is shown in a message', () => {
  it('calls nothing, null and "" an empty cell', () => {
    expect(shown(undefined)).toBe('an empty cell');
    expect(shown(null)).toBe('an empty cell');
    expect(shown('')).toBe('an empty cell');
    expectSheetError(() => CP_TIER(null), 'INVALID_INPUT', ['metric'], 'CP_TIER: metric must be a whole number ≥ 0, got an empty cell');
  });

  it('quotes text whole up to 40 characters and cuts longer text at 40 with an ellipsis', () => {
    const forty = 'abcdefghij'.repeat(4);
    expect(shown(forty)).toBe(`'${forty}'`);
    expect(shown(`${forty}k`)).toBe(`'${forty}…'`);
    expect(shown(`${forty}${forty}`)).toBe(`'${forty}…'`);
    expectSheetError(
      () => CP_TIER(`closed customers in the first quarter of 2026`),
      'INVALID_INPUT',
      ['metric'],
      "CP_TIER: metric must be a whole number ≥ 0, got 'closed customers in the first quarter of…'",
    );
  });

  it('names a range given for a single cell as "a range"', () => {
    expect(shown([[80]])).toBe('a range');
    expect(shown([])).toBe('a range');
    expectSheetError(() => CP_BID_SCORE([[80, 75]] as never, 70, 90, 85), 'INVALID_INPUT', ['market'], 'CP_BID_SCORE: market must be a score from 0 to 100, got a range');
  });

  it('names anything else by its type, never by running its code', () => {
    expect(shown({ value: 80 })).toBe('an object');
    expect(shown(80n)).toBe('a bigint');
    expect(shown(Symbol('score'))).toBe('a symbol');
    expect(shown(() => 80)).toBe('a function');
    expectSheetError(() => CP_BID_SCORE(80n as never, 70, 90, 85), 'INVALID_INPUT', ['market'], 'CP_BID_SCORE: market must be a score from 0 to 100, got a bigint');
    expectSheetError(() => CP_BID_SCORE({ value: 80 } as never, 70, 90, 85), 'INVALID_INPUT', ['market'], 'CP_BID_SCORE: market must be a score from 0 to 100, got an object');
  });
});
