/**
 * fast-check arbitraries for deposit inputs, valid by construction (they are
 * meant to move into the public testing kit). Money is generated as integer
 * cents and rendered in every accepted input form.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import type { DepositClaim, DepositEntry, SettleDepositInput, WholesaleStatusInput } from '../../src/deposit/index.js';
import type { Tier } from '../../src/policy/types.js';
import type { MoneyInput } from '../../src/core/money.js';

/** A partner tier. */
export const tier: fc.Arbitrary<Tier> = fc.constantFrom('gold', 'silver', 'ordinary');

/** Cents up to `max`, biased towards small sums and round figures. */
export function centsArb(max = 100_000_000_000_000n): fc.Arbitrary<bigint> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.bigInt({ min: 0n, max: max < 5_000_000n ? max : 5_000_000n }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: max / 100n }).map((u) => u * 100n) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max }) },
  );
}

/** Renders cents as a money input: a decimal string, a number, or a decimal.js `Decimal`. */
export function moneyInputOf(c: bigint): fc.Arbitrary<MoneyInput> {
  const whole = c / 100n;
  const frac = c % 100n;
  const plain = `${whole}.${String(frac).padStart(2, '0')}`;
  const short = frac === 0n ? `${whole}` : frac % 10n === 0n ? `${whole}.${frac / 10n}` : plain;
  return fc.constantFrom<MoneyInput>(plain, short, Number(plain), new Decimal(plain));
}

/** A money input of at most 2 places, up to `max` cents. */
export function moneyInput(max?: bigint): fc.Arbitrary<MoneyInput> {
  return centsArb(max).chain(moneyInputOf);
}

const DAY0 = Date.UTC(2026, 0, 1);
/** A date `days` after 2026-01-01 (UTC arithmetic on a fixed instant: no machine time zone involved). */
export function dateAt(days: number): string {
  return new Date(DAY0 + days * 86_400_000).toISOString().slice(0, 10);
}

/** An ISO date in the 120 days from 2026-01-01: narrow, so due dates and as-of dates collide often. */
export const isoDate: fc.Arbitrary<string> = fc.integer({ min: 0, max: 119 }).map(dateAt);

/** A deposit claim (DEP-3); `cause` only on arrears, where it may exempt the claim. */
export const claim: fc.Arbitrary<DepositClaim> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom<'clawback' | 'arrears'>('clawback', 'arrears'),
    amount: moneyInput(10_000_000n),
    dueOn: isoDate,
    cause: fc.constantFrom<'service-quality' | 'other' | undefined>(undefined, 'other', 'service-quality'),
  })
  .map(({ cause, ...c }): DepositClaim => {
    if (cause === undefined || (c.kind === 'clawback' && cause === 'service-quality')) return c;
    return { ...c, cause };
  });

/** Claims with distinct ids. */
export const claims: fc.Arbitrary<DepositClaim[]> = fc.uniqueArray(claim, { selector: (c) => c.id, maxLength: 12 });

/** A settlement input whose balance and claims are of comparable size, so the deposit runs out in some runs. */
export const settleInput: fc.Arbitrary<SettleDepositInput> = fc.record({
  balance: moneyInput(20_000_000n),
  // The tier deposits (DEP-1) or anything else.
  required: fc.oneof(fc.constantFrom(9_000_000n, 4_000_000n, 500_000n), centsArb(20_000_000n)).chain(moneyInputOf),
  asOf: isoDate,
  claims,
});

/** Cents near `c` (equal, one fen either side) or independent of it, so boundaries are hit often. */
function nearCents(c: bigint, max: bigint): fc.Arbitrary<bigint> {
  return fc.oneof(fc.constant(c), fc.constant(c + 1n), fc.constant(c > 0n ? c - 1n : 0n), centsArb(max));
}

/** A wholesale agent's position (DEP-5), around the 100,000 minimum; traffic often equals the balance. */
export const wholesaleInput: fc.Arbitrary<WholesaleStatusInput> = centsArb(30_000_000n)
  .chain((balance) =>
    fc.record({
      balance: moneyInputOf(balance),
      unsettledTraffic: nearCents(balance, 30_000_000n).chain(moneyInputOf),
      monthlyTraffic: fc.oneof(nearCents(balance, 30_000_000n), fc.constant(10_000_000n)).chain(moneyInputOf),
      wasSuspended: fc.constantFrom<boolean | undefined>(undefined, false, true),
    }),
  )
  .map(({ wasSuspended, ...w }) => (wasSuspended === undefined ? w : { ...w, wasSuspended }));

/** A deposit ledger entry (DEP-2); deductions carry a reason. May overdraw: pair with a model. */
export const ledgerEntry: fc.Arbitrary<DepositEntry> = fc
  .record({
    kind: fc.constantFrom<DepositEntry['kind']>('paid-in', 'top-up', 'deduction', 'return'),
    amount: moneyInput(5_000_000n),
    on: isoDate,
    reason: fc.constantFrom<string | undefined>(undefined, 'clawback overdue', 'arrears'),
  })
  .map(({ reason, ...e }): DepositEntry => {
    const r = e.kind === 'deduction' ? (reason ?? 'overdue claim') : reason;
    return r === undefined ? e : { ...e, reason: r };
  });
