import type { Money, Rate } from '../core/money.js';
import type { RuleId } from '../core/rules.js';
import { compareLines } from './assemble.js';
import { formatMinor } from './minor.js';
import { readStatement, sameStatementScope } from './read-statement.js';
import { sortRules } from './rules.js';
import type { BucketKind, Statement } from './types.js';

/** The adjustment that brings a paid statement into line with a recomputation. */
export interface StatementAdjustment {
  /** Per bucket: recomputed − paid, for every bucket whose base or commission changed. */
  readonly lines: { readonly line: string; readonly rate: Rate; readonly base: Money; readonly commission: Money; readonly rules: RuleId[]; readonly kind: BucketKind }[];
  /** Per refund: recomputed − paid, for every clawback that changed, appeared or went away. */
  readonly clawbacks: { readonly refundId: string; readonly clawback: Money; readonly rules: RuleId[] }[];
  /** recomputed − paid, of the commission, the clawbacks and the carried-in balance. */
  readonly commission: Money;
  readonly clawback: Money;
  readonly carriedIn: Money;
  /** recomputed.totals.payable − paid.totals.payable: what to pay the partner now (below 0: what to take back). */
  readonly payable: Money;
  readonly rules: RuleId[];
}

/**
 * The prior-period adjustment (COM-8, COM-10): the lines that bring a
 * statement already paid into line with a recomputation of the same partner
 * and period, such as one made after a late refund or a corrected tier
 * history. Each figure is recomputed − paid; buckets and clawbacks that did
 * not change are left out. The adjustment lines add up to the payable:
 * payable = Σ line commissions − Σ clawbacks − change in carried-in.
 *
 * @param paid - The statement paid out.
 * @param recomputed - The statement as it should have been.
 * @returns The adjustment lines and the payable adjustment.
 * @throws {PolicyError} `STATEMENT_MISMATCH` for different partners, periods or
 *   currencies; `INVALID_INPUT` for a malformed statement.
 *
 * @example
 * const input = {
 *   partnerId: 'P-0107', period: { from: '2026-04-01', to: '2026-06-30' },
 *   receipts: [{ id: 'R1', customerId: 'C1', line: 'port', amount: '10000.00', receivedOn: '2026-04-15', customerStartOn: '2026-04-01' }],
 * };
 * const paid = commissionStatement(telecomProgram, { ...input, tiers: 'silver' });
 * const recomputed = commissionStatement(telecomProgram, { ...input, tiers: 'gold' });
 * diffStatements(paid, recomputed);
 * //=> { lines: [{ line: 'port', rate: '0.3', base: '-10000.00', commission: '-3000.00', … },
 * //             { line: 'port', rate: '0.4', base: '10000.00', commission: '4000.00', … }],
 * //     clawbacks: [], commission: '1000.00', clawback: '0.00', carriedIn: '0.00', payable: '1000.00', … }
 */
export function diffStatements(paid: Statement, recomputed: Statement): StatementAdjustment {
  const before = readStatement(paid, 'paid');
  const after = readStatement(recomputed, 'recomputed');
  sameStatementScope(before.parts, after.parts, ['paid', 'recomputed']);
  const { scale } = after.parts.currency;
  const money = (m: bigint) => formatMinor(m, scale);

  const lines: StatementAdjustment['lines'][number][] = [];
  let commission = 0n;
  for (const key of new Set([...before.lines.keys(), ...after.lines.keys()])) {
    const p = before.lines.get(key);
    const r = after.lines.get(key);
    const base = (r?.base ?? 0n) - (p?.base ?? 0n);
    const c = (r?.commission ?? 0n) - (p?.commission ?? 0n);
    if (base === 0n && c === 0n) continue;
    const l = (r ?? p)!;
    commission += c;
    lines.push({ line: l.line, rate: l.rate, base: money(base), commission: money(c), rules: sortRules([...(p?.rules ?? []), ...(r?.rules ?? []), 'COM-10']), kind: l.kind });
  }
  lines.sort(compareLines);

  const clawbacks: StatementAdjustment['clawbacks'][number][] = [];
  let clawback = 0n;
  for (const id of new Set([...before.clawbacks.keys(), ...after.clawbacks.keys()])) {
    const p = before.clawbacks.get(id);
    const r = after.clawbacks.get(id);
    const c = (r?.clawback ?? 0n) - (p?.clawback ?? 0n);
    if (c === 0n) continue;
    clawback += c;
    clawbacks.push({ refundId: id, clawback: money(c), rules: sortRules([...(p?.rules ?? []), ...(r?.rules ?? []), 'COM-10']) });
  }
  clawbacks.sort((a, b) => (a.refundId < b.refundId ? -1 : a.refundId > b.refundId ? 1 : 0));

  return {
    lines,
    clawbacks,
    commission: money(commission),
    clawback: money(clawback),
    carriedIn: money(after.parts.carriedIn - before.parts.carriedIn),
    payable: money(after.payable - before.payable),
    rules: ['COM-8', 'COM-10'],
  };
}
