import type { IsoDate } from '../core/dates.js';
import { Dec } from '../core/decimal.js';
import { PolicyError, type PolicyIssue } from '../core/errors.js';
import { formatMoney, type Money, type MoneyInput } from '../core/money.js';
import type { RuleId } from '../core/rules.js';
import { parseWith } from '../core/validate.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { depositSchemas } from './input.js';

/** A sum the partner owes that may be deducted from its deposit once overdue (DEP-3). */
export interface DepositClaim {
  /** Unique among the claims of one settlement; breaks ties of due date. */
  readonly id: string;
  /** `clawback`: commission the partner did not return (COM-7, COM-8); `arrears`: customer debt it could not collect. */
  readonly kind: 'clawback' | 'arrears';
  /** The sum owed: ≥ 0, at most the currency scale. */
  readonly amount: MoneyInput;
  /** The day it had to be settled by; it is overdue from the next day on. */
  readonly dueOn: IsoDate;
  /**
   * Arrears only: `'service-quality'` when the customer withheld payment because
   * of the company's own service quality (服务品质原因), which is never deducted.
   * Default `'other'`.
   */
  readonly cause?: 'service-quality' | 'other';
}

/** What {@link settleDeposit} needs: the deposit, what is required, and the claims. */
export interface SettleDepositInput {
  /** The deposit balance before deductions. */
  readonly balance: MoneyInput;
  /** The deposit required now (see `requiredDeposit`), for shortfall and excess. */
  readonly required: MoneyInput;
  /** The day of the settlement: claims due before it are overdue. */
  readonly asOf: IsoDate;
  readonly claims: readonly DepositClaim[];
}

/** One overdue claim applied to the deposit. `deducted` + `outstanding` = `claim`. */
export interface DepositDeduction {
  readonly claimId: string;
  readonly kind: 'clawback' | 'arrears';
  readonly dueOn: IsoDate;
  /** The claim's amount. */
  readonly claim: Money;
  /** Taken from the deposit: the claim, or what was left of the balance (0.00 once it is empty). */
  readonly deducted: Money;
  /** Still owed by the partner. */
  readonly outstanding: Money;
  /** The deposit balance after this deduction. */
  readonly balanceAfter: Money;
  readonly rules: RuleId[];
}

/** A claim not deducted, and why. */
export interface SkippedClaim {
  readonly claimId: string;
  readonly kind: 'clawback' | 'arrears';
  readonly dueOn: IsoDate;
  readonly claim: Money;
  /** `not-due`: due on or after the as-of date; `service-quality`: arrears never deducted (DEP-3). */
  readonly reason: 'not-due' | 'service-quality';
  readonly rules: RuleId[];
}

/** The deposit after its overdue claims are deducted (DEP-2 to DEP-4). */
export interface DepositSettlement {
  /** The balance before deductions. */
  readonly opening: Money;
  /** The balance after deductions: never negative (DEP-2). */
  readonly balance: Money;
  /** Total deducted: `opening` − `balance`. */
  readonly deducted: Money;
  /** Total of overdue claims the deposit did not cover, still owed by the partner. */
  readonly outstanding: Money;
  /** Overdue claims in the order applied: due date, then id. */
  readonly deductions: DepositDeduction[];
  /** Claims not deducted, in the same order. */
  readonly skipped: SkippedClaim[];
  readonly required: Money;
  /** `required` − `balance` when positive: a top-up the partner owes (DEP-4). */
  readonly shortfall: Money;
  /** `balance` − `required` when positive: reported, never returned automatically (DEP-4). */
  readonly excess: Money;
  readonly rules: RuleId[];
}

interface Claim {
  id: string;
  kind: 'clawback' | 'arrears';
  amount: Dec;
  dueOn: IsoDate;
  exempt: boolean;
}

function byDueDateThenId(a: Claim, b: Claim): number {
  // Code-unit order of ids, so the order never depends on the machine's locale.
  // Ids are unique (a repeated id is refused), so no two claims tie.
  return a.dueOn < b.dueOn || (a.dueOn === b.dueOn && a.id < b.id) ? -1 : 1;
}

