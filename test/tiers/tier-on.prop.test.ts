import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromDay, toDay } from '../../src/core/dates.js';
import type { Tier } from '../../src/policy/types.js';
import { tierOn } from '../../src/tiers/index.js';

const date = fc.integer({ min: toDay('2020-01-01'), max: toDay('2030-12-31') }).map(fromDay);
const tier = fc.constantFrom<Tier>('gold', 'silver', 'ordinary');
const history = fc.uniqueArray(fc.record({ tier, from: date }), { selector: (e) => e.from, maxLength: 12 });

describe('tierOn properties', () => {
  test.prop([history, date])('the order of the history never changes the tier in effect', (h, on) => {
    expect(tierOn([...h].reverse(), on)).toBe(tierOn(h, on));
  });

  test.prop([history, date])('the tier in effect is the one of the latest entry not after the date, else ordinary (TIER-4)', (h, on) => {
    const applicable = h.filter((e) => e.from <= on).sort((a, b) => (a.from < b.from ? 1 : -1));
    expect(tierOn(h, on)).toBe(applicable[0]?.tier ?? 'ordinary');
  });
});
