/**
 * Arbitraries for commission inputs (COM-1 to COM-10): receipts, refunds and
 * whole statement inputs, valid by construction.
 * @module
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { addDays, fromDay, toDay, type IsoDate } from '../core/dates.js';
import { parseFigure } from '../core/money.js';
import type { Receipt, Refund, StatementInput } from '../commission/index.js';
import { tierArb } from './core.js';

function dateBetween(from: IsoDate, to: IsoDate): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: toDay(from), max: toDay(to) }).map(fromDay);
}

/** Cents written at scale 2: `1234n` → `"12.34"`. */
function centsText(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** Options for generated receipts. */
export interface ReceiptArbOptions {
  /** The product lines to use; default the telecom lines `port`, `conference`, `margin`. */
  readonly lines?: readonly string[];
  /** Lines that need a floor-price `cost` (COM-2); default `['margin']`. */
  readonly marginLines?: readonly string[];
  /** How many distinct customers; default 4. */
  readonly customers?: number;
  /** The statement period the receipts mostly fall in; default 2026-Q1. */
  readonly period?: { readonly from: IsoDate; readonly to: IsoDate };
  /**
   * Share of receipts dated anywhere from 60 days before the period to 60 days after it, 0–1; default 0.15.
   * Some of those still fall inside the period (for a quarter, about 43% of them), so the share outside is smaller.
   */
  readonly outsideShare?: number;
  /** Customer start dates, for the commission window; default the 2.5 years before the period's end. */
  readonly startRange?: { readonly from: IsoDate; readonly to: IsoDate };
  /** Largest amount in cents; default 10,000,000 (100,000.00), with rare amounts up to `hugeCents`. */
  readonly maxCents?: number;
  /** Largest amount of the rare huge receipts, in cents; default 10^17 − 1 (just under 10^15 yuan). Set to `maxCents` to turn them off. */
  readonly hugeCents?: bigint;
  /** Share of receipts with a `coversFrom` service date, 0–1; default 0.3. */
  readonly coversFromShare?: number;
  /** Money input forms; default decimal strings only. */
  readonly forms?: readonly ('string' | 'number' | 'decimal')[];
}

/** True with probability `share`: fast-check's bias toward small integers is turned off, or a share of 0.3 would come out near 0.38. */
function chance(share: number): fc.Arbitrary<boolean> {
  return fc.noBias(fc.integer({ min: 0, max: 999 })).map((n) => n < Math.round(share * 1000));
}

function moneyForm(cents: bigint, forms: readonly ('string' | 'number' | 'decimal')[]): fc.Arbitrary<string | number | Decimal> {
  const text = centsText(cents);
  const usable = forms.filter((f) => f !== 'number' || cents < 10n ** 15n);
  return fc.constantFrom(...(usable.length > 0 ? usable : ['string' as const])).map((f) =>
    f === 'number' ? Number(text) : f === 'decimal' ? new Decimal(text) : text,
  );
}

/**
 * A receipt without its id (ids are given by {@link receiptsArb}, so they are
 * distinct): a customer, a line, an amount, dates in and around the period,
 * a customer start for the window, sometimes a service date, and a cost on
 * margin lines.
 *
 * @example
 * fc.sample(receiptArb({ lines: ['ecs'], marginLines: [] }), 1);
 * //=> [{ customerId: 'C2', line: 'ecs', amount: '1520.33', receivedOn: '2026-02-11', customerStartOn: '2025-06-30' }]
 */
export function receiptArb(options: ReceiptArbOptions = {}): fc.Arbitrary<Omit<Receipt, 'id'>> {
  const lines = options.lines ?? ['port', 'conference', 'margin'];
  const marginLines = options.marginLines ?? ['margin'];
  const period = options.period ?? { from: '2026-01-01', to: '2026-03-31' };
  const starts = options.startRange ?? { from: addDays(period.to, -913), to: period.to };
  const maxCents = BigInt(options.maxCents ?? 10_000_000);
  const huge = options.hugeCents ?? 10n ** 17n - 1n;
  const forms = options.forms ?? ['string'];
  const cents = fc.oneof(
    { arbitrary: fc.bigInt({ min: 0n, max: maxCents }), weight: 8 },
    { arbitrary: fc.bigInt({ min: 0n, max: huge > maxCents ? huge : maxCents }), weight: huge > maxCents ? 1 : 0 },
    { arbitrary: fc.constantFrom(0n, 1n, 5n, 25n, 50n), weight: 1 },
  );
  const outside = options.outsideShare ?? 0.15;
  const received = fc.oneof(
    { arbitrary: dateBetween(period.from, period.to), weight: Math.round((1 - outside) * 100) },
    { arbitrary: dateBetween(addDays(period.from, -60), addDays(period.to, 60)), weight: Math.round(outside * 100) },
  );
  const anyStart = dateBetween(starts.from, starts.to);
  // Leap-day starts and their neighbours (COM-4 anniversaries), where they fit the range.
  const leapStarts = ['2024-02-28', '2024-02-29', '2024-03-01'].filter((d) => d >= starts.from && d <= starts.to);
  return fc
    .record({
      customerId: fc.integer({ min: 1, max: Math.max(1, options.customers ?? 4) }).map((n) => `C${n}`),
      line: fc.constantFrom(...lines),
      amount: cents,
      cost: cents,
      receivedOn: received,
      customerStartOn: leapStarts.length === 0 ? anyStart : fc.oneof({ arbitrary: anyStart, weight: 8 }, { arbitrary: fc.constantFrom(...leapStarts), weight: 2 }),
      covers: chance(options.coversFromShare ?? 0.3),
      coversOffset: fc.integer({ min: -90, max: 90 }),
    })
    .chain(({ amount, cost, covers, coversOffset, ...r }) =>
      fc
        .record({ amount: moneyForm(amount, forms), cost: moneyForm(cost, forms) })
        .map((m) => {
          const out: { -readonly [K in keyof Receipt]?: Receipt[K] } = { ...r, amount: m.amount };
          if (marginLines.includes(r.line)) out.cost = m.cost;
          if (covers) out.coversFrom = addDays(r.receivedOn, coversOffset);
          return out as Omit<Receipt, 'id'>;
        }),
    );
}

/**
 * Receipts with distinct ids `R0`, `R1`, ….
 *
 * @example
 * fc.sample(receiptsArb({ maxLength: 3 }), 1)[0].map((r) => r.id); //=> ['R0', 'R1']
 */
export function receiptsArb(options: ReceiptArbOptions & { readonly maxLength?: number } = {}): fc.Arbitrary<Receipt[]> {
  return fc.array(receiptArb(options), { maxLength: options.maxLength ?? 20 }).map((rs) => rs.map((r, i) => ({ id: `R${i}`, ...r })));
}

/** Options for generated refunds. */
export interface RefundArbOptions {
  /** Most refunds; default 6. */
  readonly maxRefunds?: number;
  /** Largest single refund as a share of its receipt, 0–1; default 0.16, so even 6 refunds of one receipt stay within it. */
  readonly maxShare?: number;
  /** Days after the receipt a refund may come; default 120. */
  readonly maxDelayDays?: number;
}

/**
 * Refunds of some of `receipts` (COM-7), each after its receipt, and never
 * adding up to more than the receipt when `maxRefunds × maxShare ≤ 1`.
 * The receipts' amounts are read when the arbitrary is built: one that is not
 * a cash amount with at most 2 decimal places throws `PolicyError`
 * (`INVALID_INPUT`) at `['receipts', i, 'amount']`.
 *
 * @example
 * fc.sample(refundsArb([aReceipt()]), 1); //=> [[{ id: 'F0', receipt: {…}, amount: '312.00', refundedOn: '2026-03-02' }]]
 */
export function refundsArb(receipts: readonly Receipt[], options: RefundArbOptions = {}): fc.Arbitrary<Refund[]> {
  if (receipts.length === 0) return fc.constant([]);
  // Each receipt's amount in cents, read now: a bad amount fails here, naming it, rather than
  // while values are drawn (or, for a negative one, by drawing malformed refund amounts).
  const receiptCents = receipts.map((r, i) =>
    BigInt(parseFigure((r as Partial<Receipt> | null | undefined)?.amount, ['receipts', i, 'amount']).times(100).toFixed(0)),
  );
  const permille = Math.round((options.maxShare ?? 0.16) * 1000);
  return fc
    .array(
      fc.record({
        which: fc.nat({ max: receipts.length - 1 }),
        permille: fc.integer({ min: 0, max: permille }),
        after: fc.integer({ min: 0, max: options.maxDelayDays ?? 120 }),
      }),
      { maxLength: options.maxRefunds ?? 6 },
    )
    .map((picks) =>
      picks.map(({ which, permille: p, after }, k) => {
        const receipt = receipts[which]!;
        return { id: `F${k}`, receipt, amount: centsText((receiptCents[which]! * BigInt(p)) / 1000n), refundedOn: addDays(receipt.receivedOn, after) };
      }),
    );
}

/**
 * A whole statement input for a policy: receipts, refunds of them, a tier
 * history and sometimes a carried-in balance.
 *
 * @example
 * fc.assert(fc.property(statementInputArb(), (input) => {
 *   const s = commissionStatement(telecomProgram, input);
 *   return s.lines.every((l) => l.commission.startsWith('-') === false);
 * }));
 */
export function statementInputArb(
  options: ReceiptArbOptions & RefundArbOptions & { readonly maxReceipts?: number; readonly partnerId?: string } = {},
): fc.Arbitrary<StatementInput> {
  const period = options.period ?? { from: '2026-01-01', to: '2026-03-31' };
  const history = fc.uniqueArray(fc.record({ tier: tierArb(), from: dateBetween(addDays(period.to, -1000), period.to) }), {
    selector: (e) => e.from,
    maxLength: 8,
  });
  return receiptsArb({ ...options, period, maxLength: options.maxReceipts ?? 20 }).chain((receipts) =>
    fc
      .record({
        refunds: refundsArb(receipts, options),
        tiers: fc.oneof(history, tierArb()),
        carriedIn: fc.option(fc.bigInt({ min: 0n, max: 10_000_000n }).map(centsText), { nil: undefined }),
      })
      .map(({ carriedIn, ...rest }) => {
        const input: { -readonly [K in keyof StatementInput]?: StatementInput[K] } = {
          partnerId: options.partnerId ?? 'P-1',
          period,
          receipts,
          ...rest,
        };
        if (carriedIn !== undefined) input.carriedIn = carriedIn;
        return input as StatementInput;
      }),
  );
}
