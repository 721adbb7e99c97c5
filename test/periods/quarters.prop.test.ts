import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, fromDay, toDay } from '../../src/core/dates.js';
import { addQuarters, quarterOf, quarterRange } from '../../src/periods/index.js';

const date = fc.integer({ min: toDay('1900-01-01'), max: toDay('2200-12-31') }).map(fromDay);

describe('quarter properties (PER-3)', () => {
  test.prop([date])('every date lies inside the range of its quarter', (d) => {
    const { from, to } = quarterRange(quarterOf(d));
    expect(from <= d && d <= to).toBe(true);
  });

  test.prop([date])('quarters tile the calendar: the next quarter starts the day after this one ends', (d) => {
    const q = quarterOf(d);
    expect(quarterRange(addQuarters(q, 1)).from).toBe(addDays(quarterRange(q).to, 1));
  });

  test.prop([date, fc.integer({ min: -100, max: 100 })])('moving n quarters and back returns to the start', (d, n) => {
    const q = quarterOf(d);
    expect(addQuarters(addQuarters(q, n), -n)).toBe(q);
  });
});
