import { PolicyError, type PolicyIssue } from '../core/errors.js';
import { assembleStatement, type BucketTotal, type LadderTotal } from './assemble.js';
import { formatMinor, parseMinor } from './minor.js';
import { lineKey, readStatement, sameStatementScope } from './read-statement.js';
import { sortRules } from './rules.js';
import type { CommissionStatement, Statement } from './types.js';

function sameBrackets(a: LadderTotal, b: LadderTotal): boolean {
  return (
    a.mode === b.mode &&
    a.brackets.length === b.brackets.length &&
    a.brackets.every((x, i) => x.from === b.brackets[i]!.from && x.to === b.brackets[i]!.to && x.rate === b.brackets[i]!.rate)
  );
}

/**
 * Merges two statements of one partner and period into the statement of all
 * their receipts and refunds (COM-10): bucket bases and ladder volumes add up
 * exactly, and every commission is rounded again from the merged exact sums,
 * so merging the statements of any split of the receipts gives the statement
 * of the whole. Merging is associative and commutative. Carried-in balances
 * add up (give one to one part only). Statements may come through
 * `JSON.stringify`/`JSON.parse`; shard receipts by day, by customer or by
 * worker, and merge in any order.
 *
 * @param a - A statement from `commissionStatement` or `mergeStatements`.
 * @param b - Another one for the same partner, period and currency.
 * @returns The merged statement.
 * @throws {PolicyError} `STATEMENT_MISMATCH` for different partners, periods,
 *   currencies or ladders; `INVALID_INPUT` for a malformed statement, one
 *   whose figures do not add up, or a refund in both;
 *   `REFUND_EXCEEDS_RECEIPT` when the refunds of one receipt in both add up
 *   to more than it.
 *
 * @example
 * const period = { from: '2026-01-01', to: '2026-01-31' };
 * const r = (id: string, amount: string) => ({ id, customerId: 'C1', line: 'ecs', amount, receivedOn: '2026-01-10' });
 * const a = commissionStatement(cloudProgram, { partnerId: 'SC-7', period, receipts: [r('R1', '0.03')] });
 * const b = commissionStatement(cloudProgram, { partnerId: 'SC-7', period, receipts: [r('R2', '0.04')] });
 * [a.totals.commission, b.totals.commission]; //=> ['0.01', '0.01']
 * mergeStatements(a, b).totals.commission; //=> '0.01' (20% of 0.07, not 0.01 + 0.01)
 */
export function mergeStatements(a: Statement, b: Statement): CommissionStatement {
  const x = readStatement(a, 'a');
  const y = readStatement(b, 'b');
  sameStatementScope(x.parts, y.parts, ['a', 'b']);
  const { scale } = x.parts.currency;

  const buckets = new Map<string, BucketTotal>();
  for (const t of [...x.parts.buckets, ...y.parts.buckets]) {
    const key = lineKey(t.line, t.kind, t.rate);
    const seen = buckets.get(key);
    buckets.set(
      key,
      seen === undefined
        ? t
        : { ...t, base: seen.base + t.base, receipts: seen.receipts + t.receipts, rules: sortRules([...seen.rules, ...t.rules]) },
    );
  }

  const ladders = new Map<string, LadderTotal>();
  for (const l of x.parts.ladders) ladders.set(l.line, l);
  y.parts.ladders.forEach((l, i) => {
    const seen = ladders.get(l.line);
    if (seen === undefined) ladders.set(l.line, l);
    else if (!sameBrackets(seen, l)) {
      throw new PolicyError('STATEMENT_MISMATCH', [{ path: ['b', 'ladders', i], message: `the ladder of line ${l.line} differs from statement a's` }]);
    } else {
      ladders.set(l.line, { ...l, volume: seen.volume + l.volume, receipts: seen.receipts + l.receipts, rules: sortRules([...seen.rules, ...l.rules]) });
    }
  });

  // COM-7 across parts: a refund counts once, and the refunds of one receipt never exceed it.
  const issues: PolicyIssue[] = [];
  const exceeded: PolicyIssue[] = [];
  const refunded = new Map<string, { amount: bigint; sum: bigint }>();
  for (const c of x.parts.clawbacks) {
    const r = refunded.get(c.receiptId) ?? { amount: parseMinor(c.receiptAmount, scale)!, sum: 0n };
    r.sum += parseMinor(c.refund, scale)!;
    refunded.set(c.receiptId, r);
  }
  y.parts.clawbacks.forEach((c, i) => {
    if (x.clawbacks.has(c.refundId)) issues.push({ path: ['b', 'clawbacks', i, 'refundId'], message: `refund ${c.refundId} is also in statement a` });
    const amount = parseMinor(c.receiptAmount, scale)!;
    const r = refunded.get(c.receiptId) ?? { amount, sum: 0n };
    if (r.amount !== amount) issues.push({ path: ['b', 'clawbacks', i, 'receiptAmount'], message: `differs from receipt ${c.receiptId}'s amount in statement a` });
    r.sum += parseMinor(c.refund, scale)!;
    refunded.set(c.receiptId, r);
    if (r.sum > r.amount) {
      exceeded.push({
        path: ['b', 'clawbacks', i, 'refund'],
        message: `the refunds of receipt ${c.receiptId} add up to ${formatMinor(r.sum, scale)}, more than its amount ${formatMinor(r.amount, scale)}`,
      });
    }
  });
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  if (exceeded.length > 0) throw new PolicyError('REFUND_EXCEEDS_RECEIPT', exceeded);

  return assembleStatement({
    ...x.parts,
    buckets: [...buckets.values()],
    ladders: [...ladders.values()],
    clawbacks: [...x.parts.clawbacks, ...y.parts.clawbacks],
    warnings: [...x.parts.warnings, ...y.parts.warnings],
    carriedIn: x.parts.carriedIn + y.parts.carriedIn,
  });
}
