/**
 * The fuzz suite (CONV-4, CONV-5): every public function, fed valid input with
 * one hostile change or pure junk, either returns a well-formed result (no NaN,
 * no Infinity, no undefined, money at the currency scale, totals that add up)
 * or throws a PolicyError with a known code and a path for every issue. It
 * never throws anything else, never changes its input, and never pollutes a
 * prototype.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';

// Deep enough to see which library function read a hostile value through zod's or JSON's frames.
Error.stackTraceLimit = 60;
import { hostileArgs, makeArgs } from './hostile.js';
import { fuzzCall } from './run.js';
import { allEntries } from './table.js';

/** Runs per function: the suite runs twice in CI, so a few dozen each keeps it within seconds. FUZZ_RUNS=5000 digs deeper. */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 100);

describe('every public function under fuzzing', () => {
  it.each(allEntries().map((row) => [row.id, row] as const))(
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
