import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { CP_REVIEW_PERIOD, dateFromSerial } from '../../src/sheets/index.js';
import { dateCellArb, isoDateArb } from './arbitraries.js';

describe('CP_REVIEW_PERIOD properties', () => {
  test.prop([dateCellArb])(
    'for any date, the half year reviewed contains it, and its review is held 10 days after it ends (PER-1)',
    ({ iso, cell }) => {
      const from = dateFromSerial(CP_REVIEW_PERIOD(cell, 'from'));
      const to = dateFromSerial(CP_REVIEW_PERIOD(cell, 'to'));
      const review = dateFromSerial(CP_REVIEW_PERIOD(cell));
      expect(from <= iso && iso <= to).toBe(true);
      expect(review).toBe(addDays(to, 10));
      // The half year is 1 April–30 September, or 1 October–31 March of the next year.
      const y = Number(from.slice(0, 4));
      if (from.slice(5) === '04-01') expect(to).toBe(`${y}-09-30`);
      else expect([from.slice(5), to]).toEqual(['10-01', `${y + 1}-03-31`]);
    },
  );

  test.prop([isoDateArb(), fc.integer({ min: 1, max: 400 })])(
    'for any two dates, they share a review exactly when they fall in the same half year (PER-1)',
    (a, n) => {
      const b = addDays(a, n);
      const sameHalf = CP_REVIEW_PERIOD(a, 'from') === CP_REVIEW_PERIOD(b, 'from');
      expect(CP_REVIEW_PERIOD(a) === CP_REVIEW_PERIOD(b)).toBe(sameHalf);
      // Half years tile the calendar: the day after one ends is the next one's first day.
      const nextFrom = addDays(dateFromSerial(CP_REVIEW_PERIOD(a, 'to')), 1);
      expect(dateFromSerial(CP_REVIEW_PERIOD(nextFrom, 'from'))).toBe(nextFrom);
    },
  );
});
