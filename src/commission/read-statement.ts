/**
 * Reading a statement back, as `mergeStatements` and `diffStatements` receive
 * it: possibly from `JSON.parse`, possibly from another machine (COM-10).
 * Every figure is checked to be what the statement's own exact parts give, so
 * a hand-edited or truncated statement is refused rather than merged.
 * @module
 */
import * as z from 'zod/mini';
import { Dec } from '../core/decimal.js';
import { PolicyError, receivedValue, type PolicyIssue } from '../core/errors.js';
import type { Rate } from '../core/money.js';
import { describeRule } from '../core/rules.js';
import { isoDate, parseWith, wholeNumber } from '../core/validate.js';
import { ladderSlices, sliceFigures, type BucketTotal, type LadderTotal, type StatementParts } from './assemble.js';
import { normalRate, parseMinor, roundRateProduct, scaleRate } from './minor.js';
import type { BucketKind, ClawbackLine, StatementWarning } from './types.js';

const text = z.string().check(z.minLength(1));
const PLAIN = /^\d+(\.\d+)?$/;
const plain = z.string().check(z.regex(PLAIN, 'must be a plain decimal string such as "0.4"'));
// zod runs every check even after one fails: the bound is only read of a plain decimal, which Dec can parse.
const rate = plain.check(z.refine((s) => !PLAIN.test(s) || new Dec(s).lte(1), 'a rate must lie within [0, 1]'));
// Only ids of the policy book: a statement cites the rules it applied, and its readers look them up.
const ruleId = z.string().check(
  z.superRefine((id, ctx) => {
    if (describeRule(id) === undefined) {
      ctx.issues.push({ code: 'custom', message: `must be a rule id of the policy book, such as "COM-6", got ${receivedValue(id)}`, input: id });
    }
  }),
);
const rules = z.array(ruleId);

const statementSchema = z.object({
  partnerId: text,
  period: z.object({ from: isoDate, to: isoDate }),
  currency: z.object({ code: text, scale: wholeNumber(0, 8) }),
  lines: z.array(
    z.object({
      line: text,
      rate,
      base: z.string(),
      commission: z.string(),
      receipts: wholeNumber(0),
      rules,
      kind: z.enum(['rate', 'margin', 'ladder', 'expired']),
    }),
  ),
  clawbacks: z.array(
    z.object({
      refundId: text,
      receiptId: text,
      refund: z.string(),
      rate,
      clawback: z.string(),
      rules,
      line: text,
      base: z.string(),
      receiptAmount: z.string(),
    }),
  ),
  ladders: z.array(
    z.object({
      line: text,
      mode: z.enum(['marginal', 'whole']),
      brackets: z.array(z.object({ from: plain, to: z.nullable(plain), rate })).check(z.minLength(1)),
      volume: z.string(),
      receipts: wholeNumber(0),
      rules,
    }),
  ),
  totals: z.object({ base: z.string(), commission: z.string(), clawback: z.string(), carriedIn: z.string(), payable: z.string() }),
  warnings: z.array(z.object({ code: text, receiptId: z.optional(z.string()), refundId: z.optional(z.string()), message: z.string() })),
});

/** A statement line as read: exact figures in minor units. */
export interface ReadLine {
  readonly line: string;
  readonly kind: BucketKind;
  readonly rate: Rate;
  readonly base: bigint;
  readonly commission: bigint;
  readonly rules: readonly string[];
}

/** A statement read back into exact parts. */
export interface ReadStatement {
  readonly parts: StatementParts;
  /** Every line by its bucket key. */
  readonly lines: ReadonlyMap<string, ReadLine>;
  /** Clawback by refund id, in minor units. */
  readonly clawbacks: ReadonlyMap<string, { readonly clawback: bigint; readonly rules: readonly string[] }>;
  readonly payable: bigint;
}

/** The key of a statement line: product line, kind and rate (COM-6). */
export function lineKey(line: string, kind: BucketKind, rate: Rate): string {
  return `${line}\u0000${kind}\u0000${rate}`;
}

