import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { CP_RATE } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

/** A cloud program whose lines have a whole ladder: 15% below 10 000, 20% from 10 000 (COM-3). */
const ladder = definePolicy(cloudProgram, {
  commission: {
    otherLines: {
      kind: 'ladder',
      mode: 'whole',
      brackets: [
        { from: '0', to: '10000', rate: '0.15' },
        { from: '10000', to: null, rate: '0.2' },
      ],
    },
  },
});

describe('CP_RATE: customer start and volume (COM-3, COM-4)', () => {
  it('names a customer start date that is not a date', () => {
    expectSheetError(
      () => CP_RATE('port', 'gold', '2025-02-30', '2025-06-15'),
      'INVALID_INPUT',
      ['customerStartOn'],
      "CP_RATE: customerStartOn must be a real date (a date cell or text YYYY-MM-DD), got '2025-02-30'",
    );
  });

  it('gives the rate of the ladder bracket the volume falls in; a bound belongs to the bracket it starts (COM-3)', () => {
    expect(CP_RATE('ecs', '', '', '2026-01-15', 9999.99, ladder)).toBe(0.15);
    expect(CP_RATE('ecs', '', '', '2026-01-15', '9999.99', ladder)).toBe(0.15);
    expect(CP_RATE('ecs', '', '', '2026-01-15', 10000, ladder)).toBe(0.2);
    expect(CP_RATE('ecs', '', '', '2026-01-15', '25000.5', ladder)).toBe(0.2);
  });

  it('requires the volume of a ladder line with more than one bracket', () => {
    expectSheetError(
      () => CP_RATE('ecs', '', '', '2026-01-15', '', ladder),
      'INVALID_INPUT',
      ['volume'],
      'CP_RATE: volume is required: the ecs line has a volume ladder of 2 brackets (COM-3)',
    );
  });

  it('names a volume that is not cash, even where the preset rate does not depend on it', () => {
    expectSheetError(() => CP_RATE('ecs', '', '', '2026-01-15', 'lots', 'cloud'), 'INVALID_INPUT', ['volume'], "CP_RATE: volume must be an amount such as 1234.56, got 'lots'");
    expectSheetError(() => CP_RATE('ecs', '', '', '2026-01-15', -5, 'cloud'), 'INVALID_INPUT', ['volume'], 'CP_RATE: volume must not be negative, got -5');
    expectSheetError(
      () => CP_RATE('ecs', '', '', '2026-01-15', 12.345, ladder),
      'INVALID_INPUT',
      ['volume'],
      'CP_RATE: volume must have at most 2 decimal places, got 12.345 (round it with ROUND(…, 2) first)',
    );
  });
});
