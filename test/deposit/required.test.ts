import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { requiredDeposit } from '../../src/deposit/index.js';
import { cloudProgram, definePolicy, telecomProgram } from '../../src/policy/index.js';
import { deepFreeze, expectPolicyError, policyErrorOf, snapshot } from './helpers.js';

describe('DEP-1: the required deposit by tier', () => {
  test('gold 90,000, silver 40,000, ordinary 5,000, at the currency scale', () => {
    expect(requiredDeposit(telecomProgram, { tier: 'gold' })).toEqual({ amount: '90000.00', basis: 'tier', rules: ['DEP-1'] });
    expect(requiredDeposit(telecomProgram, { tier: 'silver' })).toEqual({ amount: '40000.00', basis: 'tier', rules: ['DEP-1'] });
    expect(requiredDeposit(telecomProgram, { tier: 'ordinary' })).toEqual({ amount: '5000.00', basis: 'tier', rules: ['DEP-1'] });
  });

  test('a program with its own figures and a currency without fractions', () => {
    const yen = definePolicy(telecomProgram, { currency: { code: 'JPY', scale: 0 }, deposit: { byTier: { gold: '1200000' } } });
    expect(requiredDeposit(yen, { tier: 'gold' }).amount).toBe('1200000');
    expect(requiredDeposit(yen, { tier: 'silver' }).amount).toBe('40000');
  });
});

describe('DEP-5: the wholesale agent deposit is the larger of 100,000 and monthly traffic × multiple, rounded up', () => {
  const wholesale = (monthlyTraffic: string | number | Decimal, policy = telecomProgram) =>
    requiredDeposit(policy, { wholesale: { monthlyTraffic } });

  test('traffic below the minimum: the minimum 100,000', () => {
    expect(wholesale('0')).toEqual({ amount: '100000.00', basis: 'minimum', rules: ['DEP-5'] });
    expect(wholesale('60000')).toEqual({ amount: '100000.00', basis: 'minimum', rules: ['DEP-5'] });
  });

  test('traffic exactly the minimum is the minimum', () => {
    expect(wholesale('100000.00')).toEqual({ amount: '100000.00', basis: 'minimum', rules: ['DEP-5'] });
  });

  test('traffic above the minimum is rounded up to whole yuan, not half-up', () => {
    expect(wholesale('100000.01')).toEqual({ amount: '100001.00', basis: 'traffic', rules: ['DEP-5'] });
    expect(wholesale('123456.01')).toEqual({ amount: '123457.00', basis: 'traffic', rules: ['DEP-5'] });
    expect(wholesale('150000')).toEqual({ amount: '150000.00', basis: 'traffic', rules: ['DEP-5'] });
  });

  test('a string, a number and a Decimal are the same traffic', () => {
    expect(wholesale(123456.01).amount).toBe('123457.00');
    expect(wholesale(new Decimal('123456.01')).amount).toBe('123457.00');
  });

  test('a multiple of 1.5: 80,000 of traffic needs 120,000; 66,666.67 needs 100,000.005 rounded up', () => {
    const p = definePolicy(telecomProgram, { deposit: { wholesale: { trafficMultiple: '1.5' } } });
    expect(wholesale('80000', p).amount).toBe('120000.00');
    expect(wholesale('66666.67', p).amount).toBe('100001.00');
    expect(wholesale('66666.66', p).amount).toBe('100000.00');
  });

  test('a multiple with more digits than 40 significant places still rounds up the exact product', () => {
    // 100000 × (1 + 10^-40) = 100000.000…01: above 100000 by 10^-35, so the deposit is 100001.
    const p = definePolicy(telecomProgram, {
      deposit: { wholesale: { trafficMultiple: `1.${'0'.repeat(39)}1` } },
    });
    expect(wholesale('100000', p)).toEqual({ amount: '100001.00', basis: 'traffic', rules: ['DEP-5'] });
  });

  test('a custom minimum', () => {
    const p = definePolicy(telecomProgram, { deposit: { wholesale: { minimum: '250000' } } });
    expect(wholesale('200000', p).amount).toBe('250000.00');
  });
});

describe('DEP-6: the cloud program configures no deposit', () => {
  test('asking for a deposit is NOT_CONFIGURED', () => {
    const e = expectPolicyError(() => requiredDeposit(cloudProgram, { tier: 'gold' }), 'NOT_CONFIGURED', [['policy', 'deposit']]);
    expect(e.issues[0]!.message).toBe('the cloud program configures no deposit (DEP-6)');
    expectPolicyError(() => requiredDeposit(cloudProgram, { wholesale: { monthlyTraffic: '1' } }), 'NOT_CONFIGURED', [['policy', 'deposit']]);
  });
});

