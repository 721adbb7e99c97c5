import { Dec } from '../core/decimal.js';
import { formatMoney, type Money, type MoneyInput } from '../core/money.js';
import type { RuleId } from '../core/rules.js';
import { parseWith } from '../core/validate.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { depositSchemas } from './input.js';
import { wholesaleRequirement } from './required.js';

/** A voice-wholesale agent's position (DEP-5). */
export interface WholesaleStatusInput {
  /** The agent's deposit balance. */
  readonly balance: MoneyInput;
  /** Traffic delivered and not yet settled. */
  readonly unsettledTraffic: MoneyInput;
  /** The reference monthly traffic that sets the required deposit. */
  readonly monthlyTraffic: MoneyInput;
  /** Whether service is suspended now; a suspended agent resumes only on the stricter condition. Default `false`. */
  readonly wasSuspended?: boolean;
}

/** Whether wholesale service runs, and how far the agent is from the limit (DEP-5). */
export interface WholesaleStatus {
  readonly status: 'active' | 'suspended';
  /** `balance` − `unsettledTraffic`: negative when over the limit. */
  readonly headroom: Money;
  /** The required deposit for `monthlyTraffic`, as `requiredDeposit` gives it. */
  readonly required: Money;
  /** `required` − `balance` when positive: the top-up owed (DEP-4). */
  readonly shortfall: Money;
  readonly rules: RuleId[];
}

/**
 * Decides whether a voice-wholesale agent's service runs (DEP-5). Service is
 * suspended automatically once unsettled traffic reaches the deposit balance
 * (traffic ≥ balance). A suspended agent resumes only after a top-up leaves
 * the balance above the unsettled traffic and at least the required deposit;
 * an active agent whose balance has fallen below the required deposit keeps
 * running until traffic reaches the balance, and is told its shortfall.
 *
 * @param policy - A policy with a deposit section, such as `telecomProgram`.
 * @param input - The balance, unsettled traffic, reference monthly traffic and
 *   whether service is suspended now.
 * @returns The status, the headroom (balance − unsettled traffic), the required
 *   deposit and the shortfall against it.
 * @throws {PolicyError} `INVALID_INPUT` naming the bad field; `NOT_CONFIGURED`
 *   for a program without deposits (DEP-6).
 *
 * @example
 * wholesaleStatus(telecomProgram, { balance: '100000', unsettledTraffic: '100000', monthlyTraffic: '80000' });
 * //=> { status: 'suspended', headroom: '0.00', required: '100000.00', shortfall: '0.00', rules: ['DEP-5', 'DEP-4'] }
 * wholesaleStatus(telecomProgram, { balance: '100000', unsettledTraffic: '20000', monthlyTraffic: '120000', wasSuspended: true });
 * //=> { status: 'suspended', headroom: '80000.00', required: '120000.00', shortfall: '20000.00', rules: ['DEP-5', 'DEP-4'] }
 */
export function wholesaleStatus(policy: Policy, input: WholesaleStatusInput): WholesaleStatus {
  const p = usePolicy(policy);
  const deposit = requireSection(p, 'deposit', 'deposit (DEP-6)');
  const scale = p.currency.scale;
  const parsed = parseWith(depositSchemas(scale).wholesale, input);
  const { balance, unsettledTraffic: traffic, monthlyTraffic: monthly } = parsed;
  const required = wholesaleRequirement(deposit, monthly).amount;

  // DEP-5 hysteresis: suspend at traffic ≥ balance; resume only at balance > traffic and balance ≥ required.
  const suspended = parsed.wasSuspended === true ? !(balance.gt(traffic) && balance.gte(required)) : traffic.gte(balance);
  return {
    status: suspended ? 'suspended' : 'active',
    headroom: formatMoney(balance.minus(traffic), scale),
    required: formatMoney(required, scale),
    shortfall: formatMoney(Dec.max(required.minus(balance), 0), scale),
    rules: ['DEP-5', 'DEP-4'],
  };
}
