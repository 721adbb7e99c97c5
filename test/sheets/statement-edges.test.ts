import { describe, expect, it } from 'vitest';
import { CP_STATEMENT } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

const JAN = ['2026-01-01', '2026-01-31'] as const;
const Q1 = ['2026-01-01', '2026-03-31'] as const;
// T1 and T3 are received in January, T2 in February; customers started 2025-06-01 (commission year 1, COM-4).
const receipts = [
  ['T1', 'C1', 'port', 9000, '2026-01-05', '2025-06-01'],
  ['T2', 'C2', 'port', 1000, '2026-02-06', '2025-06-01'],
  ['T3', 'C3', 'margin', 1000, '2026-01-07', '2025-06-01', '', 640],
];

describe('CP_STATEMENT: the covers-from column decides the commission year (COM-4)', () => {
  // A customer who started 2024-01-01: a receipt of 2026-01-05 falls after the two-year window.
  const late = (covers: string) => [['R1', 'C1', 'port', 9000, '2026-01-05', '2024-01-01', covers]];

  it('pays nothing on a receipt received after the window, when it covers no earlier service', () => {
    expect(CP_STATEMENT(late(''), ...JAN, 'gold', '', '', 'commission')).toBe(0);
  });

  it('pays the year-2 rate (port 10%) when the receipt covers service from year 2', () => {
    expect(CP_STATEMENT(late('2025-12-01'), ...JAN, 'gold', '', '', 'commission')).toBe(900); // 9000 × 10%
    expect(CP_STATEMENT(late('2025-12-01'), ...JAN, 'gold', '', '', 'base')).toBe(9000);
  });

  it('pays the tier rate (gold 40%) when it covers service from year 1', () => {
    expect(CP_STATEMENT(late('2024-06-01'), ...JAN, 'gold', '', '', 'commission')).toBe(3600); // 9000 × 40%
  });
});

describe('CP_STATEMENT: refunds (COM-7)', () => {
  it('skips empty refund rows', () => {
    const refunds = [
      [null, null, null, null],
      ['F1', 'T1', 4500, '2026-03-01'],
      ['', ' ', '', ''],
    ];
    expect(CP_STATEMENT(receipts, ...Q1, 'gold', refunds, '', 'clawback')).toBe(1800); // 4500 × 40%
  });

  it('refuses a refund row with a cell left empty, naming it', () => {
    expectSheetError(
      () => CP_STATEMENT(receipts, ...Q1, 'gold', [['F1', 'T1', 4500, '2026-03-01'], ['', 'T1', 100, '2026-03-02']]),
      'INVALID_INPUT',
      ['refunds', 1, 0],
      'CP_STATEMENT: refunds (row 2, column 1) is required: an id',
    );
  });

  it('claws back from the first receipt of an id that repeats', () => {
    const twice = [
      ['T1', 'C1', 'port', 9000, '2026-01-05', '2025-06-01'],
      ['T1', 'C1', 'conference', 1000, '2026-01-06', '2025-06-01'],
    ];
    expect(CP_STATEMENT(twice, ...Q1, 'gold', [['F1', 'T1', 4500, '2026-03-01']], '', 'clawback')).toBe(1800); // of the port receipt, at 40%
  });

  it('refuses a refunds row that is an object, from code', () => {
    expectSheetError(
      () => CP_STATEMENT(receipts, ...Q1, 'gold', [{ id: 'F1' }] as never),
      'INVALID_INPUT',
      ['refunds', 0],
      'CP_STATEMENT: refunds (row 1) must be a row of cells, got an object',
    );
  });
});

describe('CP_STATEMENT: warnings', () => {
  it('joins several warnings with "; "', () => {
    const rows = [...receipts, ['T4', 'C4', 'port', 500, '2025-12-31', '2025-06-01']];
    expect(CP_STATEMENT(rows, ...JAN, 'gold', '', '', 'warnings')).toBe(
      'received on 2026-02-06, outside the period 2026-01-01 to 2026-01-31: not counted; received on 2025-12-31, outside the period 2026-01-01 to 2026-01-31: not counted',
    );
  });
});

