/**
 * Fixed-seed samples of the testing kit's arbitraries, for the tests that check
 * what the kit reaches (bounds, documented options, scenarios), not only that
 * every value is valid. The seed is fixed so that these checks are reproducible.
 */
import fc from 'fast-check';

export const SEED = 20260105;

/** `numRuns` values of `arb`, from the fixed seed. */
export function sampleOf<T>(arb: fc.Arbitrary<T>, numRuns = 2000): T[] {
  return fc.sample(arb, { numRuns, seed: SEED });
}

/** The distinct values of `key` over `values`, sorted, for comparing with a documented list. */
export function distinct<T, K extends string | number | boolean | undefined>(values: readonly T[], key: (v: T) => K): K[] {
  return [...new Set(values.map(key))].sort((a, b) => String(a).localeCompare(String(b)));
}
