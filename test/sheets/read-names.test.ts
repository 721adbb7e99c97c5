import { describe, expect, it } from 'vitest';
import { CP_DEPOSIT, CP_RATE, CP_SETTLEMENT } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('tier names and months as the source writes them', () => {
  it('reads the short Chinese tier names 金牌, 银牌 and 普通 as gold, silver and ordinary (DEP-1)', () => {
    expect(CP_DEPOSIT('金牌')).toBe(90000);
    expect(CP_DEPOSIT('银牌')).toBe(40000);
    expect(CP_DEPOSIT('普通')).toBe(5000);
    expect(CP_RATE('port', ' 金牌 ', '2025-03-01', '2025-06-15')).toBe(0.4);
    expect(CP_RATE('port', '银牌', '2025-03-01', '2025-06-15')).toBe(0.3);
  });

  it('refuses a month with more than four year digits or anything before them, rather than reading its last seven characters', () => {
    for (const month of ['12026-01', 'x2026-01', '2026-2026-01']) {
      expectSheetError(
        () => CP_SETTLEMENT(month, 'payment'),
        'INVALID_INPUT',
        ['month'],
        `CP_SETTLEMENT: month must be a month written YYYY-MM or a date in that month, got '${month}'`,
      );
    }
    expect(CP_SETTLEMENT('2026-01', 'payment')).toBe(46078); // 2026-02-25
  });
});
