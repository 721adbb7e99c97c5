import { describe, expect, it } from 'vitest';
import * as sheets from '../../src/sheets/index.js';
import { SHEET_FUNCTIONS } from '../../src/sheets/index.js';

const API_SIGNATURES: Record<string, string[]> = {
  // API.md's fixed argument order; extra arguments may only follow.
  CP_TIER: ['metric'],
  CP_RATE: ['line', 'tier', 'customerStartOn', 'on'],
  CP_COMMISSION: ['amount', 'line', 'tier', 'customerStartOn', 'on'],
  CP_DEPOSIT: ['tier'],
  CP_BID_SCORE: ['market', 'team', 'operations', 'plan'],
  CP_REVIEW_PERIOD: ['date'],
  CP_SETTLEMENT: ['month', 'step', 'holidays'],
};

describe('the function catalog', () => {
  it('lists every CP_ function the module exports, once, and nothing else', () => {
    const exported = Object.keys(sheets).filter((k) => k.startsWith('CP_')).sort();
    expect(SHEET_FUNCTIONS.map((f) => f.name).sort()).toEqual(exported);
    expect(new Set(SHEET_FUNCTIONS.map((f) => f.name)).size).toBe(SHEET_FUNCTIONS.length);
  });

  it("declares as many parameters as each function takes, with API.md's names in API.md's order", () => {
    for (const f of SHEET_FUNCTIONS) {
      const impl = (sheets as unknown as Record<string, (...args: unknown[]) => unknown>)[f.name]!;
      expect(impl.length, f.name).toBe(f.parameters.length);
      const fixed = API_SIGNATURES[f.name];
      if (fixed !== undefined) expect(f.parameters.slice(0, fixed.length).map((p) => p.name), f.name).toEqual(fixed);
    }
  });

  it('puts optional parameters last, and every program argument last of all', () => {
    for (const f of SHEET_FUNCTIONS) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) {
        // CP_RATE and CP_COMMISSION keep API.md's order, where the optional tier and start come before `on`.
        const after = f.parameters.slice(firstOptional).filter((p) => !p.optional).map((p) => p.name);
        expect(after.every((n) => n === 'on'), f.name).toBe(true);
      }
      const program = f.parameters.findIndex((p) => p.kind === 'program');
      if (program >= 0) expect(program, f.name).toBe(f.parameters.length - 1);
    }
  });
});
