import { describe, expect, it } from 'vitest';
import { compositeScore } from '../../src/bids/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

describe('compositeScore: BID-2 and BID-3', () => {
  it('weighs market 30, team 20, operations 10 and plan 40, over 100', () => {
    // 0.3 × 80 + 0.2 × 70 + 0.1 × 90 + 0.4 × 85 = 24 + 14 + 9 + 34
    expect(compositeScore(cloudProgram, { market: 80, team: 70, operations: 90, plan: 85 })).toEqual({ composite: '81.00', rules: ['BID-2', 'BID-3'] });
    expect(compositeScore(cloudProgram, { market: 0, team: 0, operations: 0, plan: 0 }).composite).toBe('0.00');
    expect(compositeScore(cloudProgram, { market: 100, team: 100, operations: 100, plan: 100 }).composite).toBe('100.00');
  });

  it('is exact and rounds half-up once', () => {
    // 0.2 × 0.125 = 0.025 → 0.03; 0.1 × 0.05 = 0.005 → 0.01
    expect(compositeScore(cloudProgram, { market: 0, team: 0.125, operations: 0, plan: 0 }).composite).toBe('0.03');
    expect(compositeScore(cloudProgram, { market: 0, team: 0, operations: 0.05, plan: 0 }).composite).toBe('0.01');
    // 0.3 × 87.5 + 0.2 × 66.6 + 0.1 × 0.1 + 0.4 × 33.3 = 26.25 + 13.32 + 0.01 + 13.32
    expect(compositeScore(cloudProgram, { market: 87.5, team: 66.6, operations: 0.1, plan: 33.3 }).composite).toBe('52.90');
  });

  it('uses the weights and scale of the policy', () => {
    const policy = definePolicy(cloudProgram, { bids: { weights: { market: 12.5, team: 12.5, operations: 25, plan: 50 }, compositeScale: 4 } });
    // 0.125 × 1 + 0.125 × 2 + 0.25 × 3 + 0.5 × 4 = 3.125
    expect(compositeScore(policy, { market: 1, team: 2, operations: 3, plan: 4 }).composite).toBe('3.1250');
  });

  it('names each bad score, and needs a program with bid scoring', () => {
    expectPolicyError(() => compositeScore(cloudProgram, { market: -1, team: 100.5, operations: Number.NaN, plan: '5' as never }), 'INVALID_INPUT', [
      ['market'],
      ['team'],
      ['operations'],
      ['plan'],
    ]);
    expectPolicyError(() => compositeScore(cloudProgram, { market: 1, team: 1, operations: 1 } as never), 'INVALID_INPUT', [['plan']]);
    expectPolicyError(() => compositeScore(cloudProgram, null as never), 'INVALID_INPUT', [[]]);
    expectPolicyError(() => compositeScore(telecomProgram, { market: 1, team: 1, operations: 1, plan: 1 }), 'NOT_CONFIGURED', [['policy', 'bids']]);
  });

  it('accepts frozen input', () => {
    expect(compositeScore(cloudProgram, deepFreeze({ market: 50, team: 50, operations: 50, plan: 50 })).composite).toBe('50.00');
  });
});
