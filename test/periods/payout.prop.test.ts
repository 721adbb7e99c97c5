import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromDay, toDay } from '../../src/core/dates.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { businessCalendar, payoutTimeline } from '../../src/periods/index.js';

const day = fc.integer({ min: toDay('2020-01-01'), max: toDay('2030-12-31') });

describe('payout workflow properties (PER-5)', () => {
  test.prop([day.map(fromDay), fc.uniqueArray(day, { maxLength: 30 })])(
    'each step starts when the previous one is due and takes exactly its business days',
    (startOn, holidayDays) => {
      const calendar = businessCalendar({ holidays: holidayDays.map(fromDay) });
      const t = payoutTimeline(telecomProgram, { startOn, calendar });
      let at = startOn;
      for (const s of t.steps) {
        expect(s.startsOn).toBe(at);
        let count = 0;
        for (let x = toDay(s.startsOn) + 1; x <= toDay(s.dueOn); x++) if (calendar.isBusinessDay(fromDay(x))) count++;
        expect(count).toBe(s.days);
        at = s.dueOn;
      }
      expect(t.completesOn).toBe(at);
    },
  );
});
