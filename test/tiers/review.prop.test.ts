import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { reviewTier, tierFor } from '../../src/tiers/index.js';

const quarter = fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`);
const metric = fc.integer({ min: 0, max: 100 });

describe('reviewTier properties', () => {
  test.prop([quarter, metric])(
    'consecutive reviews tile the calendar: each tier takes effect the day after the previous one expires (TIER-2)',
    (q, m) => {
      const first = reviewTier(telecomProgram, { quarter: q, metric: m });
      const second = reviewTier(telecomProgram, { quarter: first.quarter, metric: m });
      expect(second.effectiveFrom).toBe(addDays(first.validUntil, 1));
      expect(first.effectiveFrom < first.validUntil).toBe(true);
    },
  );

  test.prop([quarter, metric])('the reviewed tier is exactly tierFor of the metric (TIER-1)', (q, m) => {
    expect(reviewTier(telecomProgram, { quarter: q, metric: m }).tier).toBe(tierFor(telecomProgram, m));
  });
});
