import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import type { PolicyOverrides } from '../../src/policy/types.js';

const weights = fc.record({
  market: fc.integer({ min: 1, max: 97 }),
  team: fc.integer({ min: 1, max: 97 }),
  operations: fc.integer({ min: 1, max: 97 }),
});

describe('definePolicy properties', () => {
  test.prop([weights])('bid weights are accepted exactly when all are positive and they sum to 100 (BID-2)', (w) => {
    const plan = 100 - w.market - w.team - w.operations;
    const attempt = () => definePolicy(cloudProgram, { bids: { weights: { ...w, plan } } });
    if (plan > 0) expect(attempt().bids?.weights).toEqual({ ...w, plan });
    else expect(attempt).toThrowError(PolicyError);
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 })])(
    'tier thresholds are accepted exactly when silver < gold (TIER-1)',
    (silver, gold) => {
      const attempt = () => definePolicy(telecomProgram, { tiers: { thresholds: { silver, gold } } });
      if (silver < gold) expect(attempt().tiers?.thresholds).toEqual({ silver, gold });
      else expect(attempt).toThrowError(PolicyError);
    },
  );

  test.prop([fc.anything()])(
    'any overrides either give a valid frozen policy or raise INVALID_POLICY, and never pollute a prototype',
    (overrides) => {
      try {
        const p = definePolicy(telecomProgram, overrides as PolicyOverrides);
        expect(Object.isFrozen(p)).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyError);
        expect((e as PolicyError).code).toBe('INVALID_POLICY');
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  test.prop([fc.constantFrom(telecomProgram, cloudProgram)])('merging no overrides gives an equal policy', (base) => {
    expect(definePolicy(base, {})).toEqual(base);
  });
});
