import { Dec } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { formatMoney, type Money, type MoneyInput } from '../core/money.js';
import type { RuleId } from '../core/rules.js';
import { parseWith } from '../core/validate.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { DepositPolicy, Policy, Tier } from '../policy/types.js';
import { depositSchemas } from './input.js';

/** Whose deposit is asked for: a tiered partner, or a voice-wholesale agent with its monthly traffic. */
export type RequiredDepositInput =
  | { readonly tier: Tier }
  | { readonly wholesale: { readonly monthlyTraffic: MoneyInput } };

/** A required deposit, and what set it. */
export interface RequiredDeposit {
  /** The deposit required, at the currency scale. */
  readonly amount: Money;
  /**
   * What set it: the partner's `tier` (DEP-1); for a wholesale agent the
   * program's `minimum`, or the monthly `traffic` × multiple when that is larger (DEP-5).
   */
  readonly basis: 'tier' | 'minimum' | 'traffic';
  readonly rules: RuleId[];
}

// The traffic multiple is a policy rate with any number of places: multiply
// with room for every digit so rounding up (DEP-5) sees the exact product.
const Exact = Dec.clone({ precision: 1_000_000_000 });

/** DEP-5: the larger of the minimum and monthly traffic × multiple rounded up to whole units. */
export function wholesaleRequirement(
  deposit: DepositPolicy,
  monthlyTraffic: Dec,
): { amount: Dec; basis: 'minimum' | 'traffic' } {
  const byTraffic = new Exact(monthlyTraffic).times(deposit.wholesale.trafficMultiple).toDecimalPlaces(0, Exact.ROUND_CEIL);
  const minimum = new Dec(deposit.wholesale.minimum);
  // A tie is reported as the minimum: the traffic does not raise the floor.
  return byTraffic.gt(minimum) ? { amount: new Dec(byTraffic.toFixed()), basis: 'traffic' } : { amount: minimum, basis: 'minimum' };
}

/**
 * The deposit a partner must hold. A tiered partner holds its tier's deposit
 * (DEP-1: gold 90,000, silver 40,000, ordinary 5,000). A voice-wholesale
 * agent holds the larger of the program's minimum (100,000) and its reference
 * monthly traffic × the traffic multiple (default 1), rounded up to whole
 * currency units (DEP-5).
 *
 * @param policy - A policy with a deposit section, such as `telecomProgram`.
 * @param input - `{ tier }` for a tiered partner, or `{ wholesale: { monthlyTraffic } }`
 *   for a wholesale agent; exactly one of the two.
 * @returns The amount, what set it, and the rules applied.
 * @throws {PolicyError} `INVALID_INPUT` naming `tier` or `wholesale.monthlyTraffic`,
 *   or the input when it gives both or neither; `NOT_CONFIGURED` for a program
 *   without deposits (the cloud program, DEP-6).
 *
 * @example
 * requiredDeposit(telecomProgram, { tier: 'silver' });
 * //=> { amount: '40000.00', basis: 'tier', rules: ['DEP-1'] }
 * requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic: '60000' } });
 * //=> { amount: '100000.00', basis: 'minimum', rules: ['DEP-5'] }
 * requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic: '123456.01' } });
 * //=> { amount: '123457.00', basis: 'traffic', rules: ['DEP-5'] }
 */
export function requiredDeposit(policy: Policy, input: RequiredDepositInput): RequiredDeposit {
  const p = usePolicy(policy);
  const deposit = requireSection(p, 'deposit', 'deposit (DEP-6)');
  const scale = p.currency.scale;
  const parsed = parseWith(depositSchemas(scale).required, input);
  if (parsed.tier !== undefined && parsed.wholesale !== undefined) {
    throw invalidInput([], 'must give either tier or wholesale, not both');
  }
  if (parsed.tier !== undefined) {
    return { amount: formatMoney(new Dec(deposit.byTier[parsed.tier]), scale), basis: 'tier', rules: ['DEP-1'] };
  }
  if (parsed.wholesale !== undefined) {
    const { amount, basis } = wholesaleRequirement(deposit, parsed.wholesale.monthlyTraffic);
    return { amount: formatMoney(amount, scale), basis, rules: ['DEP-5'] };
  }
  throw invalidInput([], 'must be { tier } for a tiered partner or { wholesale: { monthlyTraffic } } for a wholesale agent');
}
