import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CP_SETTLEMENT } from '../../src/sheets/index.js';
import { serialOf } from './arbitraries.js';

/** Saturday or Sunday: serial 1 (1899-12-31) is a Sunday, so serial mod 7 is 0 on Saturdays and 1 on Sundays. */
const isWeekend = (serial: number) => serial % 7 === 0 || serial % 7 === 1;
const NOMINAL = { statement: 7, confirm: 10, invoice: 15, payment: 25 } as const;

const month = fc.record({ year: fc.integer({ min: 2000, max: 2098 }), month: fc.integer({ min: 1, max: 12 }) });
const step = fc.constantFrom('statement', 'confirm', 'invoice', 'payment' as const);

describe('CP_SETTLEMENT properties', () => {
  test.prop([month, step, fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 })])(
    'for any month and holidays, the date is the first business day on or after the nominal day of the next month (PER-4, PER-6)',
    ({ year, month: m }, s, holidayOffsets) => {
      const ny = m === 12 ? year + 1 : year;
      const nm = m === 12 ? 1 : m + 1;
      const nominal = serialOf(`${ny}-${String(nm).padStart(2, '0')}-${String(NOMINAL[s]).padStart(2, '0')}`);
      const holidays = holidayOffsets.map((o) => nominal - 5 + o);
      const got = CP_SETTLEMENT(`${year}-${String(m).padStart(2, '0')}`, s, holidays.map((h) => [h]));
      const business = (serial: number) => !isWeekend(serial) && !holidays.includes(serial);
      expect(got).toBeGreaterThanOrEqual(nominal);
      expect(business(got)).toBe(true);
      for (let d = nominal; d < got; d++) expect(business(d)).toBe(false);
    },
  );

  test.prop([month, step, fc.array(fc.array(fc.constantFrom(null, '', undefined), { maxLength: 3 }), { maxLength: 3 })])(
    'for any range of empty cells, the dates are those of no holidays',
    ({ year, month: m }, s, empties) => {
      const mm = `${year}-${String(m).padStart(2, '0')}`;
      expect(CP_SETTLEMENT(mm, s, empties)).toBe(CP_SETTLEMENT(mm, s));
    },
  );
});
