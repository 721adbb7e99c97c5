import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Cell } from '../../src/sheets/cells.js';
import { CP_OWNER } from '../../src/sheets/index.js';
import { instantAt, registrationRowsArb } from './arbitraries.js';

const PARTS = ['owner', 'registration', 'status', 'challenger', 'protected-until', 'key-support'] as const;
const asOfArb = fc.integer({ min: 0, max: 90 }).map((d) => instantAt(d * 24 * 60, true));

/** Any cell a host passes, readable or not. */
const junkArb: fc.Arbitrary<Cell> = fc.oneof(fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null), fc.double(), fc.constantFrom('R1', 'C1', 'partner', '9'));
/** A customer cell naming another customer than C1: text or a finite number. */
const otherCustomerArb: fc.Arbitrary<Cell> = fc.oneof(fc.string({ minLength: 1, maxLength: 4 }).filter((s) => s.trim() !== '' && s.trim() !== 'C1'), fc.integer());
/** A registration id of no registration of C1 (theirs are R1 to R5). */
const otherIdArb: fc.Arbitrary<Cell> = fc.oneof(fc.constantFrom('S1', 'X7', 'R9'), fc.integer({ min: 1, max: 99 }));

/** Inserts each of `extra` into `rows` at its own position. */
function insert<T>(rows: readonly T[], extra: readonly { at: number; row: T }[]): T[] {
  const out = [...rows];
  for (const { at, row } of extra) out.splice(at % (out.length + 1), 0, row);
  return out;
}

function answers(regs: Cell[][], asOf: string, progress: Cell[][], takeovers: Cell[][]): unknown[] {
  return PARTS.map((part) => {
    try {
      return CP_OWNER('C1', regs, asOf, progress, takeovers, part);
    } catch (e) {
      return (e as Error).message;
    }
  });
}

describe('CP_OWNER and the rows of other customers', () => {
  test.prop([
    registrationRowsArb,
    asOfArb,
    fc.array(fc.record({ at: fc.nat(), row: fc.tuple(junkArb, otherCustomerArb, junkArb, junkArb, junkArb) }), { maxLength: 4 }),
    fc.array(fc.record({ at: fc.nat(), row: fc.tuple(otherIdArb, junkArb, junkArb) }), { maxLength: 3 }),
    fc.array(fc.record({ at: fc.nat(), row: fc.tuple(otherIdArb, junkArb) }), { maxLength: 3 }),
  ])(
    "rows of other customers' registrations, progress and takeovers, whatever their other cells hold, change no answer",
    (rows, asOf, regExtra, progressExtra, takeoverExtra) => {
      const regs: Cell[][] = rows.filter((r) => r[1] === 'C1');
      const progress: Cell[][] = [];
      const takeovers: Cell[][] = [];
      const before = answers(regs, asOf, progress, takeovers);
      // Row numbers move in messages, so compare only when there is no error to name a row.
      fc.pre(before.every((a) => typeof a !== 'string' || !a.startsWith('CP_OWNER:')));
      const after = answers(
        insert(regs, regExtra.map(({ at, row }) => ({ at, row: [...row] }))),
        asOf,
        insert(progress, progressExtra.map(({ at, row }) => ({ at, row: [...row] }))),
        insert(takeovers, takeoverExtra.map(({ at, row }) => ({ at, row: [...row] }))),
      );
      expect(after).toEqual(before);
    },
  );
});
