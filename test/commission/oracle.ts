/**
 * A naive model of a commission statement, written straight from POLICY.md
 * (COM-1 to COM-8) with decimal.js and nothing from the library's commission
 * code: one Decimal per receipt, anniversaries by hand, tiers by a linear
 * scan. The property tests hold the library's scaled-integer statement to it.
 */
import { Decimal } from 'decimal.js';
import type { Receipt, Refund } from '../../src/commission/types.js';
import type { Policy, Tier } from '../../src/policy/types.js';

const D = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

export interface OracleLine {
  line: string;
  kind: string;
  rate: string;
  base: string;
  commission: string;
  receipts: number;
}
export interface OracleClawback {
  refundId: string;
  rate: string;
  base: string;
  clawback: string;
}
export interface OracleStatement {
  lines: OracleLine[];
  clawbacks: OracleClawback[];
  totals: { base: string; commission: string; clawback: string; carriedIn: string; payable: string };
  warnings: { code: string; receiptId: string }[];
}

export interface OracleInput {
  period: { from: string; to: string };
  tiers?: Tier | readonly { tier: Tier; from: string }[];
  receipts: readonly Receipt[];
  refunds?: readonly Refund[];
  carriedIn?: string | number | Decimal;
}

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The k-th anniversary of a start date; 29 February → 28 February in a common year (COM-4). */
export function anniversary(start: string, k: number): string {
  const y = Number(start.slice(0, 4)) + k;
  const md = start.slice(5);
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap(y) ? '02-28' : md}`;
}

/** The tier in effect on `on` (TIER-2, TIER-4). */
export function tierOnDate(tiers: OracleInput['tiers'], on: string): Tier {
  if (tiers === undefined) return 'ordinary';
  if (typeof tiers === 'string') return tiers;
  let best: { tier: Tier; from: string } | null = null;
  for (const e of tiers) if (e.from <= on && (best === null || e.from > best.from)) best = e;
  return best === null ? 'ordinary' : best.tier;
}

interface Earned {
  kind: 'rate' | 'margin' | 'ladder' | 'expired';
  rate: Dec;
  year: number | null;
}

/** What a receipt earns under the policy (COM-2 to COM-5). */
export function earned(policy: Policy, tiers: OracleInput['tiers'], r: Receipt): Earned {
  const c = policy.commission;
  const rule = Object.prototype.hasOwnProperty.call(c.lines, r.line) ? c.lines[r.line]! : c.otherLines!;
  const on = r.coversFrom ?? r.receivedOn;
  let year: number | null = null;
  if (c.window !== null) {
    year = 1;
    while (year <= c.window.years && on >= anniversary(r.customerStartOn!, year)) year++;
    if (year > c.window.years) return { kind: 'expired', rate: new D(0), year: null };
  }
  if (rule.kind === 'margin') return { kind: 'margin', rate: new D(1), year };
  if (rule.kind === 'ladder') return { kind: 'ladder', rate: D.min(...rule.brackets.map((b) => new D(b.rate))), year };
  const spec = rule.rates[(year ?? 1) - 1]!;
  return { kind: 'rate', rate: new D(typeof spec === 'string' ? spec : spec[tierOnDate(tiers, on)]), year };
}

const text = (d: Dec) => (d.isZero() ? '0' : d.toFixed());

/** The statement the policy book gives for `input`. */
export function oracleStatement(policy: Policy, input: OracleInput): OracleStatement {
  const scale = policy.currency.scale;
  const round = (d: Dec) => d.toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);
  const fmt = (d: Dec) => {
    const s = round(d).toFixed(scale);
    return s.startsWith('-') && new D(s).isZero() ? s.slice(1) : s;
  };
  const { from, to } = input.period;
  const buckets = new Map<string, { line: string; kind: string; rate: Dec; base: Dec; receipts: number }>();
  const volumes = new Map<string, { volume: Dec; receipts: number }>();
  const warnings: OracleStatement['warnings'] = [];
  for (const r of input.receipts) {
    if (r.receivedOn < from || r.receivedOn > to) {
      warnings.push({ code: 'OUTSIDE_PERIOD', receiptId: r.id });
      continue;
    }
    const e = earned(policy, input.tiers, r);
    const amount = new D(r.amount.toString());
    if (e.kind === 'ladder') {
      const v = volumes.get(r.line) ?? { volume: new D(0), receipts: 0 };
      volumes.set(r.line, { volume: v.volume.plus(amount), receipts: v.receipts + 1 });
      continue;
    }
    let base = amount;
    if (e.kind === 'margin') {
      base = amount.minus(new D(r.cost!.toString()));
      if (base.isNegative()) {
        warnings.push({ code: 'NEGATIVE_MARGIN', receiptId: r.id });
        base = new D(0);
      }
    }
    const key = `${r.line}|${e.kind}|${text(e.rate)}`;
    const b = buckets.get(key) ?? { line: r.line, kind: e.kind, rate: e.rate, base: new D(0), receipts: 0 };
    buckets.set(key, { ...b, base: b.base.plus(base), receipts: b.receipts + 1 });
  }
  const lines: OracleLine[] = [];
  let base = new D(0);
  let commission = new D(0);
  for (const b of buckets.values()) {
    const c = round(b.base.times(b.rate));
    base = base.plus(round(b.base));
    commission = commission.plus(c);
    lines.push({ line: b.line, kind: b.kind, rate: text(b.rate), base: fmt(b.base), commission: fmt(c), receipts: b.receipts });
  }
  for (const [line, { volume, receipts }] of volumes) {
    const rule = policy.commission.lines[line] ?? policy.commission.otherLines!;
    if (rule.kind !== 'ladder') throw new Error('not a ladder');
    const slices = new Map<string, Dec>();
    rule.brackets.forEach((b, i) => {
      const lo = new D(b.from);
      const hi = b.to === null ? null : new D(b.to);
      const part =
        rule.mode === 'whole'
          ? volume.gte(lo) && (hi === null || volume.lt(hi))
            ? volume
            : null
          : volume.gt(lo) || i === 0
            ? D.max(0, (hi === null ? volume : D.min(hi, volume)).minus(lo))
            : null;
      if (part !== null) slices.set(text(new D(b.rate)), (slices.get(text(new D(b.rate))) ?? new D(0)).plus(part));
    });
    for (const [rate, slice] of slices) {
      const c = round(slice.times(rate));
      base = base.plus(round(slice));
      commission = commission.plus(c);
      lines.push({ line, kind: 'ladder', rate, base: fmt(slice), commission: fmt(c), receipts });
    }
  }
  const clawbacks: OracleClawback[] = [];
  let clawback = new D(0);
  for (const f of input.refunds ?? []) {
    if (f.refundedOn < from || f.refundedOn > to) continue;
    const e = earned(policy, input.tiers, f.receipt);
    const refund = new D(f.amount.toString());
    let cBase = refund;
    if (e.kind === 'margin') {
      const amount = new D(f.receipt.amount.toString());
      const margin = D.max(0, amount.minus(new D(f.receipt.cost!.toString())));
      cBase = amount.isZero() ? new D(0) : round(refund.times(margin).div(amount));
    }
    const c = round(cBase.times(e.rate));
    clawback = clawback.plus(c);
    clawbacks.push({ refundId: f.id, rate: text(e.rate), base: fmt(cBase), clawback: fmt(c) });
  }
  const carriedIn = new D((input.carriedIn ?? 0).toString());
  return {
    lines,
    clawbacks,
    totals: {
      base: fmt(base),
      commission: fmt(commission),
      clawback: fmt(clawback),
      carriedIn: fmt(carriedIn),
      payable: fmt(commission.minus(clawback).minus(carriedIn)),
    },
    warnings,
  };
}
