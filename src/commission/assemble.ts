/**
 * Building a statement from exact sums: bucket bases, ladder volumes,
 * clawbacks and the carried-in balance. Both `commissionStatement` and
 * `mergeStatements` end here, which is what makes a merge of parts equal the
 * statement of the whole (COM-10): every rounded figure is recomputed from
 * exact sums, once (COM-6, CONV-2).
 * @module
 */
import type { IsoDate } from '../core/dates.js';
import type { Rate } from '../core/money.js';
import type { RuleId } from '../core/rules.js';
import { cmpRate } from './compile.js';
import { formatMinor, parseMinor, roundRateProduct, roundRatio, scaleRate } from './minor.js';
import { sortRules } from './rules.js';
import type { BucketKind, ClawbackLine, CommissionStatement, LadderVolume, StatementLine, StatementWarning } from './types.js';

/** A bucket's exact total (COM-6). */
export interface BucketTotal {
  readonly line: string;
  readonly kind: Exclude<BucketKind, 'ladder'>;
  readonly rate: Rate;
  /** Exact base in minor units. */
  readonly base: bigint;
  readonly receipts: number;
  readonly rules: readonly RuleId[];
}

/** A ladder line's exact volume (COM-3). */
export interface LadderTotal {
  readonly line: string;
  readonly mode: 'marginal' | 'whole';
  readonly brackets: LadderVolume['brackets'];
  /** Exact volume in minor units. */
  readonly volume: bigint;
  readonly receipts: number;
  readonly rules: readonly RuleId[];
}

/** Everything a statement is made of, as exact values. */
export interface StatementParts {
  readonly partnerId: string;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly currency: { readonly code: string; readonly scale: number };
  readonly buckets: readonly BucketTotal[];
  readonly ladders: readonly LadderTotal[];
  readonly clawbacks: readonly ClawbackLine[];
  readonly warnings: readonly StatementWarning[];
  /** Minor units, ≥ 0. */
  readonly carriedIn: bigint;
}

/** One slice of a ladder at one rate: its base in units of 10^-exp. */
export interface LadderSlice {
  readonly rate: Rate;
  /** The exact part of the volume, in units of 10^-exp. */
  readonly slice: bigint;
  readonly exp: number;
  /** The base shown, in minor units: the slices' bases add up to the volume (CONV-2). */
  readonly base: bigint;
}

