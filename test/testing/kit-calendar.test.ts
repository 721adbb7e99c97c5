/**
 * calendarInputArb keeps its documented contract (PER-6): every input is one
 * businessCalendar accepts, with holidays and make-up workdays inside the
 * range, make-up workdays only on weekend days and never on a holiday, and the
 * maxHolidays / maxWorkdays bounds kept and reached.
 */
import { describe, expect, it } from 'vitest';
import { toDay, weekdayOf } from '../../src/core/dates.js';
import { businessCalendar } from '../../src/periods/index.js';
import { calendarInputArb } from '../../src/testing/index.js';
import { sampleOf } from './kit-sampling.js';

describe('calendarInputArb', () => {
  it('by default gives Saturday-Sunday weekends, dates in 2024-2028, make-up workdays on weekends and not holidays', () => {
    const inputs = sampleOf(calendarInputArb(), 1000);
    for (const input of inputs) {
      expect(input.weekend).toEqual([0, 6]);
      const dates = [...input.holidays, ...input.workdays];
      expect(dates.every((d) => d >= '2024-01-01' && d <= '2028-12-31')).toBe(true);
      expect(input.holidays.length).toBeLessThanOrEqual(30);
      expect(input.workdays.length).toBeLessThanOrEqual(6);
      for (const w of input.workdays) {
        expect([0, 6]).toContain(weekdayOf(toDay(w)));
        expect(input.holidays).not.toContain(w);
      }
      expect(businessCalendar(input).workdays).toEqual([...new Set(input.workdays)].sort());
    }
    expect(inputs.some((i) => i.workdays.length >= 2)).toBe(true);
    expect(inputs.some((i) => i.holidays.length >= 2)).toBe(true);
  });

  it('keeps to a range given by its start alone or its end alone', () => {
    const late = sampleOf(calendarInputArb({ from: '2028-11-01' }), 500).flatMap((i) => [...i.holidays, ...i.workdays]);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((d) => d >= '2028-11-01' && d <= '2028-12-31')).toBe(true);
    const early = sampleOf(calendarInputArb({ to: '2024-02-29' }), 500).flatMap((i) => [...i.holidays, ...i.workdays]);
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((d) => d >= '2024-01-01' && d <= '2024-02-29')).toBe(true);
  });

  it('keeps to maxHolidays and maxWorkdays and reaches them', () => {
    const inputs = sampleOf(calendarInputArb({ maxHolidays: 3, maxWorkdays: 2 }));
    expect(Math.max(...inputs.map((i) => i.holidays.length))).toBe(3);
    expect(Math.max(...inputs.map((i) => i.workdays.length))).toBe(2);
    expect(Math.max(...sampleOf(calendarInputArb({ maxWorkdays: 1 })).map((i) => i.workdays.length))).toBe(1);
  });

  it('with customWeekend, varies the weekend (at most 3 distinct days) and puts make-up workdays on its days', () => {
    const inputs = sampleOf(calendarInputArb({ customWeekend: true }), 1000);
    for (const input of inputs) {
      expect(new Set(input.weekend).size).toBe(input.weekend.length);
      expect(input.weekend.length).toBeLessThanOrEqual(3);
      expect(input.weekend.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)).toBe(true);
      for (const w of input.workdays) expect(input.weekend).toContain(weekdayOf(toDay(w)));
      businessCalendar(input);
    }
    expect(new Set(inputs.map((i) => i.weekend.join(','))).size).toBeGreaterThan(10);
    expect(inputs.some((i) => i.workdays.length > 0 && i.weekend.join(',') !== '0,6')).toBe(true);
  });
});
