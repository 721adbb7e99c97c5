/**
 * Input schemas shared by the deposit functions (internal, not exported).
 * @module
 */
import * as z from 'zod/mini';
import { isoDate } from '../core/validate.js';
import type { Dec } from '../core/decimal.js';
import { checkFigure } from '../core/money.js';

/**
 * A cash figure at the currency scale (CONV-1): ≥ 0, at most `scale` places,
 * checked and read into an exact decimal in one step. Like core's
 * `figure('cash')`, but a missing field reads "is required" rather than
 * "got undefined", and the output is the decimal, not the input as given.
 */
function cashAt(scale: number) {
  return z.pipe(
    z.unknown(),
    z.transform((value, ctx): Dec => {
      const r = value === undefined ? 'is required (a decimal string, a finite number or a Decimal)' : checkFigure(value, 'cash', scale);
      if (typeof r !== 'string') return r;
      ctx.issues.push({ code: 'custom', message: r, input: value });
      return z.NEVER;
    }),
  );
}

function build(scale: number) {
  const cash = cashAt(scale);
  return {
    cash,
    required: z.strictObject({
      tier: z.optional(z.enum(['gold', 'silver', 'ordinary'])),
      wholesale: z.optional(z.strictObject({ monthlyTraffic: cash })),
    }),
    settle: z.strictObject({
      balance: cash,
      required: cash,
      asOf: isoDate,
      claims: z.array(
        z.strictObject({
          id: z.string().check(z.minLength(1)),
          kind: z.enum(['clawback', 'arrears']),
          amount: cash,
          dueOn: isoDate,
          cause: z.optional(z.enum(['service-quality', 'other'])),
        }),
      ),
    }),
    wholesale: z.strictObject({
      balance: cash,
      unsettledTraffic: cash,
      monthlyTraffic: cash,
      wasSuspended: z.optional(z.boolean()),
    }),
    ledger: z.strictObject({
      entries: z.array(
        z.strictObject({
          kind: z.enum(['paid-in', 'top-up', 'deduction', 'return']),
          amount: cash,
          on: isoDate,
          reason: z.optional(z.string().check(z.minLength(1))),
        }),
      ),
    }),
  };
}

type Schemas = ReturnType<typeof build>;
const byScale = new Map<number, Schemas>();

/** The input schemas for a currency scale, built once per scale. */
export function depositSchemas(scale: number): Schemas {
  let s = byScale.get(scale);
  if (s === undefined) {
    s = build(scale);
    byScale.set(scale, s);
  }
  return s;
}
