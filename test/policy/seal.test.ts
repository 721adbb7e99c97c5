import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { usePolicy } from '../../src/policy/seal.js';
import type { Policy } from '../../src/policy/types.js';
import { tierFor } from '../../src/tiers/index.js';
import { deepFreeze, policyErrorOf as policyError, issueList as issues } from '../helpers.js';

/** A telecom policy as plain, unfrozen data, as JSON would give it back. */
const rebuilt = (): Policy => JSON.parse(JSON.stringify(telecomProgram)) as Policy;

describe('the policy argument of a calculation', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'telecom'],
    ['a number', 10],
  ])('refuses %s as a policy', (_name, policy) => {
    const e = policyError(() => tierFor(policy as Policy, 3));
    expect(e.code).toBe('INVALID_POLICY');
    expect(issues(e)).toEqual([{ path: ['policy'], message: 'must be a policy object such as telecomProgram' }]);
  });

  it('validates an object from elsewhere, with paths from "policy"', () => {
    const bad = rebuilt() as unknown as { tiers: { thresholds: { gold: number } } };
    bad.tiers.thresholds.gold = 5;
    const e = policyError(() => tierFor(bad as unknown as Policy, 3));
    expect(e.code).toBe('INVALID_POLICY');
    expect(issues(e)).toEqual([{ path: ['policy', 'tiers', 'thresholds', 'gold'], message: 'thresholds must ascend: gold must be above silver' }]);
  });

  it('a line named like a prototype key is refused in a policy from elsewhere', () => {
    const hostile = JSON.parse(JSON.stringify(telecomProgram).replace('"conference"', '"constructor"')) as Policy;
    const e = policyError(() => tierFor(hostile, 3));
    expect(issues(e)).toEqual([{ path: ['policy', 'commission', 'lines', 'constructor'], message: 'has an invalid key' }]);
  });

  it('gives the tiers of the policy book for a valid policy from elsewhere (TIER-1)', () => {
    const p = rebuilt();
    expect([tierFor(p, 4), tierFor(p, 5), tierFor(p, 9), tierFor(p, 10)]).toEqual(['ordinary', 'silver', 'silver', 'gold']);
  });

  it('a program without tiers answers NOT_CONFIGURED (DEP-6 style)', () => {
    const e = policyError(() => tierFor(cloudProgram, 3));
    expect(e.code).toBe('NOT_CONFIGURED');
    expect(issues(e)).toEqual([{ path: ['policy', 'tiers'], message: 'the cloud program configures no partner tiers' }]);
    expect(tierFor(telecomProgram, 10)).toBe('gold');
  });
});

describe('usePolicy: which policies are validated, and how often', () => {
  it('a policy made by this library passes as it is', () => {
    expect(usePolicy(telecomProgram)).toBe(telecomProgram);
    const p = definePolicy(cloudProgram, { reviews: { trialMonths: 6 } });
    expect(usePolicy(p)).toBe(p);
  });

  it('a frozen policy from elsewhere is validated once: the checked copy is reused', () => {
    const foreign = deepFreeze(rebuilt());
    const first = usePolicy(foreign);
    expect(first).toEqual(telecomProgram);
    expect(first).not.toBe(foreign);
    expect(Object.isFrozen(first)).toBe(true);
    expect(usePolicy(foreign)).toBe(first);
    // The checked copy is itself recognised.
    expect(usePolicy(first)).toBe(first);
  });

  it('an unfrozen policy from elsewhere is validated every time, so a later change is seen', () => {
    const foreign = rebuilt();
    const first = usePolicy(foreign);
    expect(first).toEqual(telecomProgram);
    const second = usePolicy(foreign);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    (foreign as unknown as { tiers: { thresholds: { silver: number } } }).tiers.thresholds.silver = 10;
    const e = policyError(() => usePolicy(foreign));
    expect(issues(e)).toEqual([{ path: ['policy', 'tiers', 'thresholds', 'gold'], message: 'thresholds must ascend: gold must be above silver' }]);
    expect(Object.isFrozen(foreign)).toBe(false);
  });

  it('a bad unfrozen policy is refused each time it is used', () => {
    const bad = { ...rebuilt(), currency: { code: 'cny', scale: 2 } };
    for (let i = 0; i < 3; i++) {
      const e = policyError(() => tierFor(bad, 3));
      expect(issues(e)).toEqual([{ path: ['policy', 'currency', 'code'], message: 'must be an ISO 4217 code such as "CNY"' }]);
    }
  });

  it('a bad frozen policy is refused each time too (only a valid one is remembered)', () => {
    const bad = deepFreeze({ ...rebuilt(), program: '' });
    for (let i = 0; i < 2; i++) {
      expect(issues(policyError(() => usePolicy(bad)))).toEqual([{ path: ['policy', 'program'], message: 'must not be empty' }]);
    }
  });
});
