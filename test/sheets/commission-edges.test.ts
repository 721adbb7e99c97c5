import { describe, expect, it } from 'vitest';
import { CP_COMMISSION } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('CP_COMMISSION: every bad cell is named by its argument', () => {
  it('names a tier that is not gold, silver or ordinary', () => {
    expectSheetError(
      () => CP_COMMISSION(9000, 'port', 'platinum', '2025-03-01', '2025-06-15'),
      'INVALID_INPUT',
      ['tier'],
      "CP_COMMISSION: tier must be 'gold', 'silver' or 'ordinary', got 'platinum'",
    );
  });

  it('names a customer start that is not a date', () => {
    expectSheetError(
      () => CP_COMMISSION(9000, 'port', 'gold', 'March', '2025-06-15'),
      'INVALID_INPUT',
      ['customerStartOn'],
      "CP_COMMISSION: customerStartOn must be a real date (a date cell or text YYYY-MM-DD), got 'March'",
    );
  });

  it('names a line that is not text, or left empty', () => {
    expectSheetError(
      () => CP_COMMISSION(9000, 42, 'gold', '2025-03-01', '2025-06-15'),
      'INVALID_INPUT',
      ['line'],
      "CP_COMMISSION: line must be a product line such as 'port', got 42",
    );
    expectSheetError(
      () => CP_COMMISSION(9000, '  ', 'gold', '2025-03-01', '2025-06-15'),
      'INVALID_INPUT',
      ['line'],
      "CP_COMMISSION: line is required: a product line such as 'port'",
    );
  });

  it('names a margin line cost that is not an amount (COM-2)', () => {
    expectSheetError(
      () => CP_COMMISSION(1000, 'margin', '', '2025-03-01', '2025-06-15', 'n/a'),
      'INVALID_INPUT',
      ['cost'],
      "CP_COMMISSION: cost must be an amount such as 1234.56, got 'n/a'",
    );
    expectSheetError(
      () => CP_COMMISSION(1000, 'margin', '', '2025-03-01', '2025-06-15', 640.001),
      'INVALID_INPUT',
      ['cost'],
      'CP_COMMISSION: cost must have at most 2 decimal places, got 640.001 (round it with ROUND(…, 2) first)',
    );
  });

  it('reads an empty tier as ordinary and an empty customer start as none (TIER-4, cloud COM-4)', () => {
    // Port year 1: ordinary 20% of 9000 (COM-2).
    expect(CP_COMMISSION(9000, 'port', '', '2025-03-01', '2025-06-15')).toBe(1800);
    // The cloud program has no commission window: no customer start needed.
    expect(CP_COMMISSION(12345.67, 'ecs', '', '', '2026-01-15', '', 'cloud')).toBe(2469.13);
  });
});
