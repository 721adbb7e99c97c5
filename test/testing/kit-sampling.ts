/**
 * Sampling for the kit's own tests. Every arbitrary is built inside a test
 * body (never while the file loads), so an arbitrary that throws fails that
 * test rather than the whole file, and samples come from one fixed seed so the
 * bounds a test expects to see reached are reached the same way in every run.
 */
import fc from 'fast-check';

/** `numRuns` values of `arb` from a fixed seed (2,000 by default). */
export function sampleOf<T>(arb: fc.Arbitrary<T>, numRuns = 2000, seed = 20_260_101): T[] {
  return fc.sample(arb, { numRuns, seed });
}

/** How many of `values` satisfy `pred`. */
export function countOf<T>(values: readonly T[], pred: (v: T) => boolean): number {
  return values.reduce((n, v) => (pred(v) ? n + 1 : n), 0);
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}
