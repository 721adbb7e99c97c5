import { describe, expect, it } from 'vitest';
import { weightsOf } from '../../src/bids/weights.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram } from '../../src/policy/presets.js';

const bidsOf = (weights: { market: number; team: number; operations: number; plan: number }) => definePolicy(cloudProgram, { bids: { weights } }).bids!;

describe('weights (BID-2) and the tie-break order they give (BID-4)', () => {
  it('breaks ties by plan, market, team, operations with the preset weights', () => {
    expect(weightsOf(cloudProgram.bids!).tieBreak).toEqual(['plan', 'market', 'team', 'operations']);
  });

  it('puts the heaviest first with custom weights, and keeps the source order market, team, operations, plan among equals', () => {
    expect(weightsOf(bidsOf({ market: 40, team: 20, operations: 10, plan: 30 })).tieBreak).toEqual(['market', 'plan', 'team', 'operations']);
    expect(weightsOf(bidsOf({ market: 25, team: 25, operations: 25, plan: 25 })).tieBreak).toEqual(['market', 'team', 'operations', 'plan']);
    expect(weightsOf(bidsOf({ market: 10, team: 30, operations: 30, plan: 30 })).tieBreak).toEqual(['team', 'operations', 'plan', 'market']);
  });

  it('prepares the weights of a section once and hands the same object back', () => {
    const section = bidsOf({ market: 35, team: 15, operations: 10, plan: 40 });
    const first = weightsOf(section);
    expect(weightsOf(section)).toBe(first);
    expect(first).toEqual({ scaled: { market: 35n, team: 15n, operations: 10n, plan: 40n }, divisor: 100n, tieBreak: ['plan', 'market', 'team', 'operations'] });
  });

  it('holds decimal weights as exact scaled integers', () => {
    const w = weightsOf(bidsOf({ market: 12.5, team: 12.5, operations: 25, plan: 50 }));
    expect(w.scaled).toEqual({ market: 125n, team: 125n, operations: 250n, plan: 500n });
    expect(w.divisor).toBe(1000n);
  });
});
