import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { CP_TIER } from '../../src/sheets/index.js';
import { expectSheetError, sheetErrorOf } from './helpers.js';

describe('CP_TIER (TIER-1, TIER-3)', () => {
  it('gives the highest tier whose inclusive threshold the metric meets', () => {
    expect(CP_TIER(0)).toBe('ordinary');
    expect(CP_TIER(4)).toBe('ordinary');
    expect(CP_TIER(5)).toBe('silver'); // exactly 5 is silver
    expect(CP_TIER(9)).toBe('silver');
    expect(CP_TIER(10)).toBe('gold'); // exactly 10 is gold
    expect(CP_TIER(15)).toBe('gold');
  });

  it('takes the metric as numeric text, as imported sheets often hold it', () => {
    expect(CP_TIER('10')).toBe('gold');
    expect(CP_TIER(' 7 ')).toBe('silver');
  });

  it('answers a bad metric with a message a finance user reads, never a number', () => {
    expectSheetError(() => CP_TIER('lots'), 'INVALID_INPUT', ['metric'], "CP_TIER: metric must be a whole number ≥ 0, got 'lots'");
    expectSheetError(() => CP_TIER(-1), 'INVALID_INPUT', ['metric'], 'CP_TIER: metric must be a whole number ≥ 0, got -1');
    expectSheetError(() => CP_TIER(7.5), 'INVALID_INPUT', ['metric'], 'CP_TIER: metric must be a whole number ≥ 0, got 7.5');
    expectSheetError(() => CP_TIER(null), 'INVALID_INPUT', ['metric'], 'CP_TIER: metric must be a whole number ≥ 0, got an empty cell');
    expectSheetError(() => CP_TIER(true), 'INVALID_INPUT', ['metric'], 'CP_TIER: metric must be a whole number ≥ 0, got TRUE');
  });

  it('uses the telecom program; the cloud program has no tiers', () => {
    expect(CP_TIER(10, 'telecom')).toBe('gold');
    expectSheetError(() => CP_TIER(10, 'cloud'), 'NOT_CONFIGURED', ['program', 'tiers'], 'CP_TIER: the cloud program configures no partner tiers');
    expectSheetError(() => CP_TIER(10, 'mars'), 'INVALID_INPUT', ['program'], "CP_TIER: program must be 'telecom' or 'cloud', got 'mars'");
  });

  it('takes a policy object from code', () => {
    const p = definePolicy(telecomProgram, { tiers: { thresholds: { silver: 50, gold: 200 } } });
    expect(CP_TIER(49, p)).toBe('ordinary');
    expect(CP_TIER(200, p)).toBe('gold');
    const e = sheetErrorOf(() => CP_TIER(1, { ...telecomProgram, tiers: { metric: 'closed-customers', thresholds: { silver: 5, gold: -1 } } } as never));
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.message).toMatch(/^CP_TIER: program tiers\.thresholds/);
  });
});
