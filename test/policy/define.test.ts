import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import type { Policy, PolicyOverrides } from '../../src/policy/types.js';
import { policyErrorOf as policyError } from '../helpers.js';

const paths = (e: PolicyError) => e.issues.map((i) => i.path.join('.'));

describe('definePolicy', () => {
  it('deep-merges overrides into a new frozen policy and leaves the base alone', () => {
    const p = definePolicy(telecomProgram, { tiers: { thresholds: { gold: 12 } } });
    expect(p.tiers?.thresholds).toEqual({ silver: 5, gold: 12 });
    expect(p.tiers?.metric).toBe('closed-customers');
    expect(telecomProgram.tiers?.thresholds.gold).toBe(10);
    expect(Object.isFrozen(p) && Object.isFrozen(p.tiers) && Object.isFrozen(p.tiers?.thresholds)).toBe(true);
    expect(p.commission).toEqual(telecomProgram.commission);
  });

  it('replaces arrays whole', () => {
    const p = definePolicy(cloudProgram, { leads: { telesalesRegions: ['Beijing', 'Hangzhou'] } });
    expect(p.leads?.telesalesRegions).toEqual(['Beijing', 'Hangzhou']);
  });

  it('sets a section to null, or fills a null section from a complete override', () => {
    expect(definePolicy(telecomProgram, { payout: null }).payout).toBeNull();
    const withBids = definePolicy(telecomProgram, {
      bids: { weights: { market: 25, team: 25, operations: 25, plan: 25 }, minCertifiedStaff: 2, trimmedMinJudges: 3, compositeScale: 2 },
    });
    expect(withBids.bids?.weights.team).toBe(25);
  });

  it('accepts a ladder with contiguous brackets (COM-3)', () => {
    const p = definePolicy(cloudProgram, {
      commission: {
        otherLines: {
          kind: 'ladder',
          mode: 'whole',
          brackets: [
            { from: '0', to: '100000', rate: '0.2' },
            { from: '100000', to: null, rate: '0.25' },
          ],
        },
      },
    });
    expect(p.commission.otherLines?.kind).toBe('ladder');
  });

  it('leaves the overrides object untouched', () => {
    const overrides = { tiers: { thresholds: { gold: 12 } } };
    const before = JSON.stringify(overrides);
    definePolicy(telecomProgram, overrides);
    expect(JSON.stringify(overrides)).toBe(before);
  });

  const T = telecomProgram;
  const C = cloudProgram;
  it.each<[string, Policy, PolicyOverrides, string[]]>([
    ['bid weights not summing to 100 (BID-2)', C, { bids: { weights: { market: 50 } } }, ['bids.weights']],
    ['a zero bid weight (BID-2)', C, { bids: { weights: { market: 0, plan: 70 } } }, ['bids.weights.market']],
    ['a rate above 1', T, { commission: { lines: { conference: { kind: 'rate', rates: ['1.5', '0.1'] } } } }, ['commission.lines.conference.rates.0']],
    ['a negative rate', T, { commission: { lines: { conference: { kind: 'rate', rates: ['-0.1', '0.1'] } } } }, ['commission.lines.conference.rates.0']],
    ['one rate for a two-year window (COM-4)', T, { commission: { lines: { conference: { kind: 'rate', rates: ['0.1'] } } } }, ['commission.lines.conference.rates']],
    ['thresholds not ascending (TIER-1)', T, { tiers: { thresholds: { silver: 10, gold: 10 } } }, ['tiers.thresholds.gold']],
    ['a fractional threshold (TIER-3)', T, { tiers: { thresholds: { silver: 4.5 } } }, ['tiers.thresholds.silver']],
    ['settlement days out of order (PER-4)', C, { settlement: { invoiceDay: 9 } }, ['settlement.invoiceDay']],
    ['an unknown key', T, { tiers: { colour: 'gold' } } as unknown as PolicyOverrides, ['tiers.colour']],
    ['a negative deposit', T, { deposit: { byTier: { gold: '-1' } } }, ['deposit.byTier.gold']],
    ['a window longer than two years (COM-4)', T, { commission: { window: { years: 3 } } }, ['commission.window.years']],
    ['a partial section where the base has none', T, { bids: { weights: { market: 30, team: 20, operations: 10, plan: 40 } } }, ['bids.minCertifiedStaff']],
  ])('rejects %s with INVALID_POLICY and the path', (_name, base, overrides, expected) => {
    const e = policyError(() => definePolicy(base, overrides));
    expect(e.code).toBe('INVALID_POLICY');
    for (const path of expected) expect(paths(e)).toContain(path);
  });

  it('rejects overlapping and gapped ladder brackets', () => {
    const ladder = (brackets: { from: string; to: string | null; rate: string }[]) => () =>
      definePolicy(cloudProgram, { commission: { otherLines: { kind: 'ladder', mode: 'marginal', brackets } } });
    const overlap = policyError(ladder([{ from: '0', to: '100', rate: '0.2' }, { from: '50', to: null, rate: '0.3' }]));
    expect(paths(overlap)).toContain('commission.otherLines.brackets.1.from');
    const gap = policyError(ladder([{ from: '0', to: '100', rate: '0.2' }, { from: '150', to: null, rate: '0.3' }]));
    expect(paths(gap)).toContain('commission.otherLines.brackets.1.from');
    const closed = policyError(ladder([{ from: '0', to: '100', rate: '0.2' }]));
    expect(paths(closed)).toContain('commission.otherLines.brackets.0.to');
    const backwards = policyError(ladder([{ from: '0', to: '0', rate: '0.2' }, { from: '0', to: null, rate: '0.3' }]));
    expect(paths(backwards)).toContain('commission.otherLines.brackets.0.to');
  });

  it('can never reach a prototype through __proto__, constructor or prototype keys', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "tiers": {"constructor": {"prototype": {"polluted": true}}}}') as PolicyOverrides;
    const e = policyError(() => definePolicy(telecomProgram, hostile));
    expect(e.code).toBe('INVALID_POLICY');
    expect(paths(e)).toEqual(expect.arrayContaining(['__proto__', 'tiers.constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const lines = JSON.parse('{"commission": {"lines": {"__proto__": {"kind": "margin"}}}}') as PolicyOverrides;
    expect(policyError(() => definePolicy(telecomProgram, lines)).code).toBe('INVALID_POLICY');
  });

  it('rejects a cyclic override and an override whose getter throws', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.tiers = cyclic;
    expect(policyError(() => definePolicy(telecomProgram, cyclic as PolicyOverrides)).code).toBe('INVALID_POLICY');
    const throwing = Object.defineProperty({}, 'tiers', { enumerable: true, get: () => { throw new Error('boom'); } });
    const e = policyError(() => definePolicy(telecomProgram, throwing as PolicyOverrides));
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.message).toContain('boom');
  });

  it('rejects a base that is not a policy, and overrides that are not a plain object', () => {
    expect(policyError(() => definePolicy({} as Policy, {})).code).toBe('INVALID_POLICY');
    expect(policyError(() => definePolicy(null as unknown as Policy, {})).code).toBe('INVALID_POLICY');
    expect(policyError(() => definePolicy(telecomProgram, [] as unknown as PolicyOverrides)).code).toBe('INVALID_POLICY');
    expect(policyError(() => definePolicy(telecomProgram, 'x' as unknown as PolicyOverrides)).code).toBe('INVALID_POLICY');
  });

  it('accepts a policy rebuilt from JSON as the base', () => {
    const base = JSON.parse(JSON.stringify(telecomProgram)) as Policy;
    expect(definePolicy(base, {}).tiers).toEqual(telecomProgram.tiers);
  });
});