/** Reads and checks a statement given as argument `name` (`'a'`, `'paid'`, …). */
export function readStatement(value: unknown, name: string): ReadStatement {
  const s = parseWith(statementSchema, value, 'INVALID_INPUT', [name]);
  const scale = s.currency.scale;
  const issues: PolicyIssue[] = [];
  const money = (v: string, path: (string | number)[], cash = true): bigint => {
    const m = parseMinor(v, scale);
    if (m === null || (cash && m < 0n)) {
      issues.push({ path: [name, ...path], message: `must be ${cash ? 'a non-negative' : 'a'} money string at ${scale} places, got ${JSON.stringify(v)}` });
      return 0n;
    }
    return m;
  };

  const lines = new Map<string, ReadLine>();
  const buckets: BucketTotal[] = [];
  let base = 0n;
  let commission = 0n;
  s.lines.forEach((l, i) => {
    const r = normalRate(l.rate);
    const key = lineKey(l.line, l.kind, r);
    const b = money(l.base, ['lines', i, 'base']);
    const c = money(l.commission, ['lines', i, 'commission']);
    base += b;
    commission += c;
    if (lines.has(key)) issues.push({ path: [name, 'lines', i], message: `repeats the bucket ${l.line} (${l.kind}) at rate ${r}` });
    lines.set(key, { line: l.line, kind: l.kind, rate: r, base: b, commission: c, rules: l.rules });
    if (l.kind === 'ladder') return;
    if (roundRateProduct(b, scaleRate(r)) !== c) {
      issues.push({ path: [name, 'lines', i, 'commission'], message: `is not base × rate rounded half-up (COM-6)` });
    }
    buckets.push({ line: l.line, kind: l.kind, rate: r, base: b, receipts: l.receipts, rules: l.rules });
  });

  const ladders: LadderTotal[] = [];
  const ladderLines = new Set<string>();
  s.ladders.forEach((l, i) => {
    if (ladderLines.has(l.line)) issues.push({ path: [name, 'ladders', i, 'line'], message: `repeats the ladder of line ${l.line}` });
    ladderLines.add(l.line);
    const brackets = l.brackets.map((b) => ({ from: normalRate(b.from), to: b.to === null ? null : normalRate(b.to), rate: normalRate(b.rate) }));
    const ladder: LadderTotal = { line: l.line, mode: l.mode, brackets, volume: money(l.volume, ['ladders', i, 'volume']), receipts: l.receipts, rules: l.rules };
    ladders.push(ladder);
    // The ladder's lines must be exactly the slices of its volume (COM-3).
    for (const slice of ladderSlices(ladder, scale)) {
      const f = sliceFigures(slice, scale);
      const got = lines.get(lineKey(l.line, 'ladder', slice.rate));
      if (got === undefined || got.base !== f.base || got.commission !== f.commission) {
        issues.push({ path: [name, 'ladders', i], message: `its lines do not match the slices of its volume at rate ${slice.rate} (COM-3)` });
      }
    }
  });
  s.lines.forEach((l, i) => {
    if (l.kind === 'ladder' && !ladderLines.has(l.line)) {
      issues.push({ path: [name, 'lines', i, 'kind'], message: `is a ladder line with no entry for ${l.line} in ladders` });
    }
  });

  const clawbacks = new Map<string, { clawback: bigint; rules: readonly string[] }>();
  const clawbackLines: ClawbackLine[] = [];
  let clawback = 0n;
  s.clawbacks.forEach((c, i) => {
    const at = (field: string) => ['clawbacks', i, field];
    const refund = money(c.refund, at('refund'));
    const cBase = money(c.base, at('base'));
    const amount = money(c.clawback, at('clawback'));
    const receiptAmount = money(c.receiptAmount, at('receiptAmount'));
    if (refund > receiptAmount) issues.push({ path: [name, ...at('refund')], message: 'is more than receiptAmount (COM-7)' });
    if (cBase > refund) issues.push({ path: [name, ...at('base')], message: 'is more than the refund (COM-7)' });
    if (roundRateProduct(cBase, scaleRate(normalRate(c.rate))) !== amount) {
      issues.push({ path: [name, ...at('clawback')], message: 'is not base × rate rounded half-up (COM-7)' });
    }
    if (clawbacks.has(c.refundId)) issues.push({ path: [name, ...at('refundId')], message: `repeats the refund ${c.refundId}` });
    clawbacks.set(c.refundId, { clawback: amount, rules: c.rules });
    clawback += amount;
    clawbackLines.push({
      refundId: c.refundId,
      receiptId: c.receiptId,
      refund: c.refund,
      rate: normalRate(c.rate),
      clawback: c.clawback,
      rules: [...c.rules],
      line: c.line,
      base: c.base,
      receiptAmount: c.receiptAmount,
    });
  });

  const carriedIn = money(s.totals.carriedIn, ['totals', 'carriedIn']);
  const payable = money(s.totals.payable, ['totals', 'payable'], false);
  const totals: [string, bigint, bigint][] = [
    ['base', money(s.totals.base, ['totals', 'base']), base],
    ['commission', money(s.totals.commission, ['totals', 'commission']), commission],
    ['clawback', money(s.totals.clawback, ['totals', 'clawback']), clawback],
    ['payable', payable, commission - clawback - carriedIn],
  ];
  for (const [field, got, want] of totals) {
    if (got !== want) issues.push({ path: [name, 'totals', field], message: `does not add up: the statement's lines give a different ${field}` });
  }
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);

  const warnings: StatementWarning[] = s.warnings.map((w) => ({
    code: w.code,
    ...(w.receiptId === undefined ? {} : { receiptId: w.receiptId }),
    ...(w.refundId === undefined ? {} : { refundId: w.refundId }),
    message: w.message,
  }));
  return {
    parts: {
      partnerId: s.partnerId,
      period: { from: s.period.from, to: s.period.to },
      currency: { code: s.currency.code, scale },
      buckets,
      ladders,
      clawbacks: clawbackLines,
      warnings,
      carriedIn,
    },
    lines,
    clawbacks,
    payable,
  };
}

/** Refuses to combine statements of different partners, periods or currencies (COM-10). */
export function sameStatementScope(a: StatementParts, b: StatementParts, names: readonly [string, string]): void {
  const issues: PolicyIssue[] = [];
  if (a.partnerId !== b.partnerId) issues.push({ path: [names[1], 'partnerId'], message: `is ${JSON.stringify(b.partnerId)}, not ${JSON.stringify(a.partnerId)}` });
  if (a.period.from !== b.period.from || a.period.to !== b.period.to) {
    issues.push({ path: [names[1], 'period'], message: `is ${b.period.from} to ${b.period.to}, not ${a.period.from} to ${a.period.to}` });
  }
  if (a.currency.code !== b.currency.code || a.currency.scale !== b.currency.scale) {
    issues.push({ path: [names[1], 'currency'], message: `is ${b.currency.code} at ${b.currency.scale} places, not ${a.currency.code} at ${a.currency.scale}` });
  }
  if (issues.length > 0) throw new PolicyError('STATEMENT_MISMATCH', issues);
}
