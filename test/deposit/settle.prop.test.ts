import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { settleDeposit, type DepositClaim, type SettleDepositInput } from '../../src/deposit/index.js';
import { telecomProgram } from '../../src/policy/index.js';
import { dateAt, settleInput } from './arbitraries.js';
import { cents, deepFreeze, maxBig, minBig } from './helpers.js';

const settle = (input: SettleDepositInput) => settleDeposit(telecomProgram, input);
const exempt = (c: DepositClaim) => c.kind === 'arrears' && c.cause === 'service-quality';
const overdue = (c: DepositClaim, asOf: string) => c.dueOn < asOf;

/** The input with its claims in another order. */
const withShuffledClaims = settleInput.chain((input) =>
  fc
    .shuffledSubarray([...input.claims], { minLength: input.claims.length, maxLength: input.claims.length })
    .map((claims) => [input, { ...input, claims }] as const),
);

test.prop([settleInput])('for any claims, deducted + outstanding = claim, to the cent, for every deduction', (input) => {
  for (const d of settle(input).deductions) {
    expect(cents(d.deducted) + cents(d.outstanding)).toBe(cents(d.claim));
  }
});

test.prop([settleInput])('for any claims, the balance never goes negative, and never rises', (input) => {
  const r = settle(input);
  let previous = cents(r.opening);
  for (const d of r.deductions) {
    const after = cents(d.balanceAfter);
    expect(after >= 0n && after <= previous).toBe(true);
    previous = after;
  }
  expect(cents(r.balance)).toBe(previous);
  expect(cents(r.balance) >= 0n).toBe(true);
});

test.prop([settleInput])('the total deducted = opening balance − closing balance = the sum of the deductions', (input) => {
  const r = settle(input);
  const sum = r.deductions.reduce((s, d) => s + cents(d.deducted), 0n);
  expect(cents(r.deducted)).toBe(sum);
  expect(cents(r.opening) - cents(r.balance)).toBe(sum);
  expect(cents(r.opening)).toBe(cents(input.balance));
  expect(cents(r.outstanding)).toBe(r.deductions.reduce((s, d) => s + cents(d.outstanding), 0n));
});

test.prop([withShuffledClaims])('the input order of the claims never changes the result', ([a, b]) => {
  expect(settle(b)).toEqual(settle(a));
});

test.prop([settleInput])(
  'every claim is deducted exactly when it is overdue and not service-quality arrears; the others are skipped with their reason',
  (input) => {
    const r = settle(input);
    const deducted = new Set(r.deductions.map((d) => d.claimId));
    const skipped = new Map(r.skipped.map((s) => [s.claimId, s.reason]));
    expect(r.deductions.length + r.skipped.length).toBe(input.claims.length);
    for (const c of input.claims) {
      if (exempt(c)) expect(skipped.get(c.id)).toBe('service-quality');
      else if (overdue(c, input.asOf)) expect(deducted.has(c.id)).toBe(true);
      else expect(skipped.get(c.id)).toBe('not-due');
    }
  },
);

test.prop([settleInput])(
  'claims apply in order of due date then id, each taking the claim or all that is left of the balance',
  (input) => {
    const r = settle(input);
    let balance = cents(input.balance);
    let previous: { dueOn: string; id: string } | null = null;
    const byId = new Map(input.claims.map((c) => [c.id, c]));
    for (const d of r.deductions) {
      if (previous !== null) {
        expect(previous.dueOn < d.dueOn || (previous.dueOn === d.dueOn && previous.id < d.claimId)).toBe(true);
      }
      previous = { dueOn: d.dueOn, id: d.claimId };
      const claim = cents(byId.get(d.claimId)!.amount);
      expect(cents(d.claim)).toBe(claim);
      expect(cents(d.deducted)).toBe(minBig(claim, balance));
      balance -= cents(d.deducted);
    }
  },
);

test.prop([settleInput])('no claim stays owed while money remains in the deposit', (input) => {
  const r = settle(input);
  if (r.deductions.some((d) => cents(d.outstanding) > 0n)) expect(r.balance).toBe('0.00');
});

test.prop([settleInput])('shortfall and excess: at most one is positive, and shortfall − excess = required − balance', (input) => {
  const r = settle(input);
  const required = cents(input.required);
  const balance = cents(r.balance);
  expect(cents(r.shortfall)).toBe(maxBig(required - balance, 0n));
  expect(cents(r.excess)).toBe(maxBig(balance - required, 0n));
  expect(cents(r.shortfall) === 0n || cents(r.excess) === 0n).toBe(true);
});

test.prop([settleInput])('service-quality arrears never change the balance: removing them changes nothing else', (input) => {
  const r = settle(input);
  const without = settle({ ...input, claims: input.claims.filter((c) => !exempt(c)) });
  expect(without.deductions).toEqual(r.deductions);
  expect(without.balance).toBe(r.balance);
  expect(without.skipped).toEqual(r.skipped.filter((s) => s.reason !== 'service-quality'));
});

test.prop([settleInput, fc.integer({ min: 1, max: 60 })])('a later as-of date never leaves a larger balance', (input, days) => {
  const later = dateAt(Math.round((Date.parse(`${input.asOf}T00:00:00Z`) - Date.UTC(2026, 0, 1)) / 86_400_000) + days);
  expect(cents(settle({ ...input, asOf: later }).balance) <= cents(settle(input).balance)).toBe(true);
});

test.prop([settleInput])('a deeply frozen input gives the same result as a fresh one', (input) => {
  const fresh = settle(structuredCloneMoney(input));
  expect(settle(deepFreeze(input))).toEqual(fresh);
});

/** A copy of the input (Decimals kept as they are: structuredClone would strip their prototype). */
function structuredCloneMoney(input: SettleDepositInput): SettleDepositInput {
  return { ...input, claims: input.claims.map((c) => ({ ...c })) };
}
