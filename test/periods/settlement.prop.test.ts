import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toDay } from '../../src/core/dates.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { businessCalendar, deemedAcceptedOn, settlementCalendar } from '../../src/periods/index.js';

const month = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const holidays = fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { maxLength: 12 });

describe('settlement properties (PER-4)', () => {
  test.prop([month, holidays])(
    'every settlement date is a business day of the following month or just after it, and the steps keep their order',
    (m, days) => {
      const [y, mo] = m.split('-').map(Number) as [number, number];
      const ny = mo === 12 ? y + 1 : y;
      const nm = String(mo === 12 ? 1 : mo + 1).padStart(2, '0');
      const calendar = businessCalendar({ holidays: days.map((d) => `${ny}-${nm}-${String(d).padStart(2, '0')}`) });
      const s = settlementCalendar(cloudProgram, { month: m, calendar });
      const dates = [s.statementOn, s.confirmBy, s.invoiceBy, s.paymentOn];
      for (const d of dates) {
        expect(calendar.isBusinessDay(d)).toBe(true);
        expect(d >= `${ny}-${nm}-07`).toBe(true);
      }
      for (let i = 1; i < dates.length; i++) expect(dates[i]! >= dates[i - 1]!).toBe(true);
    },
  );

  test.prop([fc.integer({ min: toDay('2000-01-01'), max: toDay('2100-01-01') }), fc.integer({ min: 0, max: 30 })])(
    'a later reminder never gives an earlier deemed acceptance',
    (d, gap) => {
      const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(deemedAcceptedOn(iso(d + gap)) >= deemedAcceptedOn(iso(d))).toBe(true);
    },
  );
});
