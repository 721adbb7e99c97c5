/**
 * The fuzz property over a set of rows (fuzz.test.ts and
 * fuzz-hyperformula.test.ts): for any junk or near-valid input, a well-formed
 * result or a PolicyError, and the input left unchanged.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { hostileArgs, makeArgs } from './hostile.js';
import { fuzzCall } from './run.js';
import type { FuzzRow } from './table.js';

// Deep enough to see which library function read a hostile value through zod's or JSON's frames.
Error.stackTraceLimit = 60;

/** Runs per function: the suite runs twice in CI, so a few dozen each keeps it within seconds. FUZZ_RUNS=5000 digs deeper. */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 100);

export function describeFuzz(rows: readonly FuzzRow[]): void {
  describe('every public function under fuzzing', () => {
    it.each(rows.map((row) => [row.id, row] as const))(
      '%s: for any junk or near-valid input, the outcome is a well-formed result or a PolicyError, and the input is left unchanged',
      (_id, row) => {
        const arity = typeof row.fn === 'function' ? row.fn.length : 2;
        fc.assert(
          fc.property(row.entry.hostile === false ? row.entry.valid.map((valid) => ({ valid, change: { kind: 'none' as const }, pristine: true })) : hostileArgs(row.entry.valid, arity), (a) => {
            fuzzCall(row.id, row.entry, row.fn, makeArgs(a), a.pristine);
          }),
          { numRuns: Math.ceil(NUM_RUNS * (row.entry.runShare ?? 1)) },
        );
      },
      5_000 + NUM_RUNS * 20,
    );
  });
}
