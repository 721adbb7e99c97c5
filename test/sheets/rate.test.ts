import { describe, expect, it } from 'vitest';
import { CP_RATE } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('CP_RATE (COM-2 to COM-5)', () => {
  it('pays the port line at the tier rate in the first year, 10% in the second, nothing after (COM-4)', () => {
    expect(CP_RATE('port', 'gold', '2025-03-01', '2025-06-15')).toBe(0.4);
    expect(CP_RATE('port', 'silver', '2025-03-01', '2025-06-15')).toBe(0.3);
    expect(CP_RATE('port', 'ordinary', '2025-03-01', '2025-06-15')).toBe(0.2);
    expect(CP_RATE('port', 'gold', '2025-03-01', '2026-02-28')).toBe(0.4); // last day of year 1
    expect(CP_RATE('port', 'gold', '2025-03-01', '2026-03-01')).toBe(0.1); // first anniversary
    expect(CP_RATE('port', 'gold', '2025-03-01', '2027-02-28')).toBe(0.1);
    expect(CP_RATE('port', 'gold', '2025-03-01', '2027-03-01')).toBe(0); // second anniversary: window over
  });

  it('pays conference 10% in both years and margin at rate 1 (COM-2)', () => {
    expect(CP_RATE('conference', 'gold', '2025-03-01', '2025-06-15')).toBe(0.1);
    expect(CP_RATE('conference', 'gold', '2025-03-01', '2026-06-15')).toBe(0.1);
    expect(CP_RATE('conference', 'gold', '2025-03-01', '2027-06-15')).toBe(0);
    expect(CP_RATE('margin', '', '2025-03-01', '2025-06-15')).toBe(1);
  });

  it('turns a 29 February start over on 28 February in a common year (COM-4)', () => {
    expect(CP_RATE('port', 'gold', '2024-02-29', '2025-02-27')).toBe(0.4);
    expect(CP_RATE('port', 'gold', '2024-02-29', '2025-02-28')).toBe(0.1);
  });

  it('counts a prepayment before the start in year 1 (COM-4)', () => {
    expect(CP_RATE('port', 'gold', '2025-03-01', '2025-01-10')).toBe(0.4);
  });

  it('treats an empty tier as ordinary (TIER-4)', () => {
    expect(CP_RATE('port', '', '2025-03-01', '2025-06-15')).toBe(0.2);
    expect(CP_RATE('port', null, '2025-03-01', '2025-06-15')).toBe(0.2);
  });

  it('takes dates as serials, as date cells hold them', () => {
    // 45717 = 2025-03-01, 45823 = 2025-06-15
    expect(CP_RATE('port', 'gold', 45717, 45823)).toBe(0.4);
  });

  it('pays every cloud line 20%, with no window (COM-3)', () => {
    expect(CP_RATE('ecs', '', '', '2026-01-15', '', 'cloud')).toBe(0.2);
    expect(CP_RATE('oss', 'gold', '2020-01-01', '2026-01-15', 5000, 'cloud')).toBe(0.2);
  });

  it('names what is wrong', () => {
    expectSheetError(
      () => CP_RATE('port', 'gold', '', '2025-06-15'),
      'INVALID_INPUT',
      ['customerStartOn'],
      "CP_RATE: customerStartOn is required: the telecom program's commission runs 2 years from the customer's start (COM-4)",
    );
    expectSheetError(() => CP_RATE('fax', 'gold', '2025-03-01', '2025-06-15'), 'INVALID_INPUT', ['line'], 'CP_RATE: line is not a product line of the telecom program, got "fax"');
    expectSheetError(() => CP_RATE('port', 'platinum', '2025-03-01', '2025-06-15'), 'INVALID_INPUT', ['tier'], "CP_RATE: tier must be 'gold', 'silver' or 'ordinary', got 'platinum'");
    expectSheetError(() => CP_RATE('port', 'gold', '2025-03-01', '2025-02-30'), 'INVALID_INPUT', ['on'], "CP_RATE: on must be a real date (a date cell or text YYYY-MM-DD), got '2025-02-30'");
    expectSheetError(() => CP_RATE('port', 'gold', '2025-03-01', ''), 'INVALID_INPUT', ['on'], 'CP_RATE: on is required: a date (a date cell or text YYYY-MM-DD)');
    expectSheetError(() => CP_RATE(12, 'gold', '2025-03-01', '2025-06-15'), 'INVALID_INPUT', ['line'], "CP_RATE: line must be a product line such as 'port', got 12");
  });
});
