import { PolicyError, type PolicyIssue, unreadable } from '../core/errors.js';
import type { TierTimeline } from '../core/tier-history.js';
import { usePolicy } from '../policy/seal.js';
import type { Policy, Tier } from '../policy/types.js';
import { assembleStatement, type BucketTotal, type LadderTotal } from './assemble.js';
import { Router, type Route } from './compile.js';
import { formatMinor, normalRate, roundRatio, roundRateProduct } from './minor.js';
import { dateKey, isDate, readCash, readReceipt, receiptFields, type ReadContext, type ReceiptFields } from './receipt.js';
import { RULE_BIT, rulesOfBits } from './rules.js';
import { checkStatementInput, type StatementInput } from './statement-input.js';
import type { ClawbackLine, CommissionStatement, StatementWarning } from './types.js';

/** Stop reading a bad stream after this many issues: enough to fix a file, bounded on any stream. */
const MAX_ISSUES = 100;
const RECEIPTS = ['receipts'] as const;

/** Called for every receipt counted in a bucket or ladder, with its weight there in minor units. */
export type ReceiptObserver = (receipt: ReceiptFields, route: Route, weight: bigint, index: number) => void;


/** A tier history as date keys, for look-ups on the per-receipt path. */
interface TierKeys {
  readonly froms: readonly number[];
  readonly tiers: readonly Tier[];
}

function tierKeys(timeline: TierTimeline): TierKeys {
  return { froms: timeline.froms.map(dateKey), tiers: timeline.tiers };
}

/** The tier in effect on a date key: the latest entry from on or before it, else ordinary (TIER-2, TIER-4). */
function tierAtKey(t: TierKeys, key: number): Tier {
  let lo = 0;
  let hi = t.froms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.froms[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 'ordinary' : t.tiers[lo - 1]!;
}

/** The route of a checked receipt: its line's year and tier (COM-4, COM-5). */
function routeOf(router: Router, tiers: TierKeys, f: ReceiptFields): Route {
  const line = f.line;
  const yi = router.yearIndex(f.startKey, f.decidingKey);
  if (yi >= line.years.length) return line.expired!;
  const yr = line.years[yi]!;
  return yr.tiered ? yr[tierAtKey(tiers, f.decidingKey)] : yr.gold;
}

/**
 * The statement computation shared by `commissionStatement` and
 * `explainStatement`: one pass over the receipts, one over the refunds.
 */
export function runStatement(policy: Policy, input: StatementInput, observer?: ReceiptObserver): CommissionStatement {
  const p = usePolicy(policy);
  const section = p.commission;
  const scale = p.currency.scale;
  const checked = checkStatementInput(input, scale);
  const timeline = tierKeys(checked.timeline);
  const { from, to } = checked.period;
  const fromKey = dateKey(from);
  const toKey = dateKey(to);
  const router = new Router(section);
  const ctx: ReadContext = { router, scale, program: p.program };
  const issues: PolicyIssue[] = [];
  const warnings: StatementWarning[] = [];
  const f = receiptFields();

  // Receipts: one pass, no array kept (COM-1, COM-4, COM-5, COM-6).
  let i = 0;
  try {
    for (const r of checked.receipts) {
      readReceipt(r, RECEIPTS, i, ctx, f, issues);
      if (issues.length > 0) {
        // After the first bad receipt, only keep reading to report more issues.
        if (issues.length >= MAX_ISSUES) break;
        i++;
        continue;
      }
      const on = f.receivedKey;
      if (on < fromKey || on > toKey) {
        warnings.push({ code: 'OUTSIDE_PERIOD', receiptId: f.id, message: `received on ${f.receivedOn}, outside the period ${from} to ${to}: not counted` });
        i++;
        continue;
      }
      const route = routeOf(router, timeline, f);
      const acc = route.acc;
      if (route.margin) {
        // COM-2: the margin is the amount minus the floor-price cost; below 0 it earns 0, with a warning.
        let margin: bigint | number;
        if (f.amount >= 0 && f.cost >= 0) margin = f.amount - f.cost;
        else margin = (f.amount >= 0 ? BigInt(f.amount) : f.amountBig) - (f.cost >= 0 ? BigInt(f.cost) : f.costBig);
        if (margin < 0) {
          warnings.push({
            code: 'NEGATIVE_MARGIN',
            receiptId: f.id,
            message: `amount ${formatMinor(f.amount >= 0 ? BigInt(f.amount) : f.amountBig, scale)} is below its floor-price cost ${formatMinor(f.cost >= 0 ? BigInt(f.cost) : f.costBig, scale)}: the margin earns 0`,
          });
          margin = 0;
        }
        if (typeof margin === 'number') acc.add(margin);
        else acc.big += margin;
        if (observer !== undefined) observer(f, route, BigInt(margin), i);
      } else {
        if (f.amount >= 0) acc.add(f.amount);
        else acc.big += f.amountBig;
        if (observer !== undefined) observer(f, route, f.amount >= 0 ? BigInt(f.amount) : f.amountBig, i);
      }
      acc.receipts++;
      acc.rules |= route.rules;
      i++;
    }
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw new PolicyError('INVALID_INPUT', [{ path: ['receipts', i], message: unreadable(e) }]);
  }
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);

  const clawbacks = checked.refunds === null ? [] : readRefunds(checked.refunds, ctx, timeline, checked.period, warnings);

  const buckets: BucketTotal[] = [];
  for (const acc of router.buckets.values()) {
    if (acc.receipts === 0) continue;
    buckets.push({
      line: acc.line,
      kind: acc.kind as BucketTotal['kind'],
      rate: acc.rate,
      base: acc.total(),
      receipts: acc.receipts,
      rules: rulesOfBits(acc.rules),
    });
  }
  const ladders: LadderTotal[] = [];
  for (const acc of router.ladders.values()) {
    if (acc.receipts === 0) continue;
    ladders.push({
      line: acc.line,
      mode: acc.ladder!.mode,
      brackets: acc.ladder!.brackets.map((b) => ({ from: normalRate(b.from), to: b.to === null ? null : normalRate(b.to), rate: normalRate(b.rate) })),
      volume: acc.total(),
      receipts: acc.receipts,
      rules: rulesOfBits(acc.rules),
    });
  }
  return assembleStatement({
    partnerId: checked.partnerId,
    period: checked.period,
    currency: { code: p.currency.code, scale },
    buckets,
    ladders,
    clawbacks,
    warnings,
    carriedIn: checked.carriedIn,
  });
}

