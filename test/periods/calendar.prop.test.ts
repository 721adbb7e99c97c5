import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromDay, toDay, weekdayOf } from '../../src/core/dates.js';
import { PolicyError } from '../../src/core/errors.js';
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

  test.prop([calendarInput, date])(
    'd is a business day exactly when rollForward(d) is d, and one business day after d is the next day rolled forward',
    (input, d) => {
      const cal = businessCalendar(input);
      expect(cal.rollForward(d) === d).toBe(cal.isBusinessDay(d));
      expect(cal.addBusinessDays(d, 1)).toBe(cal.rollForward(fromDay(toDay(d) + 1)));
    },
  );

  test.prop([calendarInput, fc.uniqueArray(dayNum, { maxLength: 20 }), date, fc.integer({ min: 0, max: 30 })])(
    'holidays on weekend days change no answer',
    (input, extra, d, n) => {
      const workdays = new Set(input.workdays);
      const weekendHolidays = extra.map(fromDay).filter((x) => input.weekend.includes(weekdayOf(toDay(x))) && !workdays.has(x));
      const plain = businessCalendar(input);
      const more = businessCalendar({ ...input, holidays: [...input.holidays, ...weekendHolidays] });
      expect(more.isBusinessDay(d)).toBe(plain.isBusinessDay(d));
      expect(more.rollForward(d)).toBe(plain.rollForward(d));
      expect(more.addBusinessDays(d, n)).toBe(plain.addBusinessDays(d, n));
    },
  );

  const lastDays = fc.integer({ min: toDay('9999-11-01'), max: toDay('9999-12-31') }).map(fromDay);
  test.prop([calendarInputArb({ from: '9999-11-01', to: '9999-12-31', customWeekend: true }), lastDays, fc.integer({ min: 0, max: 50 })])(
    'near 9999-12-31, addBusinessDays(d, n) fails naming n exactly when fewer than n business days follow d',
    (input, d, n) => {
      const cal = businessCalendar(input);
      let left = 0;
      for (let x = toDay(d) + 1; x <= toDay('9999-12-31'); x++) if (cal.isBusinessDay(fromDay(x))) left++;
      if (n <= left) {
        const r = cal.addBusinessDays(d, n);
        let count = 0;
        for (let x = toDay(d) + 1; x <= toDay(r); x++) if (cal.isBusinessDay(fromDay(x))) count++;
        expect(count).toBe(n);
        if (n > 0) expect(cal.isBusinessDay(r)).toBe(true);
      } else {
        let error: unknown;
        try {
          cal.addBusinessDays(d, n);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(PolicyError);
        expect((error as PolicyError).issues).toEqual([{ path: ['n'], message: 'reaches past 9999-12-31' }]);
      }
    },
  );
});
