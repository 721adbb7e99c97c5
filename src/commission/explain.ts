import { PolicyError, type PolicyIssue } from '../core/errors.js';
import type { Money, Rate } from '../core/money.js';
import type { RuleId } from '../core/rules.js';
import type { Policy } from '../policy/types.js';
import { compareLines } from './assemble.js';
import type { Accumulator } from './compile.js';
import { formatMinor, parseMinor } from './minor.js';
import { rulesOfBits } from './rules.js';
import { runStatement } from './statement.js';
import type { StatementInput } from './statement-input.js';
import type { BucketKind, CommissionStatement, CommissionYear } from './types.js';

/** One receipt's part of one statement line. */
export interface ExplainedReceipt {
  readonly receiptId: string;
  readonly line: string;
  /** The rate of the statement line the receipt is in. */
  readonly rate: Rate;
  /** The commission year; `null` with no window or past it (COM-4). */
  readonly year: CommissionYear | null;
  /** The receipt's share of the line's rounded commission; the shares of a line add up to its commission exactly. */
  readonly share: Money;
  readonly rules: RuleId[];
  /** The statement line's kind, which with `line` and `rate` names the line. */
  readonly kind: BucketKind;
  /** What the receipt adds to the line's base: its amount, or its margin on a margin line (0 when negative). */
  readonly base: Money;
}

/** A statement with every receipt traced to its line. */
export interface ExplainedStatement {
  readonly statement: CommissionStatement;
  /** Sorted by receipt id; a receipt of a marginal ladder appears once per slice. */
  readonly receipts: ExplainedReceipt[];
}

interface Counted {
  readonly id: string;
  readonly acc: Accumulator;
  readonly year: CommissionYear | null;
  readonly rules: number;
  readonly weight: bigint;
  share: bigint;
  rem: bigint;
}

/**
 * Splits `commission` over the receipts in proportion to their weights, by
 * largest remainder: each gets the floor of its exact share, and the cents
 * left go one each to the largest remainders, ties to the smaller receipt id
 * (in UTF-16 code-unit order). The shares add up to `commission` exactly.
 */
function allocate(commission: bigint, total: bigint, group: Counted[]): bigint[] {
  if (total === 0n) return group.map(() => 0n);
  let given = 0n;
  for (const c of group) {
    const n = commission * c.weight;
    c.share = n / total;
    c.rem = n % total;
    given += c.share;
  }
  const order = group.map((_, i) => i).sort((i, j) => {
    const a = group[i]!;
    const b = group[j]!;
    if (a.rem !== b.rem) return a.rem > b.rem ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const shares = group.map((c) => c.share);
  for (let k = 0; given < commission; k++, given++) shares[order[k]!]! += 1n;
  return shares;
}

/**
 * The statement of {@link commissionStatement} with every counted receipt
 * traced to its statement line: its bucket, rate, commission year, rules and
 * share of the line's rounded commission. Shares follow the receipts' part of
 * the base and are allocated by largest remainder (ties to the smaller
 * receipt id), so the shares of a line add up to its commission to the cent
 * and anyone disputing a statement can trace every cent to a receipt. In a
 * marginal ladder every receipt shares every slice in proportion to its
 * amount. Receipts outside the period earn nothing and appear only among the
 * warnings.
 *
 * Unlike `commissionStatement`, this holds one record per receipt, and it
 * refuses two counted receipts with one id.
 *
 * @param policy - A policy, such as `telecomProgram` or `cloudProgram`.
 * @param input - As for `commissionStatement`.
 * @returns The statement and one entry per receipt and line.
 * @throws {PolicyError} As `commissionStatement`; `INVALID_INPUT` for a repeated receipt id.
 *
 * @example
 * const period = { from: '2026-01-01', to: '2026-01-31' };
 * const r = (id: string, amount: string) => ({ id, customerId: 'C1', line: 'ecs', amount, receivedOn: '2026-01-10' });
 * const { receipts } = explainStatement(cloudProgram, { partnerId: 'SC-7', period, receipts: [r('R1', '0.05'), r('R2', '0.05'), r('R3', '0.05')] });
 * receipts.map((x) => x.share); //=> ['0.01', '0.01', '0.01'] (20% of 0.15 = 0.03)
 */
export function explainStatement(policy: Policy, input: StatementInput): ExplainedStatement {
  const counted: Counted[] = [];
  const ids = new Map<string, number>();
  const issues: PolicyIssue[] = [];
  const statement = runStatement(policy, input, (f, route, weight, index) => {
    const first = ids.get(f.id);
    if (first !== undefined) {
      if (issues.length < 100) issues.push({ path: ['receipts', index, 'id'], message: `repeats the id of receipts[${first}]` });
      return;
    }
    ids.set(f.id, index);
    counted.push({ id: f.id, acc: route.acc, year: route.year, rules: route.rules, weight, share: 0n, rem: 0n });
  });
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  const { scale } = statement.currency;

  const groups = new Map<Accumulator, Counted[]>();
  for (const c of counted) {
    const g = groups.get(c.acc);
    if (g === undefined) groups.set(c.acc, [c]);
    else g.push(c);
  }
  const out: ExplainedReceipt[] = [];
  for (const [acc, group] of groups) {
    const kind = acc.kind;
    // A ladder's receipts share each of its slice lines; any other bucket is one line.
    const lines = statement.lines.filter((l) => l.line === acc.line && l.kind === kind && (kind === 'ladder' || l.rate === acc.rate));
    const total = acc.total();
    for (const l of lines) {
      const shares = allocate(parseMinor(l.commission, scale)!, total, group);
      group.forEach((c, i) => {
        out.push({
          receiptId: c.id,
          line: acc.line,
          rate: l.rate,
          year: c.year,
          share: formatMinor(shares[i]!, scale),
          rules: rulesOfBits(c.rules),
          kind,
          base: formatMinor(c.weight, scale),
        });
      });
    }
  }
  out.sort((a, b) => (a.receiptId < b.receiptId ? -1 : a.receiptId > b.receiptId ? 1 : compareLines(a, b)));
  return { statement, receipts: out };
}