describe('CP_STATEMENT: the tiers argument (TIER-2, TIER-4, COM-5)', () => {
  it('reads a 1×1 range as the tier throughout, and an empty one as ordinary', () => {
    expect(CP_STATEMENT(receipts, ...JAN, [['silver']])).toBe(3060); // 9000 × 30% + 360
    expect(CP_STATEMENT(receipts, ...JAN, [['']])).toBe(2160); // 9000 × 20% + 360
  });

  it('reads a single row tier | from as a history: before its date the partner is ordinary', () => {
    expect(CP_STATEMENT(receipts, ...JAN, [['gold', '2026-01-06']])).toBe(2160); // T1 (5 January) at ordinary 20%
    expect(CP_STATEMENT(receipts, ...JAN, [['gold', '2026-01-05']])).toBe(3960); // T1 at gold 40%
  });

  it('skips empty rows of the history', () => {
    expect(CP_STATEMENT(receipts, ...JAN, [['silver', '2025-01-01'], [null, null], ['gold', '2026-01-06']])).toBe(3060);
  });

  it('names the bad cell of a tier history', () => {
    expectSheetError(
      () => CP_STATEMENT(receipts, ...JAN, [['gold'], ['silver']]),
      'INVALID_INPUT',
      ['tiers', 0, 1],
      'CP_STATEMENT: tiers (row 1, column 2) is required: a date (a date cell or text YYYY-MM-DD)',
    );
    expectSheetError(
      () => CP_STATEMENT(receipts, ...JAN, [['gold', 'soon']]),
      'INVALID_INPUT',
      ['tiers', 0, 1],
      "CP_STATEMENT: tiers (row 1, column 2) must be a real date (a date cell or text YYYY-MM-DD), got 'soon'",
    );
    expectSheetError(
      () => CP_STATEMENT(receipts, ...JAN, [['gold', '2025-01-01'], ['', '2026-01-01']]),
      'INVALID_INPUT',
      ['tiers', 1, 0],
      "CP_STATEMENT: tiers (row 2, column 1) is required: 'gold', 'silver' or 'ordinary'",
    );
    expectSheetError(
      () => CP_STATEMENT(receipts, ...JAN, [{ tier: 'gold' }] as never),
      'INVALID_INPUT',
      ['tiers', 0],
      'CP_STATEMENT: tiers (row 1) must be a row of cells, got an object',
    );
  });

  it('names the tiers argument for a bad tier throughout', () => {
    expectSheetError(() => CP_STATEMENT(receipts, ...JAN, 'platinum'), 'INVALID_INPUT', ['tiers'], "CP_STATEMENT: tiers must be 'gold', 'silver' or 'ordinary', got 'platinum'");
    expectSheetError(() => CP_STATEMENT(receipts, ...JAN, [['platinum']]), 'INVALID_INPUT', ['tiers'], "CP_STATEMENT: tiers must be 'gold', 'silver' or 'ordinary', got 'platinum'");
  });

  it('names a bad tier cell by its own row, even when refunds are given', () => {
    expectSheetError(
      () => CP_STATEMENT(receipts, ...Q1, [['platinum', '2026-01-01']], [['F1', 'T1', 4500, '2026-03-01']]),
      'INVALID_INPUT',
      ['tiers', 0, 0],
      "CP_STATEMENT: tiers (row 1, column 1) must be 'gold', 'silver' or 'ordinary', got 'platinum'",
    );
  });
});

describe('CP_STATEMENT: naming the other bad arguments', () => {
  it('names from and to', () => {
    expectSheetError(() => CP_STATEMENT(receipts, 'soon', '2026-01-31'), 'INVALID_INPUT', ['from'], "CP_STATEMENT: from must be a real date (a date cell or text YYYY-MM-DD), got 'soon'");
    expectSheetError(() => CP_STATEMENT(receipts, '2026-01-01', ''), 'INVALID_INPUT', ['to'], 'CP_STATEMENT: to is required: a date (a date cell or text YYYY-MM-DD)');
    expectSheetError(() => CP_STATEMENT(receipts, '2026-03-31', '2026-01-01'), 'INVALID_INPUT', ['to'], 'CP_STATEMENT: to must not be before from (2026-03-31)');
  });

  it('names a receipts row that is an object, and an empty product line', () => {
    expectSheetError(
      () => CP_STATEMENT([['T1', 'C1', 'port', 9000, '2026-01-05', '2025-06-01'], { id: 'T2' }] as never, ...JAN),
      'INVALID_INPUT',
      ['receipts', 1],
      'CP_STATEMENT: receipts (row 2) must be a row of cells, got an object',
    );
    expectSheetError(
      () => CP_STATEMENT([['T1', 'C1', ' ', 9000, '2026-01-05', '2025-06-01']], ...JAN),
      'INVALID_INPUT',
      ['receipts', 0, 2],
      "CP_STATEMENT: receipts (row 1, column 3) is required: a product line such as 'port'",
    );
  });

  it('names a negative carried-in balance (COM-8: the balance is cash, ≥ 0)', () => {
    expectSheetError(() => CP_STATEMENT(receipts, ...JAN, 'gold', '', -5), 'INVALID_INPUT', ['carriedIn'], 'CP_STATEMENT: carriedIn must not be negative, got -5');
  });
});