/**
 * Deducts a partner's overdue claims from its deposit (DEP-3) and reports the
 * top-up it owes or the excess it holds (DEP-4).
 *
 * A claim is overdue when due before `asOf` (one due on `asOf` is not yet).
 * Overdue clawbacks and arrears are applied in order of due date, then id,
 * each up to what is left of the balance; the rest stays owed. Arrears caused
 * by the company's service quality are never deducted. Claims the balance can
 * no longer cover still appear, deducted 0.00, so that for every overdue claim
 * `deducted + outstanding = claim` to the cent. The balance never goes
 * negative (DEP-2). The order of `claims` never changes the result.
 *
 * @param policy - A policy with a deposit section, such as `telecomProgram`.
 * @param input - The balance, the required deposit, the as-of date and the claims.
 * @returns The closing balance, one deduction per overdue claim, the skipped
 *   claims, and the shortfall or excess against `required`.
 * @throws {PolicyError} `INVALID_INPUT` naming the bad field (e.g.
 *   `['claims', 2, 'dueOn']`), a repeated claim id, or `cause: 'service-quality'`
 *   on a clawback (the exemption concerns arrears only); `NOT_CONFIGURED` for a
 *   program without deposits (DEP-6).
 *
 * @example
 * settleDeposit(telecomProgram, {
 *   balance: '40000', required: '40000', asOf: '2026-05-01',
 *   claims: [
 *     { id: 'c1', kind: 'clawback', amount: '25000', dueOn: '2026-04-10' },
 *     { id: 'a1', kind: 'arrears', amount: '20000', dueOn: '2026-04-20' },
 *     { id: 'a2', kind: 'arrears', amount: '3000', dueOn: '2026-04-01', cause: 'service-quality' },
 *     { id: 'c2', kind: 'clawback', amount: '1000', dueOn: '2026-05-01' },
 *   ],
 * });
 * //=> { opening: '40000.00', balance: '0.00', deducted: '40000.00', outstanding: '5000.00',
 * //     deductions: [
 * //       { claimId: 'c1', …, claim: '25000.00', deducted: '25000.00', outstanding: '0.00', balanceAfter: '15000.00', … },
 * //       { claimId: 'a1', …, claim: '20000.00', deducted: '15000.00', outstanding: '5000.00', balanceAfter: '0.00', … } ],
 * //     skipped: [ { claimId: 'a2', reason: 'service-quality', … }, { claimId: 'c2', reason: 'not-due', … } ],
 * //     required: '40000.00', shortfall: '40000.00', excess: '0.00', rules: ['DEP-2', 'DEP-3', 'DEP-4'] }
 */
export function settleDeposit(policy: Policy, input: SettleDepositInput): DepositSettlement {
  const p = usePolicy(policy);
  requireSection(p, 'deposit', 'deposit (DEP-6)');
  const scale = p.currency.scale;
  const parsed = parseWith(depositSchemas(scale).settle, input);
  const opening = parsed.balance;
  const required = parsed.required;

  const issues: PolicyIssue[] = [];
  const firstIndex = new Map<string, number>();
  const claims: Claim[] = parsed.claims.map((c, i) => {
    const seen = firstIndex.get(c.id);
    if (seen !== undefined) issues.push({ path: ['claims', i, 'id'], message: `repeats the id of claims[${seen}]` });
    else firstIndex.set(c.id, i);
    if (c.kind === 'clawback' && c.cause === 'service-quality') {
      // DEP-3: the exemption concerns arrears only; refusing it beats silently deducting what the caller meant to exempt.
      issues.push({ path: ['claims', i, 'cause'], message: '"service-quality" applies to arrears only: a clawback is deducted whatever its cause' });
    }
    return {
      id: c.id,
      kind: c.kind,
      amount: c.amount,
      dueOn: c.dueOn,
      // Only arrears get here with this cause: on a clawback it was refused above.
      exempt: c.cause === 'service-quality',
    };
  });
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  claims.sort(byDueDateThenId);

  const money = (d: Dec) => formatMoney(d, scale);
  const deductions: DepositDeduction[] = [];
  const skipped: SkippedClaim[] = [];
  let balance = opening;
  let outstanding = new Dec(0);
  for (const c of claims) {
    // An exempt claim is reported as such even before it falls due: it never will be deducted.
    if (c.exempt || c.dueOn >= parsed.asOf) {
      skipped.push({
        claimId: c.id,
        kind: c.kind,
        dueOn: c.dueOn,
        claim: money(c.amount),
        reason: c.exempt ? 'service-quality' : 'not-due',
        rules: ['DEP-3'],
      });
      continue;
    }
    const deducted = Dec.min(c.amount, balance);
    balance = balance.minus(deducted);
    const owed = c.amount.minus(deducted);
    outstanding = outstanding.plus(owed);
    deductions.push({
      claimId: c.id,
      kind: c.kind,
      dueOn: c.dueOn,
      claim: money(c.amount),
      deducted: money(deducted),
      outstanding: money(owed),
      balanceAfter: money(balance),
      rules: ['DEP-2', 'DEP-3'],
    });
  }

  const zero = new Dec(0);
  return {
    opening: money(opening),
    balance: money(balance),
    deducted: money(opening.minus(balance)),
    outstanding: money(outstanding),
    deductions,
    skipped,
    required: money(required),
    shortfall: money(Dec.max(required.minus(balance), zero)),
    excess: money(Dec.max(balance.minus(required), zero)),
    rules: ['DEP-2', 'DEP-3', 'DEP-4'],
  };
}
