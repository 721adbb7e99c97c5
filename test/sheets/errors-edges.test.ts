import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { runSheet } from '../../src/sheets/errors.js';
import { CP_BID_SCORE, CP_SETTLEMENT, CP_TIER } from '../../src/sheets/index.js';
import { expectSheetError, sheetErrorOf } from './helpers.js';

describe('spreadsheet error messages: where and how many', () => {
  it('name a single argument without a row or column', () => {
    expectSheetError(() => CP_TIER('lots'), 'INVALID_INPUT', ['metric'], "CP_TIER: metric must be a whole number ≥ 0, got 'lots'");
  });

  it('name a cell of a range by row and column, and a field of a row by row only', () => {
    expectSheetError(
      () => CP_SETTLEMENT('2026-02', 'invoice', [['2026-02-03'], ['25/02/2026']]),
      'INVALID_INPUT',
      ['holidays', 1, 0],
      "CP_SETTLEMENT: holidays (row 2, column 1) must be a real date (a date cell or text YYYY-MM-DD), got '25/02/2026'",
    );
    const e = sheetErrorOf(() =>
      runSheet('CP_X', () => {
        throw new PolicyError('INVALID_INPUT', [{ path: ['receipts', 0, 'amount'], message: 'is bad' }]);
      }),
    );
    expect(e.message).toBe('CP_X: receipts (row 1) amount is bad');
  });

  it('list every issue, separated by "; ", each with its own argument', () => {
    const e = sheetErrorOf(() =>
      runSheet('CP_X', () => {
        throw new PolicyError('INVALID_INPUT', [
          { path: ['market'], message: 'is bad' },
          { path: ['holidays', 2, 0], message: 'is worse' },
        ]);
      }),
    );
    expect(e.message).toBe('CP_X: market is bad; holidays (row 3, column 1) is worse');
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([
      { path: ['market'], message: 'is bad' },
      { path: ['holidays', 2, 0], message: 'is worse' },
    ]);
  });

  it('turn a cell that throws when read into INVALID_INPUT for the whole call (CONV-5)', () => {
    const cell = new Proxy(
      {},
      {
        get() {
          throw new TypeError('boom');
        },
      },
    );
    const e = expectSheetError(() => CP_BID_SCORE(cell as never, 70, 90, 85), 'INVALID_INPUT', [], 'CP_BID_SCORE: could not be computed: boom');
    expect(e).toBeInstanceOf(PolicyError);
    expect(e.issues).toEqual([{ path: [], message: 'could not be computed: boom' }]);
  });
});
