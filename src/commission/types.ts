/**
 * The shapes of commission inputs and statements (COM-1 to COM-10).
 * @module
 */
import type { IsoDate } from '../core/dates.js';
import type { Money, MoneyInput, Rate } from '../core/money.js';
import type { RuleId } from '../core/rules.js';

/** Cash actually received from a customer (COM-1). */
export interface Receipt {
  readonly id: string;
  readonly customerId: string;
  /** The product line, e.g. `"port"`, `"conference"`, `"margin"` (COM-2, COM-3). */
  readonly line: string;
  /** Cash received: ≥ 0, at most the currency scale. */
  readonly amount: MoneyInput;
  readonly receivedOn: IsoDate;
  /** The customer's start date; required where the policy has a window (COM-4). */
  readonly customerStartOn?: IsoDate;
  /** The first service date the receipt pays for; decides the commission year when given (COM-4). */
  readonly coversFrom?: IsoDate;
  /** Margin lines: the floor-price cost of the traffic (COM-2). */
  readonly cost?: MoneyInput;
}

/** Money returned to a customer, clawing back commission (COM-7). */
export interface Refund {
  readonly id: string;
  /** The receipt refunded. */
  readonly receipt: Receipt;
  readonly amount: MoneyInput;
  readonly refundedOn: IsoDate;
}

/** A commission statement: plain JSON, mergeable (COM-10). */
export interface Statement {
  readonly partnerId: string;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /** One line per bucket: a product line at one rate, or a ladder slice (COM-6). */
  readonly lines: readonly {
    readonly line: string;
    readonly rate: Rate;
    readonly base: Money;
    readonly commission: Money;
    readonly receipts: number;
    readonly rules: readonly RuleId[];
  }[];
  readonly clawbacks: readonly {
    readonly refundId: string;
    readonly receiptId: string;
    readonly refund: Money;
    readonly rate: Rate;
    readonly clawback: Money;
    readonly rules: readonly RuleId[];
  }[];
  /** clawback ≥ 0; payable = commission − clawback − carriedIn; below 0 it is owed by the partner (COM-8). */
  readonly totals: {
    readonly base: Money;
    readonly commission: Money;
    readonly clawback: Money;
    readonly carriedIn: Money;
    readonly payable: Money;
  };
  readonly warnings: readonly { readonly code: string; readonly receiptId?: string; readonly message: string }[];
}

/**
 * What produced a statement line: a flat `rate` per commission year, a
 * `margin` line (COM-2), a `ladder` slice (COM-3), or receipts past the
 * commission window, which earn nothing (`expired`, COM-4).
 */
export type BucketKind = 'rate' | 'margin' | 'ladder' | 'expired';

/** A statement line with the fields merging needs. */
export interface StatementLine {
  readonly line: string;
  readonly rate: Rate;
  /** Exact sum of the bucket's amounts (margins, for a margin line; the slice, for a ladder line). */
  readonly base: Money;
  /** round(base × rate), half-up, once (COM-6, CONV-2). */
  readonly commission: Money;
  /** Receipts in the bucket; every receipt of a marginal ladder line counts on each of its slices. */
  readonly receipts: number;
  readonly rules: readonly RuleId[];
  readonly kind: BucketKind;
}

/** A clawback line with the fields merging needs (COM-7). */
export interface ClawbackLine {
  readonly refundId: string;
  readonly receiptId: string;
  /** The amount refunded. */
  readonly refund: Money;
  /** The rate the original receipt earned. */
  readonly rate: Rate;
  /** round(base × rate). */
  readonly clawback: Money;
  readonly rules: readonly RuleId[];
  /** The receipt's product line. */
  readonly line: string;
  /** The part of the refund that earned commission: the refund, or on a margin line the refund's share of the margin. */
  readonly base: Money;
  /** The refunded receipt's amount, so merged statements can still refuse refunds exceeding it. */
  readonly receiptAmount: Money;
}

/** The period's volume of one ladder line: what merging needs to re-slice the ladder (COM-3, COM-10). */
export interface LadderVolume {
  readonly line: string;
  readonly mode: 'marginal' | 'whole';
  readonly brackets: readonly { readonly from: Money; readonly to: Money | null; readonly rate: Rate }[];
  /** Exact sum of the line's amounts inside the commission window. */
  readonly volume: Money;
  readonly receipts: number;
  readonly rules: readonly RuleId[];
}

/** A statement warning: something counted as 0 or left out, never silently. */
export interface StatementWarning {
  /** `OUTSIDE_PERIOD`, `NEGATIVE_MARGIN` or `REFUND_OUTSIDE_PERIOD`. */
  readonly code: string;
  readonly receiptId?: string;
  readonly refundId?: string;
  readonly message: string;
}

/**
 * The statement `commissionStatement` returns: a {@link Statement} with the
 * extra fields that keep it mergeable from JSON alone (COM-10): the currency,
 * each line's `kind`, each clawback's base and receipt amount, and the volume
 * of each ladder line.
 */
export interface CommissionStatement extends Statement {
  readonly currency: { readonly code: string; readonly scale: number };
  readonly lines: readonly StatementLine[];
  readonly clawbacks: readonly ClawbackLine[];
  readonly ladders: readonly LadderVolume[];
  readonly totals: Statement['totals'] & { readonly rules: readonly RuleId[] };
  readonly warnings: readonly StatementWarning[];
}

/** A commission year of the two-year window (COM-4). Policies allow windows of 1 or 2 years. */
export type CommissionYear = 1 | 2;
