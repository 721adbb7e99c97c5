/**
 * policyArb keeps its documented contract: valid, frozen policies of the
 * program asked for, the presets among them, and variants made with
 * definePolicy that really vary what the JSDoc lists (thresholds, rates,
 * ladders, bid weights, protection days, lead days) within valid bounds.
 */
import { describe, expect, it } from 'vitest';
import { usePolicy } from '../../src/policy/seal.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import type { LineRule, Policy, RateSpec } from '../../src/policy/types.js';
import { policyArb } from '../../src/testing/index.js';
import { sampleOf } from './kit-sampling.js';

/** A rate written as the kit writes it: 0, 1 or a fraction in hundredths. */
const RATE = /^(0|1|0\.\d\d?)$/;

function ratesOf(rule: LineRule | undefined): RateSpec[] {
  if (rule === undefined || rule.kind !== 'rate') throw new Error(`not a rate line: ${JSON.stringify(rule)}`);
  return [...rule.rates];
}

describe('policyArb', () => {
  it('gives both programs by default, and only the program asked for otherwise', () => {
    expect(new Set(sampleOf(policyArb(), 300).map((p) => p.program))).toEqual(new Set(['telecom', 'cloud']));
    expect(new Set(sampleOf(policyArb({ program: 'telecom' }), 300).map((p) => p.program))).toEqual(new Set(['telecom']));
    expect(new Set(sampleOf(policyArb({ program: 'cloud' }), 300).map((p) => p.program))).toEqual(new Set(['cloud']));
  });

  it('telecom: the preset and variants with other thresholds, port and conference rates, protection days and windows', () => {
    const policies = sampleOf(policyArb({ program: 'telecom' }), 1000);
    expect(policies).toContain(telecomProgram);
    for (const p of policies) {
      expect(usePolicy(p)).toBe(p);
      const { silver, gold } = p.tiers!.thresholds;
      expect(silver >= 1 && silver <= 20 && gold > silver && gold <= silver + 20).toBe(true);
      const [year1, year2] = ratesOf(p.commission.lines['port']);
      expect(typeof year1).toBe('object');
      const perTier = year1 as { gold: string; silver: string; ordinary: string };
      for (const r of [perTier.gold, perTier.silver, perTier.ordinary, year2 as string]) expect(r).toMatch(RATE);
      const [c1, c2] = ratesOf(p.commission.lines['conference']);
      expect(c1).toMatch(RATE);
      expect(c2).toBe(c1);
      expect(p.conflict!.protectionDays >= 1 && p.conflict!.protectionDays <= 60).toBe(true);
      expect(p.conflict!.simultaneityWindowSeconds >= 0 && p.conflict!.simultaneityWindowSeconds <= 3600).toBe(true);
    }
    const variants = policies.filter((p) => p !== telecomProgram);
    expect(new Set(variants.map((p) => p.tiers!.thresholds.silver)).size).toBeGreaterThan(10);
    expect(new Set(variants.map((p) => p.tiers!.thresholds.gold - p.tiers!.thresholds.silver)).size).toBeGreaterThan(10);
    const goldRates = variants.map((p) => (ratesOf(p.commission.lines['port'])[0] as { gold: string }).gold);
    for (const r of ['0', '1']) expect(goldRates).toContain(r);
    expect(new Set(goldRates).size).toBeGreaterThan(20);
    const pick = (f: (p: Policy) => unknown) => new Set(variants.map(f)).size;
    expect(pick((p) => (ratesOf(p.commission.lines['port'])[0] as { silver: string }).silver)).toBeGreaterThan(20);
    expect(pick((p) => (ratesOf(p.commission.lines['port'])[0] as { ordinary: string }).ordinary)).toBeGreaterThan(20);
    expect(pick((p) => ratesOf(p.commission.lines['port'])[1])).toBeGreaterThan(20);
    expect(pick((p) => ratesOf(p.commission.lines['conference'])[0])).toBeGreaterThan(20);
    expect(pick((p) => p.conflict!.protectionDays)).toBeGreaterThan(20);
    expect(pick((p) => p.conflict!.simultaneityWindowSeconds)).toBeGreaterThan(20);
  });

  it('cloud: the preset and variants with other bid weights, rebate ladders and lead days', () => {
    const policies = sampleOf(policyArb({ program: 'cloud' }), 2000);
    expect(policies).toContain(cloudProgram);
    for (const p of policies) {
      expect(usePolicy(p)).toBe(p);
      const w = p.bids!.weights;
      expect([w.market, w.team, w.operations, w.plan].every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
      expect(w.market + w.team + w.operations + w.plan).toBe(100);
      const ladder = p.commission.otherLines!;
      expect(ladder.kind).toBe('ladder');
      if (ladder.kind !== 'ladder') continue;
      expect(ladder.brackets.length >= 1 && ladder.brackets.length <= 4).toBe(true);
      expect(ladder.brackets[0]!.from).toBe('0');
      expect(ladder.brackets.at(-1)!.to).toBeNull();
      ladder.brackets.forEach((b, i) => {
        expect(b.rate).toMatch(RATE);
        if (i > 0) expect(b.from).toBe(ladder.brackets[i - 1]!.to);
      });
      expect(p.leads!.transferAfterDays >= 1 && p.leads!.transferAfterDays <= 30).toBe(true);
      expect(p.leads!.flowBackDays >= 1 && p.leads!.flowBackDays <= 120).toBe(true);
    }
    const variants = policies.filter((p) => p !== cloudProgram);
    const pick = (f: (p: Policy) => unknown) => new Set(variants.map(f));
    expect(pick((p) => JSON.stringify(p.bids!.weights)).size).toBeGreaterThan(50);
    expect(pick((p) => p.bids!.weights.plan).size).toBeGreaterThan(20);
    expect(pick((p) => (p.commission.otherLines as { mode: string }).mode)).toEqual(new Set(['marginal', 'whole']));
    expect(pick((p) => (p.commission.otherLines as { readonly brackets: readonly unknown[] }).brackets.length)).toEqual(new Set([1, 2, 3, 4]));
    expect(pick((p) => p.leads!.transferAfterDays).size).toBeGreaterThan(10);
    expect(pick((p) => p.leads!.flowBackDays).size).toBeGreaterThan(20);
  });
});
