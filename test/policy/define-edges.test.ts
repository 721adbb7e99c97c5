import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import type { PolicyOverrides } from '../../src/policy/types.js';
import { policyErrorOf as policyError, issueList as issues } from '../helpers.js';

const fullBids = () => ({
  weights: { market: 25, team: 25, operations: 25, plan: 25 },
  minCertifiedStaff: 2,
  trimmedMinJudges: 3,
  compositeScale: 2,
});

describe('definePolicy: overrides that are not plain data', () => {
  it.each<[string, unknown]>([
    ['an array', []],
    ['a string', 'x'],
    ['null', null],
    ['a Date', new Date(0)],
    ['a class instance', new (class Overrides {})()],
  ])('refuses %s as the overrides with one issue on "overrides"', (_name, overrides) => {
    const e = policyError(() => definePolicy(telecomProgram, overrides as PolicyOverrides));
    expect(e.code).toBe('INVALID_POLICY');
    expect(issues(e)).toEqual([{ path: ['overrides'], message: 'must be a plain object' }]);
  });

  it('accepts overrides made without a prototype, at the top and inside', () => {
    const thresholds = Object.assign(Object.create(null) as object, { gold: 12 });
    const overrides = Object.assign(Object.create(null) as object, { tiers: { thresholds } }) as PolicyOverrides;
    expect(definePolicy(telecomProgram, overrides).tiers?.thresholds).toEqual({ silver: 5, gold: 12 });
  });

  it('reports a getter that throws as unreadable overrides', () => {
    const throwing = Object.defineProperty({}, 'tiers', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const e = policyError(() => definePolicy(telecomProgram, throwing as PolicyOverrides));
    expect(issues(e)).toEqual([{ path: ['overrides'], message: 'could not be read: boom' }]);
  });
});

describe('definePolicy: keys that could reach a prototype', () => {
  it('names a forbidden key met while merging into the base', () => {
    const overrides = JSON.parse('{"tiers": {"thresholds": {"constructor": 1, "gold": 12}}}') as PolicyOverrides;
    expect(issues(policyError(() => definePolicy(telecomProgram, overrides)))).toEqual([
      { path: ['tiers', 'thresholds', 'constructor'], message: 'the key "constructor" is not allowed in a policy' },
    ]);
  });

  it('names a forbidden key inside a section the base does not have, however deep', () => {
    const bids = { ...fullBids(), weights: JSON.parse('{"market": 25, "team": 25, "operations": 25, "plan": 25, "__proto__": {"polluted": true}}') as object };
    const e = policyError(() => definePolicy(telecomProgram, { bids } as PolicyOverrides));
    expect(issues(e)).toEqual([{ path: ['bids', 'weights', '__proto__'], message: 'the key "__proto__" is not allowed in a policy' }]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('names a forbidden key inside an array element by its index', () => {
    const steps = JSON.parse('[{"step": "statistics", "days": 3}, {"step": "approval", "days": 1, "prototype": {}}]') as unknown[];
    const e = policyError(() => definePolicy(telecomProgram, { payout: { steps } } as PolicyOverrides));
    expect(issues(e)).toEqual([{ path: ['payout', 'steps', 1, 'prototype'], message: 'the key "prototype" is not allowed in a policy' }]);
  });
});

describe('definePolicy: nesting depth', () => {
  const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

  it('a cycle is reported once, at the sixteenth level', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.tiers = cyclic;
    const e = policyError(() => definePolicy(telecomProgram, cyclic as PolicyOverrides));
    expect(issues(e)).toEqual([{ path: Array(16).fill('tiers'), message: 'is nested too deeply (a cycle?)' }]);
  });

  it('data sixteen levels deep is still read (and then refused as an unknown field); seventeen is too deep', () => {
    // tiers + 15 levels of { a } ending in a number: the number sits at path length 16.
    const ok = policyError(() => definePolicy(telecomProgram, { tiers: nested(15) } as PolicyOverrides));
    expect(issues(ok)).toEqual([{ path: ['tiers', 'a'], message: 'is not a known field' }]);
    const deep = policyError(() => definePolicy(telecomProgram, { tiers: nested(16) } as PolicyOverrides));
    expect(issues(deep)).toEqual([{ path: ['tiers', ...Array(15).fill('a')], message: 'is nested too deeply (a cycle?)' }]);
  });
});

describe('definePolicy: merging', () => {
  it('an undefined override (from JavaScript, where the type cannot stop it) leaves the base value', () => {
    const overrides = { tiers: undefined, deposit: { byTier: undefined, wholesale: { minimum: '120000' } } };
    const p = definePolicy(telecomProgram, overrides as unknown as PolicyOverrides);
    expect(p.tiers).toEqual(telecomProgram.tiers);
    expect(p.deposit).toEqual({ byTier: telecomProgram.deposit?.byTier, wholesale: { minimum: '120000', trafficMultiple: '1' } });
  });

  it('copies the overrides: the caller keeps unfrozen objects and arrays, and later changes do not reach the policy', () => {
    const bids = fullBids();
    const steps = [{ step: 'statistics', days: 3 }];
    const regions = ['Beijing'];
    const fromTelecom = definePolicy(telecomProgram, { bids, payout: { steps } });
    const fromCloud = definePolicy(cloudProgram, { leads: { telesalesRegions: regions } });
    for (const value of [bids, bids.weights, steps, steps[0], regions]) expect(Object.isFrozen(value)).toBe(false);
    bids.weights.market = 40;
    steps[0]!.days = 9;
    regions.push('Shanghai');
    expect(fromTelecom.bids?.weights.market).toBe(25);
    expect(fromTelecom.payout?.steps).toEqual([{ step: 'statistics', days: 3 }]);
    expect(fromCloud.leads?.telesalesRegions).toEqual(['Beijing']);
  });

  test.prop([fc.constantFrom(telecomProgram, cloudProgram), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 3660 })])(
    'a field overridden with a valid value reads back as that value, and every other section is the base one',
    (base, day, days) => {
      const p = definePolicy(base, { reviews: { halfYearReviewDay: day, trialMonths: 1 + (days % 120) }, conflict: null, leads: null });
      expect(p.reviews).toEqual({ halfYearReviewDay: day, trialMonths: 1 + (days % 120) });
      expect(p.conflict).toBeNull();
      expect(p.leads).toBeNull();
      expect({ ...p, reviews: base.reviews, conflict: base.conflict, leads: base.leads }).toEqual(base);
    },
  );

  test.prop([fc.shuffledSubarray(['market', 'team', 'operations', 'plan'] as const, { minLength: 4, maxLength: 4 })])(
    'the order in which override keys are written never changes the policy',
    (order) => {
      const values = { market: 35, team: 15, operations: 10, plan: 40 };
      const weights = Object.fromEntries(order.map((k) => [k, values[k]]));
      const p = definePolicy(cloudProgram, { bids: { weights }, reviews: { trialMonths: 6 } });
      const q = definePolicy(cloudProgram, { reviews: { trialMonths: 6 }, bids: { weights: values } });
      expect(p).toEqual(q);
      expect(p.bids?.weights).toEqual(values);
    },
  );

  test.prop([fc.constantFrom(telecomProgram, cloudProgram)])('defining twice with no overrides gives an equal policy each time', (base) => {
    const once = definePolicy(base, {});
    expect(definePolicy(once, {})).toEqual(base);
    expect(once).not.toBe(base);
  });
});
