import { describe, expect, it } from 'vitest';
import { CP_COMMISSION, CP_STATEMENT } from '../../src/sheets/index.js';
import { deepFreeze, expectSheetError } from './helpers.js';

const JAN = ['2026-01-01', '2026-01-31'] as const;
const Q1 = ['2026-01-01', '2026-03-31'] as const;
const receipts = [
  ['T1', 'C1', 'port', 9000, '2026-01-05', '2025-06-01'],
  ['T2', 'C2', 'port', 1000, '2026-02-06', '2025-06-01'],
  [null, null, null, null, null],
  ['T3', 'C3', 'margin', 1000, '2026-01-07', '2025-06-01', '', 640],
];

describe('CP_STATEMENT (COM-1 to COM-8)', () => {
  it('rounds once per product line and rate, not per receipt (COM-6)', () => {
    const tiny = [
      ['T1', 'C1', 'conference', 0.05, '2026-01-05', '2025-06-01'],
      ['T2', 'C2', 'conference', 0.05, '2026-01-06', '2025-06-01'],
    ];
    expect(CP_STATEMENT(tiny, ...JAN)).toBe(0.01); // 10% of 0.10
    expect(CP_COMMISSION(0.05, 'conference', '', '2025-06-01', '2026-01-05')).toBe(0.01); // 0.005 rounds up, per receipt
  });

  it('counts the receipts of the period at the tier in effect, margins less their cost (COM-2, COM-5)', () => {
    expect(CP_STATEMENT(receipts, ...JAN, 'gold')).toBe(3960); // 9000 × 40% + (1000 − 640)
    expect(CP_STATEMENT(receipts, ...JAN, 'gold', '', '', 'base')).toBe(9360);
    // Silver until 5 January, gold from the 6th: T1 (5 January) earns 30%.
    expect(CP_STATEMENT(receipts, ...JAN, [['silver', '2025-01-01'], ['gold', '2026-01-06']])).toBe(3060);
    expect(CP_STATEMENT(receipts, ...JAN)).toBe(2160); // no tier: ordinary (TIER-4), 9000 × 20% + 360
  });

  it('leaves receipts outside the period out, with a warning', () => {
    expect(CP_STATEMENT(receipts, ...JAN, 'gold', '', '', 'warnings')).toBe('received on 2026-02-06, outside the period 2026-01-01 to 2026-01-31: not counted');
    expect(CP_STATEMENT(receipts, ...Q1, 'gold', '', '', 'warnings')).toBe('');
  });

  it('claws back refunds at the rate their receipt earned, and subtracts a carried-in balance (COM-7, COM-8)', () => {
    const refunds = [['F1', 'T1', 4500, '2026-03-01']];
    expect(CP_STATEMENT(receipts, ...Q1, 'gold', refunds, '', 'commission')).toBe(4360);
    expect(CP_STATEMENT(receipts, ...Q1, 'gold', refunds, '', 'clawback')).toBe(1800); // 4500 × 40%
    expect(CP_STATEMENT(receipts, ...Q1, 'gold', refunds, 100, 'carried-in')).toBe(100);
    expect(CP_STATEMENT(receipts, ...Q1, 'gold', refunds, 100)).toBe(2460); // 4360 − 1800 − 100
    expect(CP_STATEMENT(receipts, ...Q1, 'gold', refunds, 5000)).toBe(-2440); // owed by the partner
  });

  it('reads frozen ranges without changing them', () => {
    const frozen = deepFreeze(receipts.map((r) => [...r]));
    expect(CP_STATEMENT(frozen, ...JAN, 'gold')).toBe(3960);
    expect(frozen).toEqual(receipts);
  });

  it('names a bad cell by row and column', () => {
    expectSheetError(
      () => CP_STATEMENT([['T1', 'C1', 'port', 9000, '2026-01-05']], ...Q1),
      'INVALID_INPUT',
      ['receipts', 0, 5],
      "CP_STATEMENT: receipts (row 1, column 6) is required: the telecom program's commission runs 2 years from the customer's start (COM-4)",
    );
    expectSheetError(
      () => CP_STATEMENT([...receipts, ['T4', 'C4', 'port', 12.345, '2026-01-05', '2025-06-01']], ...Q1),
      'INVALID_INPUT',
      ['receipts', 4, 3],
      'CP_STATEMENT: receipts (row 5, column 4) must have at most 2 decimal places, got 12.345 (round it with ROUND(…, 2) first)',
    );
    expectSheetError(
      () => CP_STATEMENT(receipts, ...Q1, 'gold', [['F1', 'T1', 9500, '2026-03-01']]),
      'REFUND_EXCEEDS_RECEIPT',
      ['refunds', 0, 2],
      'CP_STATEMENT: refunds (row 1, column 3) the refunds of receipt "T1" add up to 9500.00, more than its amount 9000.00',
    );
    expectSheetError(() => CP_STATEMENT(receipts, ...Q1, 'gold', [['F1', 'T9', 1, '2026-03-01']]), 'INVALID_INPUT', ['refunds', 0, 1], "CP_STATEMENT: refunds (row 1, column 2) names no receipt of receipts, got 'T9'");
    expectSheetError(() => CP_STATEMENT(receipts, ...Q1, [['gold', '2026-01-01'], ['platinum', '2026-02-01']]), 'INVALID_INPUT', ['tiers', 1, 0], /^CP_STATEMENT: tiers \(row 2, column 1\) must be 'gold'/);
    expectSheetError(() => CP_STATEMENT(receipts, '2026-03-31', '2026-01-01'), 'INVALID_INPUT', ['to'], 'CP_STATEMENT: to must not be before from (2026-03-31)');
    expectSheetError(() => CP_STATEMENT(receipts, ...Q1, 'gold', '', '', 'total'), 'INVALID_INPUT', ['part'], /^CP_STATEMENT: part must be 'payable', 'commission'/);
  });

  it('works for the cloud program, 20% of every line (COM-3)', () => {
    const cloud = [
      ['T1', 'C1', 'ecs', 12345.67, '2026-01-05'],
      ['T2', 'C1', 'oss', 100, '2026-01-09'],
    ];
    expect(CP_STATEMENT(cloud, ...JAN, '', '', '', 'commission', 'cloud')).toBe(2489.13); // 2469.134 + 20
  });
});