/** What the refunds of one receipt have refunded so far. */
interface Refunded {
  readonly amount: bigint;
  readonly index: number;
  sum: bigint;
}

/**
 * Reads the refunds (COM-7): every refund is checked and counts against its
 * receipt; those dated in the period become clawback lines. Memory grows with
 * the number of refunds (one entry per refund and per refunded receipt).
 */
function readRefunds(
  refunds: Iterable<unknown>,
  ctx: ReadContext,
  timeline: TierKeys,
  period: { from: string; to: string },
  warnings: StatementWarning[],
): ClawbackLine[] {
  const { scale } = ctx;
  const issues: PolicyIssue[] = [];
  const exceeded: PolicyIssue[] = [];
  const refundIds = new Set<string>();
  const byReceipt = new Map<string, Refunded>();
  const out: ClawbackLine[] = [];
  const f = receiptFields();
  let j = 0;
  try {
    for (const rf of refunds) {
      if (issues.length >= MAX_ISSUES) break;
      const path = ['refunds', j];
      j++;
      if (typeof rf !== 'object' || rf === null) {
        issues.push({ path, message: 'must be a refund object { id, receipt, amount, refundedOn }' });
        continue;
      }
      const { id, receipt, amount, refundedOn } = rf as Record<string, unknown>;
      const before = issues.length;
      if (typeof id !== 'string' || id.length === 0) issues.push({ path: [...path, 'id'], message: 'must be a non-empty string' });
      else if (refundIds.has(id)) issues.push({ path: [...path, 'id'], message: `repeats the refund id ${JSON.stringify(id)}` });
      else refundIds.add(id);
      const a = readCash(amount, scale, issues, path, null, 'amount');
      if (!isDate(refundedOn)) issues.push({ path: [...path, 'refundedOn'], message: 'must be a real calendar date written YYYY-MM-DD' });
      readReceipt(receipt, [...path, 'receipt'], null, ctx, f, issues);
      // A bad amount has pushed an issue, so past this line it was read.
      if (issues.length > before) continue;
      const refund = BigInt(a as number | bigint);
      const on = refundedOn as string;
      const receiptAmount = f.amount >= 0 ? BigInt(f.amount) : f.amountBig;
      if (on < f.receivedOn) {
        issues.push({ path: [...path, 'refundedOn'], message: `must not be before the receipt's receivedOn (${f.receivedOn})` });
        continue;
      }
      // COM-7: refunds of one receipt may not add up to more than it; an error, never a clamp.
      let seen = byReceipt.get(f.id);
      if (seen === undefined) byReceipt.set(f.id, (seen = { amount: receiptAmount, index: j - 1, sum: 0n }));
      else if (seen.amount !== receiptAmount) {
        issues.push({
          path: [...path, 'receipt', 'amount'],
          message: `differs from the amount of receipt ${JSON.stringify(f.id)} in refunds[${seen.index}]`,
        });
        continue;
      }
      seen.sum += refund;
      if (seen.sum > receiptAmount) {
        exceeded.push({
          path: [...path, 'amount'],
          message: `the refunds of receipt ${JSON.stringify(f.id)} add up to ${formatMinor(seen.sum, scale)}, more than its amount ${formatMinor(receiptAmount, scale)}`,
        });
        continue;
      }
      if (on < period.from || on > period.to) {
        warnings.push({
          code: 'REFUND_OUTSIDE_PERIOD',
          receiptId: f.id,
          refundId: id as string,
          message: `refunded on ${on}, outside the period ${period.from} to ${period.to}: not counted here`,
        });
        continue;
      }
      out.push(clawbackLine(id as string, refund, receiptAmount, f, routeOf(ctx.router, timeline, f), scale));
    }
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw new PolicyError('INVALID_INPUT', [{ path: ['refunds', Math.max(0, j - 1)], message: unreadable(e) }]);
  }
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  if (exceeded.length > 0) throw new PolicyError('REFUND_EXCEEDS_RECEIPT', exceeded);
  return out;
}

