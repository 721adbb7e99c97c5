import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { requiredDeposit, wholesaleStatus } from '../../src/deposit/index.js';
import { telecomProgram } from '../../src/policy/index.js';
import { wholesaleInput } from './arbitraries.js';
import { cents, maxBig, signedCents } from './helpers.js';

const status = (input: Parameters<typeof wholesaleStatus>[1]) => wholesaleStatus(telecomProgram, input);

test.prop([wholesaleInput])('for any position, headroom = balance − unsettled traffic, to the cent', (input) => {
  expect(signedCents(status(input).headroom)).toBe(cents(input.balance) - cents(input.unsettledTraffic));
});

test.prop([wholesaleInput])('an agent not suspended is suspended exactly when unsettled traffic ≥ balance', (input) => {
  const r = status({ ...input, wasSuspended: false });
  expect(r.status).toBe(cents(input.unsettledTraffic) >= cents(input.balance) ? 'suspended' : 'active');
});

test.prop([wholesaleInput])(
  'a suspended agent resumes exactly when balance > traffic and balance ≥ the required deposit',
  (input) => {
    const r = status({ ...input, wasSuspended: true });
    const balance = cents(input.balance);
    const resumes = balance > cents(input.unsettledTraffic) && balance >= cents(r.required);
    expect(r.status).toBe(resumes ? 'active' : 'suspended');
  },
);

test.prop([wholesaleInput])('resuming is never easier than staying active: active after suspension implies active without it', (input) => {
  if (status({ ...input, wasSuspended: true }).status === 'active') {
    expect(status({ ...input, wasSuspended: false }).status).toBe('active');
  }
});

test.prop([wholesaleInput])(
  'the required deposit is requiredDeposit for the monthly traffic, and the shortfall is what the balance lacks of it',
  (input) => {
    const r = status(input);
    expect(r.required).toBe(requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic: input.monthlyTraffic } }).amount);
    expect(cents(r.shortfall)).toBe(maxBig(cents(r.required) - cents(input.balance), 0n));
    expect(r.rules).toContain('DEP-5');
  },
);
