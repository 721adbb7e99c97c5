import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isoDateArb, tierArb, tierHistoryArb } from '../../src/testing/index.js';
import { tierOn } from '../../src/tiers/index.js';

const range = { from: '2020-01-01', to: '2030-12-31' };
const date = isoDateArb(range);
// Entries on any day, not only quarter starts, so look-ups land on and between them.
const history = fc.uniqueArray(fc.record({ tier: tierArb(), from: isoDateArb(range) }), { selector: (e) => e.from, maxLength: 12 });

describe('tierOn properties', () => {
  test.prop([tierHistoryArb(range), date])('quarterly histories from the testing kit give a tier of the history or ordinary', (h, on) => {
    expect([...h.map((e) => e.tier), 'ordinary']).toContain(tierOn(h, on));
  });

  test.prop([history, date])('the order of the history never changes the tier in effect', (h, on) => {
    expect(tierOn([...h].reverse(), on)).toBe(tierOn(h, on));
  });

  test.prop([history, date])('the tier in effect is the one of the latest entry not after the date, else ordinary (TIER-4)', (h, on) => {
    const applicable = h.filter((e) => e.from <= on).sort((a, b) => (a.from < b.from ? 1 : -1));
    expect(tierOn(h, on)).toBe(applicable[0]?.tier ?? 'ordinary');
  });
});
