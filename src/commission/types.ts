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
