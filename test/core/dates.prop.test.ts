import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, addMonths, daysInMonth, fromDay, instantToEpoch, isIsoDate, toDay, weekdayOf } from '../../src/core/dates.js';

const day = fc.integer({ min: toDay('1900-01-01'), max: toDay('2200-12-31') });
const date = day.map(fromDay);

describe('calendar arithmetic (CONV-3) properties', () => {
  test.prop([day])('day numbers round-trip and agree with Date.UTC, whatever the machine time zone', (n) => {
    const iso = fromDay(n);
    expect(isIsoDate(iso)).toBe(true);
    expect(toDay(iso)).toBe(n);
    expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
    expect(weekdayOf(n)).toBe(new Date(n * 86_400_000).getUTCDay());
  });

  test.prop([date, fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })])(
    'adding days composes: (d + a) + b = d + (a + b)',
    (d, a, b) => {
      expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
    },
  );

  test.prop([date, fc.integer({ min: -600, max: 600 })])(
    'adding months lands in the right month, on the same day or clamped to that month’s end',
    (d, n) => {
      const r = addMonths(d, n);
      const months = (Number(r.slice(0, 4)) - Number(d.slice(0, 4))) * 12 + Number(r.slice(5, 7)) - Number(d.slice(5, 7));
      expect(months).toBe(n);
      const wanted = Math.min(Number(d.slice(8, 10)), daysInMonth(Number(r.slice(0, 4)), Number(r.slice(5, 7))));
      expect(Number(r.slice(8, 10))).toBe(wanted);
    },
  );

  test.prop([date, date])('ISO date strings order the same way as their day numbers', (a, b) => {
    expect(Math.sign(toDay(a) - toDay(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
  });

  test.prop([
    day,
    fc.integer({ min: 0, max: 86_399_999 }),
    fc.integer({ min: -14 * 60, max: 14 * 60 }),
  ])('an instant written with any offset parses to the same epoch as the engine’s ISO parser', (n, msOfDay, offsetMin) => {
    const epoch = n * 86_400_000 + msOfDay;
    const local = new Date(epoch + offsetMin * 60_000).toISOString().slice(0, 23);
    const sign = offsetMin < 0 ? '-' : '+';
    const abs = Math.abs(offsetMin);
    const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    expect(instantToEpoch(text)).toBe(epoch);
    expect(instantToEpoch(text)).toBe(Date.parse(text));
  });
});