function places(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A plain non-negative decimal string as an integer in units of 10^-exp (exp ≥ its places). */
function toUnits(s: string, exp: number): bigint {
  const p = places(s);
  const digits = p === 0 ? s : s.slice(0, s.length - p - 1) + s.slice(s.length - p);
  return BigInt(digits) * 10n ** BigInt(exp - p);
}

/**
 * The slices of a ladder for `volume` minor units (COM-3): in `marginal`
 * mode each bracket's part of the volume at its own rate; in `whole` mode the
 * whole volume at the rate of the bracket it reaches (a bracket holds
 * [from, to): a volume exactly at a bound reaches the next bracket). Slices at
 * one rate form one bucket (COM-6). A volume of 0 gives one empty slice of the
 * first bracket, so the line's receipts stay traceable.
 */
export function ladderSlices(ladder: Pick<LadderTotal, 'mode' | 'brackets' | 'volume'>, scale: number): LadderSlice[] {
  let exp = scale;
  for (const b of ladder.brackets) exp = Math.max(exp, places(b.from), b.to === null ? 0 : places(b.to));
  const shift = 10n ** BigInt(exp - scale);
  const v = ladder.volume * shift;
  // Bounds may have more places than the currency. A slice's base is shown as the
  // difference of its rounded ends, so the bases of all slices add up to the volume.
  const shown = (units: bigint) => roundRatio(units, shift);
  const byRate = new Map<Rate, { slice: bigint; base: bigint }>();
  const add = (rate: Rate, slice: bigint, base: bigint) => {
    const had = byRate.get(rate);
    byRate.set(rate, { slice: (had?.slice ?? 0n) + slice, base: (had?.base ?? 0n) + base });
  };
  ladder.brackets.forEach((b, i) => {
    const lo = toUnits(b.from, exp);
    const hi = b.to === null ? null : toUnits(b.to, exp);
    if (ladder.mode === 'whole') {
      if (v >= lo && (hi === null || v < hi)) add(b.rate, v, ladder.volume);
    } else if (v > lo || i === 0) {
      const top = hi !== null && hi < v ? hi : v;
      add(b.rate, top > lo ? top - lo : 0n, top > lo ? shown(top) - shown(lo) : 0n);
    }
  });
  return [...byRate].map(([rate, { slice, base }]) => ({ rate, slice, exp, base }));
}

/** A slice's base at the currency scale and its commission, both in minor units. */
export function sliceFigures(s: LadderSlice, scale: number): { base: bigint; commission: bigint } {
  const shift = 10n ** BigInt(s.exp - scale);
  const r = scaleRate(s.rate);
  // The commission is computed from the exact slice; the base shown is the slice's (see ladderSlices).
  return { base: s.base, commission: roundRatio(s.slice * r.num, 10n ** BigInt(r.exp) * shift) };
}

const KIND_RANK: Readonly<Record<BucketKind, number>> = { rate: 0, margin: 1, ladder: 2, expired: 3 };

/** Statement line order: product line, then kind, then rate (input order never matters). */
export function compareLines(a: { line: string; kind: BucketKind; rate: Rate }, b: { line: string; kind: BucketKind; rate: Rate }): number {
  if (a.line !== b.line) return a.line < b.line ? -1 : 1;
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  return cmpRate(a.rate, b.rate);
}

function cmpText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Warning order: code, receipt, refund, message. */
export function compareWarnings(a: StatementWarning, b: StatementWarning): number {
  return cmpText(a.code, b.code) || cmpText(a.receiptId, b.receiptId) || cmpText(a.refundId, b.refundId) || cmpText(a.message, b.message);
}

/** Clawback order: refund id, then receipt id. */
export function compareClawbacks(a: ClawbackLine, b: ClawbackLine): number {
  return cmpText(a.refundId, b.refundId) || cmpText(a.receiptId, b.receiptId);
}

/** The statement of exact parts, every rounded figure computed once from them. */
export function assembleStatement(parts: StatementParts): CommissionStatement {
  const { scale } = parts.currency;
  const lines: StatementLine[] = [];
  let base = 0n;
  let commission = 0n;
  for (const b of parts.buckets) {
    const c = roundRateProduct(b.base, scaleRate(b.rate));
    base += b.base;
    commission += c;
    lines.push({
      line: b.line,
      rate: b.rate,
      base: formatMinor(b.base, scale),
      commission: formatMinor(c, scale),
      receipts: b.receipts,
      rules: sortRules(b.rules),
      kind: b.kind,
    });
  }
  const ladders: LadderVolume[] = [];
  for (const l of parts.ladders) {
    for (const s of ladderSlices(l, scale)) {
      const f = sliceFigures(s, scale);
      base += f.base;
      commission += f.commission;
      lines.push({
        line: l.line,
        rate: s.rate,
        base: formatMinor(f.base, scale),
        commission: formatMinor(f.commission, scale),
        receipts: l.receipts,
        rules: sortRules(l.rules),
        kind: 'ladder',
      });
    }
    ladders.push({
      line: l.line,
      mode: l.mode,
      brackets: l.brackets.map((b) => ({ from: b.from, to: b.to, rate: b.rate })),
      volume: formatMinor(l.volume, scale),
      receipts: l.receipts,
      rules: sortRules(l.rules),
    });
  }
  lines.sort(compareLines);
  ladders.sort((a, b) => cmpText(a.line, b.line));
  let clawback = 0n;
  for (const c of parts.clawbacks) clawback += parseMinor(c.clawback, scale)!;
  const clawbacks = [...parts.clawbacks].sort(compareClawbacks);
  const warnings = [...parts.warnings].sort(compareWarnings);
  return {
    partnerId: parts.partnerId,
    period: { from: parts.period.from, to: parts.period.to },
    currency: { code: parts.currency.code, scale },
    lines,
    clawbacks,
    ladders,
    totals: {
      base: formatMinor(base, scale),
      commission: formatMinor(commission, scale),
      clawback: formatMinor(clawback, scale),
      carriedIn: formatMinor(parts.carriedIn, scale),
      payable: formatMinor(commission - clawback - parts.carriedIn, scale), // COM-8
      rules: ['CONV-2', 'COM-8'],
    },
    warnings,
  };
}
