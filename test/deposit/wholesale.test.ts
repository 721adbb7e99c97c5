import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { wholesaleStatus, type WholesaleStatusInput } from '../../src/deposit/index.js';
import { cloudProgram, definePolicy, telecomProgram } from '../../src/policy/index.js';
import { deepFreeze, expectPolicyError, policyErrorOf, snapshot } from './helpers.js';

const status = (input: WholesaleStatusInput, policy = telecomProgram) => wholesaleStatus(policy, input);

describe('DEP-5: service is suspended when unsettled traffic reaches the balance', () => {
  test('one fen below the balance: active, with 0.01 of headroom', () => {
    expect(status({ balance: '100000', unsettledTraffic: '99999.99', monthlyTraffic: '80000' })).toEqual({
      status: 'active', headroom: '0.01', required: '100000.00', shortfall: '0.00', rules: ['DEP-5', 'DEP-4'],
    });
  });

  test('traffic equal to the balance: suspended, with no headroom', () => {
    expect(status({ balance: '100000', unsettledTraffic: '100000', monthlyTraffic: '80000' })).toMatchObject({
      status: 'suspended', headroom: '0.00',
    });
  });

  test('traffic above the balance: suspended, with negative headroom', () => {
    expect(status({ balance: '100000', unsettledTraffic: '120000', monthlyTraffic: '80000' })).toMatchObject({
      status: 'suspended', headroom: '-20000.00',
    });
  });

  test('no deposit at all: suspended even with no traffic (0 ≥ 0)', () => {
    expect(status({ balance: '0', unsettledTraffic: '0', monthlyTraffic: '0' })).toMatchObject({
      status: 'suspended', headroom: '0.00', shortfall: '100000.00',
    });
  });

  test('an active agent below the required deposit keeps running, and is told its shortfall', () => {
    expect(status({ balance: '110000', unsettledTraffic: '50000', monthlyTraffic: '120000' })).toMatchObject({
      status: 'active', headroom: '60000.00', required: '120000.00', shortfall: '10000.00',
    });
  });
});

describe('DEP-5: a suspended agent resumes only when balance > traffic and balance ≥ required', () => {
  const suspended = { unsettledTraffic: '100000', monthlyTraffic: '120000', wasSuspended: true };

  test('a top-up to 130,000 covers both: service resumes', () => {
    expect(status({ ...suspended, balance: '130000' })).toMatchObject({ status: 'active', headroom: '30000.00', shortfall: '0.00' });
  });

  test('a top-up to 110,000 is above the traffic but below the 120,000 required: still suspended', () => {
    expect(status({ ...suspended, balance: '110000' })).toMatchObject({ status: 'suspended', headroom: '10000.00', shortfall: '10000.00' });
    // The same position for an agent never suspended runs: that is the hysteresis.
    expect(status({ ...suspended, balance: '110000', wasSuspended: false }).status).toBe('active');
  });

  test('a top-up to exactly the required deposit, when traffic is below it, resumes service', () => {
    expect(status({ ...suspended, balance: '120000' }).status).toBe('active');
  });

  test('a top-up that only equals the traffic does not: the balance must be above it', () => {
    expect(status({ balance: '150000', unsettledTraffic: '150000', monthlyTraffic: '0', wasSuspended: true }).status).toBe('suspended');
    expect(status({ balance: '150000.01', unsettledTraffic: '150000', monthlyTraffic: '0', wasSuspended: true }).status).toBe('active');
  });
});

describe('the required deposit follows the monthly traffic (DEP-5)', () => {
  test('rounded up to whole yuan, with the program’s multiple', () => {
    expect(status({ balance: '0', unsettledTraffic: '0', monthlyTraffic: '123456.01' }).required).toBe('123457.00');
    const p = definePolicy(telecomProgram, { deposit: { wholesale: { trafficMultiple: '2' } } });
    expect(status({ balance: '0', unsettledTraffic: '0', monthlyTraffic: '60000.50' }, p).required).toBe('120001.00');
  });

  test('numbers and Decimals are accepted', () => {
    expect(status({ balance: 130000, unsettledTraffic: new Decimal('100000.5'), monthlyTraffic: 0 }).headroom).toBe('29999.50');
  });
});

describe('DEP-6 and bad input', () => {
  const ok = { balance: '1', unsettledTraffic: '1', monthlyTraffic: '1' };

  test('the cloud program configures no deposit', () => {
    const e = expectPolicyError(() => wholesaleStatus(cloudProgram, ok), 'NOT_CONFIGURED', [['policy', 'deposit']]);
    expect(e.issues[0]!.message).toBe('the cloud program configures no deposit (DEP-6)');
  });

  test('every bad field is named', () => {
    const e = expectPolicyError(
      () => wholesaleStatus(telecomProgram, { balance: '-5', unsettledTraffic: Number.NaN, monthlyTraffic: '1,000', wasSuspended: 'yes' } as never),
      'INVALID_INPUT',
      [['balance'], ['unsettledTraffic'], ['monthlyTraffic'], ['wasSuspended']],
    );
    expect(e.issues.map((i) => i.message)).toEqual([
      'must not be negative, got "-5"',
      'must be a finite number, got NaN',
      'must be a plain decimal string such as "1234.56", got "1,000"',
      'must be a boolean, got "yes"',
    ]);
    expect(policyErrorOf(() => wholesaleStatus(telecomProgram, { balance: '1', monthlyTraffic: '1' } as never)).issues).toEqual([
      { path: ['unsettledTraffic'], message: 'is required (a decimal string, a finite number or a Decimal)' },
    ]);
    expectPolicyError(() => wholesaleStatus(telecomProgram, { ...ok, balance: undefined } as never), 'INVALID_INPUT', [['balance']]);
    expectPolicyError(() => wholesaleStatus(telecomProgram, { ...ok, unsettledTraffic: '0.001' }), 'INVALID_INPUT', [['unsettledTraffic']]);
    expectPolicyError(() => wholesaleStatus(telecomProgram, { ...ok, suspended: true } as never), 'INVALID_INPUT', [['suspended']]);
    expectPolicyError(() => wholesaleStatus(telecomProgram, [] as never), 'INVALID_INPUT', [[]]);
    // A revoked proxy as a figure is refused at its own field, not as an unreadable input.
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(policyErrorOf(() => wholesaleStatus(telecomProgram, { ...ok, balance: proxy } as never)).issues).toEqual([
      { path: ['balance'], message: 'must be a decimal string, a finite number or a Decimal, got an object' },
    ]);
  });

  test('a deeply frozen input works and is not changed', () => {
    const input = deepFreeze({ balance: new Decimal('130000'), unsettledTraffic: '100000', monthlyTraffic: '120000', wasSuspended: true });
    const before = snapshot(input);
    expect(wholesaleStatus(telecomProgram, input).status).toBe('active');
    expect(snapshot(input)).toEqual(before);
  });
});
