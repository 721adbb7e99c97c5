import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, fromDay, toDay } from '../../src/core/dates.js';
import { halfYearReviews, trialEndsOn } from '../../src/periods/index.js';

describe('review period properties', () => {
  test.prop([fc.integer({ min: 2, max: 9998 })])(
    'half-year review periods tile the calendar without gaps or overlaps, and each review follows its period (PER-1)',
    (year) => {
      const [april, october] = halfYearReviews(year);
      const [nextApril] = halfYearReviews(year + 1);
      expect(october!.covers.from).toBe(addDays(april!.covers.to, 1));
      expect(nextApril!.covers.from).toBe(addDays(october!.covers.to, 1));
      for (const r of [april!, october!]) expect(r.reviewOn > r.covers.to).toBe(true);
      // The annual window is the 12 months ending with the April half year.
      expect(april!.annual!.to).toBe(april!.covers.to);
      expect(toDay(april!.annual!.to) - toDay(april!.annual!.from) + 1).toBeGreaterThanOrEqual(365);
    },
  );

  test.prop([fc.integer({ min: toDay('1900-01-01'), max: toDay('2200-12-31') }).map(fromDay)])(
    'a trial ends 3 months later, within days 89 to 92 of joining, and never before an earlier joiner’s (PER-2)',
    (joined) => {
      const end = trialEndsOn(joined);
      const days = toDay(end) - toDay(joined);
      expect(days).toBeGreaterThanOrEqual(89);
      expect(days).toBeLessThanOrEqual(92);
      expect(trialEndsOn(addDays(joined, 1)) >= end).toBe(true);
    },
  );
});
