/**
 * Arbitraries for deposits (DEP-1 to DEP-5). Money is generated as integer
 * cents and rendered in every accepted input form.
 * @module
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import type { DepositClaim, DepositEntry, SettleDepositInput, WholesaleStatusInput } from '../deposit/index.js';
import { fromDay, toDay } from '../core/dates.js';
import type { MoneyInput } from '../core/money.js';

/**
 * Cents up to `max`, biased towards small sums and round figures.
 *
 * @example
 * fc.assert(fc.property(centsArb(100_000n), (c) => c >= 0n && c <= 100_000n));
 */
export function centsArb(max = 100_000_000_000_000n): fc.Arbitrary<bigint> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.bigInt({ min: 0n, max: max < 5_000_000n ? max : 5_000_000n }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: max / 100n }).map((u) => u * 100n) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max }) },
  );
}

/**
 * Renders cents as a money input: a decimal string, a number, or a decimal.js `Decimal`.
 *
 * @example
 * fc.sample(moneyInputOfCents(1250n), 1); //=> one of ['12.50'], ['12.5'], [12.5] or [Decimal('12.50')]
 */
export function moneyInputOfCents(c: bigint): fc.Arbitrary<MoneyInput> {
  const whole = c / 100n;
  const frac = c % 100n;
  const plain = `${whole}.${String(frac).padStart(2, '0')}`;
  const short = frac === 0n ? `${whole}` : frac % 10n === 0n ? `${whole}.${frac / 10n}` : plain;
  return fc.constantFrom<MoneyInput>(plain, short, Number(plain), new Decimal(plain));
}

/** A money input of at most 2 places, up to `max` cents. */
function moneyInput(max?: bigint): fc.Arbitrary<MoneyInput> {
  return centsArb(max).chain(moneyInputOfCents);
}

const DAY0 = toDay('2026-01-01');
/**
 * A date `days` after 2026-01-01.
 *
 * @example
 * dateAt(0); //=> '2026-01-01'
 * dateAt(31); //=> '2026-02-01'
 */
export function dateAt(days: number): string {
  return fromDay(DAY0 + days);
}

/** An ISO date in the 120 days from 2026-01-01: narrow, so due dates and as-of dates collide often. */
const isoDate: fc.Arbitrary<string> = fc.integer({ min: 0, max: 119 }).map(dateAt);

/**
 * A deposit claim (DEP-3), sometimes with a `cause`: `'service-quality'` only on
 * arrears, where it may exempt the claim; `'other'` on either kind.
 *
 * @example
 * fc.assert(fc.property(claimArb, (c) => c.kind === 'arrears' || c.cause !== 'service-quality'));
 */
export const claimArb: fc.Arbitrary<DepositClaim> = fc
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

/**
 * Claims with distinct ids.
 *
 * @example
 * fc.assert(fc.property(claimsArb, (cs) => new Set(cs.map((c) => c.id)).size === cs.length));
 */
export const claimsArb: fc.Arbitrary<DepositClaim[]> = fc.uniqueArray(claimArb, { selector: (c) => c.id, maxLength: 12 });

/**
 * A settlement input whose balance and claims are of comparable size, so the deposit runs out in some runs.
 *
 * @example
 * fc.assert(fc.property(settleDepositInputArb, (input) => {
 *   const r = settleDeposit(telecomProgram, input);
 *   return r.deductions.length + r.skipped.length === input.claims.length;
 * }));
 */
export const settleDepositInputArb: fc.Arbitrary<SettleDepositInput> = fc.record({
  balance: moneyInput(20_000_000n),
  // The tier deposits (DEP-1) or anything else.
  required: fc.oneof(fc.constantFrom(9_000_000n, 4_000_000n, 500_000n), centsArb(20_000_000n)).chain(moneyInputOfCents),
  asOf: isoDate,
  claims: claimsArb,
});

/** Cents near `c` (equal, one fen either side) or independent of it, so boundaries are hit often. */
function nearCents(c: bigint, max: bigint): fc.Arbitrary<bigint> {
  return fc.oneof(fc.constant(c), fc.constant(c + 1n), fc.constant(c > 0n ? c - 1n : 0n), centsArb(max));
}

/**
 * A wholesale agent's position (DEP-5), around the 100,000 minimum; traffic often equals the balance.
 *
 * @example
 * fc.assert(fc.property(wholesaleStatusInputArb, (input) => ['active', 'suspended'].includes(wholesaleStatus(telecomProgram, input).status)));
 */
export const wholesaleStatusInputArb: fc.Arbitrary<WholesaleStatusInput> = centsArb(30_000_000n)
  .chain((balance) =>
    fc.record({
      balance: moneyInputOfCents(balance),
      unsettledTraffic: nearCents(balance, 30_000_000n).chain(moneyInputOfCents),
      monthlyTraffic: fc.oneof(nearCents(balance, 30_000_000n), fc.constant(10_000_000n)).chain(moneyInputOfCents),
      wasSuspended: fc.constantFrom<boolean | undefined>(undefined, false, true),
    }),
  )
  .map(({ wasSuspended, ...w }) => (wasSuspended === undefined ? w : { ...w, wasSuspended }));

/**
 * A deposit ledger entry (DEP-2); deductions carry a reason. May overdraw: pair with a model.
 *
 * @example
 * fc.assert(fc.property(depositEntryArb, (e) => e.kind !== 'deduction' || e.reason !== undefined));
 */
export const depositEntryArb: fc.Arbitrary<DepositEntry> = fc
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
