import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { telecomProgram } from '../../src/policy/presets.js';
import type { Tier } from '../../src/policy/types.js';
import { tierFor } from '../../src/tiers/index.js';

const rank: Record<Tier, number> = { ordinary: 0, silver: 1, gold: 2 };
const metric = fc.integer({ min: 0, max: 10_000 });
const thresholds = fc
  .tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ silver: Math.min(a, b), gold: Math.max(a, b) }));

describe('tierFor properties', () => {
  test.prop([metric, metric])('is monotone in the metric: more closed customers never give a lower tier (TIER-1)', (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(rank[tierFor(telecomProgram, lo)]).toBeLessThanOrEqual(rank[tierFor(telecomProgram, hi)]);
  });

  test.prop([thresholds, metric])('a tier is earned exactly when the metric meets its inclusive threshold (TIER-1)', (t, m) => {
    const p = definePolicy(telecomProgram, { tiers: { thresholds: t } });
    const tier = tierFor(p, m);
    expect(tier === 'gold').toBe(m >= t.gold);
    expect(tier === 'ordinary').toBe(m < t.silver);
  });
});
