import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compositeScore, scoreBids } from '../../src/bids/index.js';
import type { BidCategory } from '../../src/bids/index.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { scoreArb } from './arbitraries.js';
import { Big, CATEGORIES, PRESET_WEIGHTS, shown } from './oracle.js';

const scores = fc.record({ market: scoreArb, team: scoreArb, operations: scoreArb, plan: scoreArb });
const qualified = { customerManagement: true, certifiedStaff: 3, localMarket: true, willingToCooperate: true };

describe('compositeScore properties', () => {
  test.prop([scores])('for any category scores, the composite is Σ weight × score / 100 in exact decimals, rounded half-up, within [0, 100]', (s) => {
    const exact = CATEGORIES.reduce((acc, c) => acc.plus(new Big(s[c]).times(PRESET_WEIGHTS[c])), new Big(0)).div(100);
    const { composite } = compositeScore(cloudProgram, s);
    expect(composite).toBe(shown(exact));
    expect(new Big(composite).gte(0) && new Big(composite).lte(100)).toBe(true);
  });

  test.prop([scores, fc.constantFrom<BidCategory>(...CATEGORIES), scoreArb])('for any category scores, raising one never lowers the composite', (s, c, other) => {
    const raised = { ...s, [c]: Math.max(s[c], other) };
    expect(new Big(compositeScore(cloudProgram, raised).composite).gte(compositeScore(cloudProgram, s).composite)).toBe(true);
  });

  test.prop([scores])('for any single judge, scoreBids gives the same composite', (s) => {
    const { ranked } = scoreBids(cloudProgram, { bids: [{ bidderId: 'a', region: 'S', qualification: qualified, scores: [{ judgeId: 'j', ...s }] }] });
    expect(ranked[0]!.composite).toBe(compositeScore(cloudProgram, s).composite);
  });
});
