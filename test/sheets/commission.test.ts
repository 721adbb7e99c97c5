import { describe, expect, it } from 'vitest';
import { CP_COMMISSION } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('CP_COMMISSION (COM-1 to COM-6)', () => {
  it('pays the port line 40% for a gold partner in year 1 and 10% in year 2 (COM-2, COM-4)', () => {
    expect(CP_COMMISSION(9000, 'port', 'gold', '2025-03-01', '2025-06-15')).toBe(3600);
    expect(CP_COMMISSION(9000, 'port', 'gold', '2025-03-01', '2026-06-15')).toBe(900);
    expect(CP_COMMISSION(9000, 'port', 'gold', '2025-03-01', '2027-06-15')).toBe(0);
    expect(CP_COMMISSION(9000, 'port', '银牌渠道', '2025-03-01', '2025-06-15')).toBe(2700);
  });

  it('rounds half-up once, to the cent (CONV-2, COM-6)', () => {
    expect(CP_COMMISSION(0.05, 'conference', '', '2025-03-01', '2025-06-15')).toBe(0.01); // 0.005 → 0.01
    expect(CP_COMMISSION(0.04, 'conference', '', '2025-03-01', '2025-06-15')).toBe(0); // 0.004 → 0.00
    expect(CP_COMMISSION(1234.55, 'port', 'ordinary', '2025-03-01', '2025-06-15')).toBe(246.91); // 246.91 exactly
    expect(CP_COMMISSION(12345.67, 'ecs', '', '', '2026-01-15', '', 'cloud')).toBe(2469.13); // 2469.134
  });

  it('reads an amount left by a formula as the sheet shows it', () => {
    expect(CP_COMMISSION(0.1 + 0.2, 'conference', '', '2025-03-01', '2025-06-15')).toBe(0.03);
    expect(CP_COMMISSION('9000.00', 'port', 'gold', '2025-03-01', '2025-06-15')).toBe(3600);
  });

  it('pays a margin line the amount less its floor-price cost, never below 0 (COM-2)', () => {
    expect(CP_COMMISSION(1000, 'margin', '', '2025-03-01', '2025-06-15', 640)).toBe(360);
    expect(CP_COMMISSION(1000, 'margin', '', '2025-03-01', '2025-06-15', 1200)).toBe(0);
    expectSheetError(
      () => CP_COMMISSION(1000, 'margin', '', '2025-03-01', '2025-06-15'),
      'INVALID_INPUT',
      ['cost'],
      'CP_COMMISSION: cost is required on a margin line: the floor-price cost of the traffic (COM-2)',
    );
  });

  it('names the bad argument, never returns a wrong number', () => {
    expectSheetError(
      () => CP_COMMISSION(12.345, 'port', 'gold', '2025-03-01', '2025-06-15'),
      'INVALID_INPUT',
      ['amount'],
      'CP_COMMISSION: amount must have at most 2 decimal places, got 12.345 (round it with ROUND(…, 2) first)',
    );
    expectSheetError(() => CP_COMMISSION(-9000, 'port', 'gold', '2025-03-01', '2025-06-15'), 'INVALID_INPUT', ['amount'], 'CP_COMMISSION: amount must not be negative, got -9000');
    expectSheetError(() => CP_COMMISSION('n/a', 'port', 'gold', '2025-03-01', '2025-06-15'), 'INVALID_INPUT', ['amount'], "CP_COMMISSION: amount must be an amount such as 1234.56, got 'n/a'");
    expectSheetError(() => CP_COMMISSION(9000, 'port', 'gold', '', '2025-06-15'), 'INVALID_INPUT', ['customerStartOn'], /^CP_COMMISSION: customerStartOn is required/);
    expectSheetError(() => CP_COMMISSION(9000, 'fax', 'gold', '2025-03-01', '2025-06-15'), 'INVALID_INPUT', ['line'], 'CP_COMMISSION: line is not a product line of the telecom program, got "fax"');
    expectSheetError(() => CP_COMMISSION(9000, 'port', 'gold', '2025-03-01', 12), 'INVALID_INPUT', ['on'], /^CP_COMMISSION: on must be a date serial from 61/);
  });
});
