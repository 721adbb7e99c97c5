import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, addYears } from '../../src/core/dates.js';
import { CP_RATE } from '../../src/sheets/index.js';
import { dateCellOf, isoDateArb, tierCellArb } from './arbitraries.js';

const YEAR1 = { gold: 0.4, silver: 0.3, ordinary: 0.2 } as const;

describe('CP_RATE properties', () => {
  test.prop([tierCellArb, isoDateArb('2023-01-01', 1500), fc.integer({ min: -200, max: 1000 })])(
    'for any port receipt, the rate is the tier rate before the first anniversary, 10% before the second, then 0 (COM-4)',
    ({ tier, cell }, start, offset) => {
      const on = addDays(start, offset);
      const expected = on < addYears(start, 1) ? YEAR1[tier] : on < addYears(start, 2) ? 0.1 : 0;
      expect(CP_RATE('port', cell, start, on)).toBe(expected);
    },
  );

  test.prop([tierCellArb, isoDateArb(), isoDateArb(), isoDateArb()])(
    'for any customer, a later date never raises the rate (COM-4)',
    ({ cell }, start, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(CP_RATE('port', cell, start, late)).toBeLessThanOrEqual(CP_RATE('port', cell, start, early));
    },
  );

  test.prop([isoDateArb().chain((d) => fc.tuple(fc.constant(d), dateCellOf(d))), isoDateArb()])(
    'for any date, a date cell and its text give the same rate',
    ([iso, cell], start) => {
      expect(CP_RATE('port', 'gold', start, cell)).toBe(CP_RATE('port', 'gold', start, iso));
    },
  );
});
