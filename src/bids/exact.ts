/**
 * Exact arithmetic on judges' scores with scaled integers (BigInt).
 *
 * Scores and weights are JavaScript numbers; each is taken as the decimal of
 * its shortest representation (87.5 is 87.5). A score like 5e-324 next to 50
 * would need more digits than the library's 40-digit Decimal keeps, so sums
 * are done on integers scaled by a power of ten, which are exact at any size.
 * Means stay fractions `num / den` and are compared by cross-multiplying;
 * only the shown values are rounded, half-up, once.
 * @module
 */

/** A non-negative fraction `num / den` with `den > 0`. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const POW10: bigint[] = [1n];

/** 10^n as a BigInt. */
export function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10.push(POW10[i - 1]! * 10n);
  return POW10[n]!;
}

const SHORTEST = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The decimal places of a finite number ≥ 0 in its shortest representation (87.5 → 1, 1e-7 → 7). */
export function placesOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const m = SHORTEST.exec(String(n))!;
  return Math.max(0, (m[2]?.length ?? 0) - Number(m[3] ?? 0));
}

/** A finite number ≥ 0 as an integer scaled by 10^places (`places` ≥ {@link placesOf}(n)). */
export function scaled(n: number, places: number): bigint {
  // Above 2^53 a double's binary value (1e23 is 99999999999999991611392) is not its shortest decimal.
  if (Number.isSafeInteger(n)) return BigInt(n) * pow10(places);
  const m = SHORTEST.exec(String(n))!;
  const own = (m[2]?.length ?? 0) - Number(m[3] ?? 0);
  const digits = BigInt(m[1]! + (m[2] ?? ''));
  return digits * pow10(places - own);
}

/** Compares two fractions exactly: negative, zero or positive. */
export function compareRatio(a: Ratio, b: Ratio): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** A fraction rounded half-up to `scale` places and written in fixed point ("87.50"). */
export function formatRatio(r: Ratio, scale: number): string {
  const units = (2n * r.num * pow10(scale) + r.den) / (2n * r.den);
  const s = units.toString().padStart(scale + 1, '0');
  return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
}