describe('bad input raises PolicyError naming the field', () => {
  test.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an exponent string', '1e400'],
    ['a comma', '12,5'],
    ['an empty string', ''],
    ['a negative figure', -1],
    ['three places', '1.001'],
    ['null', null],
    ['an object', {}],
    ['a missing value', undefined],
  ])('monthly traffic: %s', (_, monthlyTraffic) => {
    expectPolicyError(
      () => requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic } } as never),
      'INVALID_INPUT',
      [['wholesale', 'monthlyTraffic']],
    );
  });

  test('an unknown tier: the message lists the three tiers of DEP-1', () => {
    const e = expectPolicyError(() => requiredDeposit(telecomProgram, { tier: 'platinum' } as never), 'INVALID_INPUT', [['tier']]);
    expect(e.issues[0]!.message).toBe('must be one of "gold", "silver", "ordinary", got "platinum"');
  });

  test('what is wrong with the traffic is said: missing, too many places, negative', () => {
    const issue = (monthlyTraffic: unknown) =>
      policyErrorOf(() => requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic } } as never)).issues;
    expect(issue(undefined)).toEqual([
      { path: ['wholesale', 'monthlyTraffic'], message: 'is required (a decimal string, a finite number or a Decimal)' },
    ]);
    expect(issue('1.001')).toEqual([{ path: ['wholesale', 'monthlyTraffic'], message: 'must have at most 2 decimal places, got "1.001"' }]);
    expect(issue(-1)).toEqual([{ path: ['wholesale', 'monthlyTraffic'], message: 'must not be negative, got -1' }]);
    expect(issue(Number.NaN)).toEqual([{ path: ['wholesale', 'monthlyTraffic'], message: 'must be a finite number, got NaN' }]);
  });

  test('a misspelt field inside wholesale is refused, and the traffic is then missing', () => {
    const e = policyErrorOf(() => requiredDeposit(telecomProgram, { wholesale: { monthlytraffic: '1' } } as never));
    expect(e.issues).toEqual([
      { path: ['wholesale', 'monthlyTraffic'], message: 'is required (a decimal string, a finite number or a Decimal)' },
      { path: ['wholesale', 'monthlytraffic'], message: 'is not a known field' },
    ]);
  });

  test('the currency scale decides how many places the traffic may have (CONV-1)', () => {
    const yen = definePolicy(telecomProgram, { currency: { code: 'JPY', scale: 0 } });
    // Asked in turn of each program, so no program's input rules carry over to the other.
    expect(requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic: '150000.5' } }).amount).toBe('150001.00');
    expect(policyErrorOf(() => requiredDeposit(yen, { wholesale: { monthlyTraffic: '150000.5' } })).issues).toEqual([
      { path: ['wholesale', 'monthlyTraffic'], message: 'must have at most 0 decimal places, got "150000.5"' },
    ]);
    expect(requiredDeposit(yen, { wholesale: { monthlyTraffic: '150001' } }).amount).toBe('150001');
    expect(requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic: '150000.25' } }).amount).toBe('150001.00');
  });

  test('both a tier and wholesale traffic, or neither', () => {
    const both = expectPolicyError(
      () => requiredDeposit(telecomProgram, { tier: 'gold', wholesale: { monthlyTraffic: '1' } } as never),
      'INVALID_INPUT',
      [[]],
    );
    expect(both.issues[0]!.message).toBe('must give either tier or wholesale, not both');
    const neither = expectPolicyError(() => requiredDeposit(telecomProgram, {} as never), 'INVALID_INPUT', [[]]);
    expect(neither.issues[0]!.message).toBe(
      'must be { tier } for a tiered partner or { wholesale: { monthlyTraffic } } for a wholesale agent',
    );
  });

  test('not an object', () => {
    for (const input of [null, undefined, 'gold', 42, ['gold']]) {
      expectPolicyError(() => requiredDeposit(telecomProgram, input as never), 'INVALID_INPUT', [[]]);
    }
  });

  test('a misspelt field is refused, not ignored', () => {
    expectPolicyError(() => requiredDeposit(telecomProgram, { tier: 'gold', teir: 'silver' } as never), 'INVALID_INPUT', [['teir']]);
  });

  test('a getter that throws', () => {
    const input = {
      get tier(): string {
        throw new Error('unreadable');
      },
    };
    expectPolicyError(() => requiredDeposit(telecomProgram, input as never), 'INVALID_INPUT', [[]]);
  });

  test('a bad policy is INVALID_POLICY', () => {
    expectPolicyError(() => requiredDeposit(null as never, { tier: 'gold' }), 'INVALID_POLICY', [['policy']]);
    const broken = { ...telecomProgram, deposit: { ...telecomProgram.deposit, byTier: { gold: '-1', silver: '1', ordinary: '1' } } };
    expectPolicyError(() => requiredDeposit(broken as never, { tier: 'gold' }), 'INVALID_POLICY', [['policy', 'deposit', 'byTier', 'gold']]);
  });
});

describe('inputs are never changed', () => {
  test('frozen inputs work and are left as they were', () => {
    const input = deepFreeze({ wholesale: { monthlyTraffic: new Decimal('123456.01') } });
    const before = snapshot(input);
    expect(requiredDeposit(telecomProgram, input).amount).toBe('123457.00');
    expect(snapshot(input)).toEqual(before);
    expect(requiredDeposit(telecomProgram, deepFreeze({ tier: 'gold' as const })).amount).toBe('90000.00');
  });

  test('a policy rebuilt from JSON gives the same figures', () => {
    const rebuilt = deepFreeze(JSON.parse(JSON.stringify(telecomProgram)));
    expect(requiredDeposit(rebuilt, { tier: 'silver' }).amount).toBe('40000.00');
  });
});
