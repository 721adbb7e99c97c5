import type { IsoDate } from '../core/dates.js';
import { Dec } from '../core/decimal.js';
import { PolicyError, type PolicyIssue } from '../core/errors.js';
import { formatMoney, type Money, type MoneyInput } from '../core/money.js';
import type { RuleId } from '../core/rules.js';
import { parseWith } from '../core/validate.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { depositSchemas } from './input.js';

/** What moved money into or out of a deposit (DEP-2). */
export type DepositEntryKind = 'paid-in' | 'top-up' | 'deduction' | 'return';

/** One movement of a deposit. */
export interface DepositEntry {
  /** `paid-in` and `top-up` add to the balance; `deduction` and `return` take from it. */
  readonly kind: DepositEntryKind;
  /** ≥ 0, at most the currency scale. */
  readonly amount: MoneyInput;
  readonly on: IsoDate;
  /** Why; required on a deduction (DEP-2). */
  readonly reason?: string;
}

/** One ledger line: the entry and the balance after it. */
export interface DepositLedgerLine {
  /** Where the entry stood in the input. */
  readonly index: number;
  readonly kind: DepositEntryKind;
  readonly on: IsoDate;
  readonly amount: Money;
  /** The balance after this entry: never negative. */
  readonly balance: Money;
  readonly reason?: string;
  readonly rules: RuleId[];
}

/** A deposit's history with its running balance (DEP-2). */
export interface DepositLedger {
  /** Entries in the order applied: by date, same-day entries in input order. */
  readonly lines: DepositLedgerLine[];
  /** Sums by kind; `balance` = paidIn + toppedUp − deducted − returned. */
  readonly totals: { readonly paidIn: Money; readonly toppedUp: Money; readonly deducted: Money; readonly returned: Money };
  /** The closing balance. */
  readonly balance: Money;
  readonly rules: RuleId[];
}

/**
 * Runs a deposit's ledger (DEP-2): paid in, topped up, deducted (with a
 * reason), returned. Entries apply in date order, same-day entries in the
 * order given; the balance may never go negative, so a deduction or return
 * larger than the balance is refused, not clamped.
 *
 * @param policy - A policy with a deposit section, such as `telecomProgram`.
 * @param input.entries - The movements, in any date order.
 * @returns Each entry with the running balance, the totals by kind and the closing balance.
 * @throws {PolicyError} `INVALID_INPUT` naming the bad field, a deduction
 *   without a reason, or the amount of the first entry that would make the
 *   balance negative (e.g. `['entries', 3, 'amount']`); `NOT_CONFIGURED` for a
 *   program without deposits (DEP-6).
 *
 * @example
 * depositLedger(telecomProgram, {
 *   entries: [
 *     { kind: 'paid-in', amount: '40000', on: '2026-01-05' },
 *     { kind: 'deduction', amount: '1500.50', on: '2026-03-02', reason: 'clawback c1 overdue' },
 *     { kind: 'top-up', amount: '1500.50', on: '2026-03-20' },
 *   ],
 * }).balance;
 * //=> '40000.00'
 */
export function depositLedger(policy: Policy, input: { readonly entries: readonly DepositEntry[] }): DepositLedger {
  const p = usePolicy(policy);
  requireSection(p, 'deposit', 'deposit (DEP-6)');
  const scale = p.currency.scale;
  const parsed = parseWith(depositSchemas(scale).ledger, input);

  const issues: PolicyIssue[] = [];
  const entries = parsed.entries.map((e, index) => {
    if (e.kind === 'deduction' && e.reason === undefined) {
      issues.push({ path: ['entries', index, 'reason'], message: 'is required on a deduction (DEP-2)' });
    }
    return { ...e, index };
  });
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  // Array.prototype.sort is stable: same-day entries keep the caller's order.
  entries.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

  const totals = { 'paid-in': new Dec(0), 'top-up': new Dec(0), deduction: new Dec(0), return: new Dec(0) };
  let balance = new Dec(0);
  const lines: DepositLedgerLine[] = [];
  for (const e of entries) {
    const adds = e.kind === 'paid-in' || e.kind === 'top-up';
    const next = adds ? balance.plus(e.amount) : balance.minus(e.amount);
    if (next.isNegative()) {
      throw new PolicyError('INVALID_INPUT', [
        {
          path: ['entries', e.index, 'amount'],
          message: `would make the deposit balance negative (DEP-2): ${formatMoney(e.amount, scale)} ${e.kind === 'return' ? 'returned' : 'deducted'} on ${e.on} from a balance of ${formatMoney(balance, scale)}`,
        },
      ]);
    }
    balance = next;
    totals[e.kind] = totals[e.kind].plus(e.amount);
    lines.push({
      index: e.index,
      kind: e.kind,
      on: e.on,
      amount: formatMoney(e.amount, scale),
      balance: formatMoney(balance, scale),
      ...(e.reason !== undefined ? { reason: e.reason } : {}),
      rules: ['DEP-2'],
    });
  }
  return {
    lines,
    totals: {
      paidIn: formatMoney(totals['paid-in'], scale),
      toppedUp: formatMoney(totals['top-up'], scale),
      deducted: formatMoney(totals.deduction, scale),
      returned: formatMoney(totals.return, scale),
    },
    balance: formatMoney(balance, scale),
    rules: ['DEP-2'],
  };
}