/**
 * The clawback of a refund (COM-7): the refund × the rate its receipt earned,
 * decided as for the receipt itself (its year and the tier on its deciding
 * date). On a margin line the receipt earned its margin, so the refund claws
 * back its share of the margin, refund × margin / amount; past the window,
 * nothing.
 */
function clawbackLine(refundId: string, refund: bigint, receiptAmount: bigint, f: ReceiptFields, route: Route, scale: number): ClawbackLine {
  let base = refund;
  if (route.margin) {
    const cost = f.cost >= 0 ? BigInt(f.cost) : f.costBig;
    const margin = receiptAmount > cost ? receiptAmount - cost : 0n;
    base = receiptAmount === 0n ? 0n : roundRatio(refund * margin, receiptAmount);
  }
  const clawback = roundRateProduct(base, route.clawScaled);
  return {
    refundId,
    receiptId: f.id,
    refund: formatMinor(refund, scale),
    rate: route.clawRate,
    clawback: formatMinor(clawback, scale),
    rules: rulesOfBits((route.rules & ~(RULE_BIT['COM-1'] | RULE_BIT['COM-6'])) | RULE_BIT['COM-7']),
    line: f.line.name,
    base: formatMinor(base, scale),
    receiptAmount: formatMinor(receiptAmount, scale),
  };
}

/**
 * The commission statement of a partner for a period (COM-1 to COM-8).
 *
 * Receipts received in the period count, on a cash basis (COM-1). Each lands
 * in a bucket of its product line at the rate it earned: the port rate of the
 * tier in effect on its deciding date in commission year 1, 10% in year 2,
 * conference 10%, margin lines their margin at rate 1 (COM-2), cloud lines
 * their ladder (COM-3). The deciding date is `coversFrom` when given, else
 * `receivedOn`; the commission years are calendar years from
 * `customerStartOn` (COM-4, COM-5). A bucket's commission is its exact base ×
 * its rate, rounded half-up once (COM-6). Receipts past the window land in a
 * bucket at rate 0 (kind `expired`), so every receipt stays traceable.
 *
 * Refunds dated in the period claw back the refund × the rate the original
 * receipt earned (COM-7). A ladder receipt's refund claws back at the ladder's
 * lowest rate, since a refund cannot tell which slice its receipt filled: it
 * never takes back more than the receipt earned. Payable = commission −
 * clawbacks − carried-in balance; below 0 it is owed by the partner (COM-8).
 *
 * Receipts and refunds may be any iterables and are read once: over receipts
 * the memory stays flat (a generator of 10 million receipts is fine), except
 * for one warning per receipt outside the period or with a negative margin.
 * Refunds are held one entry each to check that they do not exceed their
 * receipt. Duplicate receipt ids are not detected here (that would hold every
 * id); `explainStatement` refuses them.
 *
 * @param policy - A policy, such as `telecomProgram` or `cloudProgram`.
 * @param input.partnerId - The partner the statement is for.
 * @param input.period - `{ from, to }`, inclusive.
 * @param input.tiers - The partner's tier, or tier history `{ tier, from }[]`; default ordinary (TIER-4).
 * @param input.receipts - Cash received (any iterable of receipts).
 * @param input.refunds - Refunds of earlier receipts (any iterable).
 * @param input.carriedIn - A balance the partner owed before (≥ 0).
 * @returns A plain-JSON statement that merges with statements of other parts (COM-10).
 * @throws {PolicyError} `INVALID_INPUT` with the path of every bad field
 *   (`['receipts', 3, 'amount']`); `REFUND_EXCEEDS_RECEIPT` when the refunds of
 *   one receipt add up to more than it.
 *
 * @example
 * const statement = commissionStatement(telecomProgram, {
 *   partnerId: 'P-0107',
 *   period: { from: '2026-04-01', to: '2026-06-30' },
 *   tiers: [{ tier: 'gold', from: '2026-04-01' }],
 *   receipts: [
 *     { id: 'R1', customerId: 'C1', line: 'port', amount: '12000.00', receivedOn: '2026-04-15', customerStartOn: '2026-04-01' },
 *     { id: 'R2', customerId: 'C2', line: 'port', amount: '6000.00', receivedOn: '2026-05-20', customerStartOn: '2025-03-01' },
 *     { id: 'R3', customerId: 'C1', line: 'conference', amount: '850.55', receivedOn: '2026-06-30', customerStartOn: '2026-04-01' },
 *   ],
 * });
 * statement.lines.map((l) => [l.line, l.rate, l.base, l.commission]);
 * //=> [['conference', '0.1', '850.55', '85.06'], ['port', '0.1', '6000.00', '600.00'], ['port', '0.4', '12000.00', '4800.00']]
 * statement.totals.payable; //=> '5485.06'
 */
export function commissionStatement(policy: Policy, input: StatementInput): CommissionStatement {
  return runStatement(policy, input);
}
