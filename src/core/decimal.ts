import { Decimal } from 'decimal.js';

/**
 * The library's private Decimal constructor (CONV-4): a clone, so the global
 * `Decimal` configuration of the host application is never read or changed.
 * 40 significant digits hold any in-range money figure times any rate exactly;
 * half-up (四舍五入) is the only rounding mode money ever sees (CONV-2).
 */
export const Dec: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** A decimal value made by {@link Dec}. */
export type Dec = Decimal;

/** True for a `Decimal` from any copy or clone of decimal.js. */
export function isDecimal(value: unknown): value is Decimal {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return Dec.isDecimal(value);
  } catch {
    return false; // a revoked proxy, or a proxy whose traps throw, is no Decimal
  }
}

export type { Decimal };
