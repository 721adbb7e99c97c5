import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromDay, toDay } from '../../src/core/dates.js';
import { businessCalendar } from '../../src/periods/index.js';
import { calendarInputArb } from '../../src/testing/index.js';

const dayNum = fc.integer({ min: toDay('2024-01-01'), max: toDay('2028-12-31') });
const date = dayNum.map(fromDay);
const calendarInput = calendarInputArb({ customWeekend: true });

describe('businessCalendar properties (PER-6)', () => {
  test.prop([calendarInput, date])('rollForward(d) is a business day, no earlier than d, with no business day in between', (input, d) => {
    const cal = businessCalendar(input);
    const r = cal.rollForward(d);
    expect(cal.isBusinessDay(r)).toBe(true);
    expect(r >= d).toBe(true);
    for (let x = toDay(d); x < toDay(r); x++) expect(cal.isBusinessDay(fromDay(x))).toBe(false);
  });

  test.prop([calendarInput, date, fc.integer({ min: 0, max: 60 })])(
    'addBusinessDays(d, n) is strictly increasing in n, and each step lands on a business day',
    (input, d, n) => {
      const cal = businessCalendar(input);
      const a = cal.addBusinessDays(d, n);
      const b = cal.addBusinessDays(d, n + 1);
      expect(b > a).toBe(true);
      expect(cal.isBusinessDay(b)).toBe(true);
      // Exactly n + 1 business days lie in (d, b].
      let count = 0;
      for (let x = toDay(d) + 1; x <= toDay(b); x++) if (cal.isBusinessDay(fromDay(x))) count++;
      expect(count).toBe(n + 1);
    },
  );

  test.prop([calendarInput, date, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })])(
    'adding business days composes: (d + a) + b = d + (a + b) when d + a moved',
    (input, d, a, b) => {
      const cal = businessCalendar(input);
      fc.pre(a > 0);
      expect(cal.addBusinessDays(cal.addBusinessDays(d, a), b)).toBe(cal.addBusinessDays(d, a + b));
    },
  );

  test.prop([calendarInput, date])('a holiday is never a business day and a listed workday always is', (input, d) => {
    const cal = businessCalendar(input);
    if (input.holidays.includes(d)) expect(cal.isBusinessDay(d)).toBe(false);
    if (input.workdays.includes(d)) expect(cal.isBusinessDay(d)).toBe(true);
  });

  test.prop([calendarInput])('the order and repetition of the lists never change the calendar', (input) => {
    const a = businessCalendar(input);
    const b = businessCalendar({
      holidays: [...input.holidays, ...input.holidays].reverse(),
      workdays: [...input.workdays].reverse(),
      weekend: [...input.weekend].reverse(),
    });
    expect([a.holidays, a.workdays, a.weekend]).toEqual([b.holidays, b.workdays, b.weekend]);
  });
});
