import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import * as sheets from '../../src/sheets/index.js';
import { SHEET_FUNCTIONS, type SheetFunction } from '../../src/sheets/index.js';
import { deepFreeze } from './helpers.js';

/** Anything a sheet or a careless caller may pass: cells of every kind, ranges, and worse. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, '', ' ', 'gold', 'port', 'ecs', 'cloud', 'telecom', 'payment', '2026-01', '2026-02-30', '2026-04-10', '2026-03-01T09:30:00+08:00', 'C1', 'R1', 'lots', '12,5', '1e400'),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.boolean(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 46122, 46122.5, 60, 2958466),
  fc.constant(new Date(0)),
  fc.constant({}),
  fc.array(fc.array(fc.constantFrom<unknown>(null, '2026-02-25', 46079, 'R1', 'x', 3), { maxLength: 5 }), { maxLength: 4 }),
);

const RESULT_CHECK: Record<SheetFunction['result'], (v: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  money: (v) => typeof v === 'number' && Number.isFinite(v) && Math.round(v * 100) / 100 === v,
  rate: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  date: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 61 && v <= 2958465,
  boolean: (v) => typeof v === 'boolean',
  'text-or-boolean': (v) => typeof v === 'string' || typeof v === 'boolean',
  'text-or-number': (v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
};

const call = fc
  .constantFrom(...SHEET_FUNCTIONS)
  .chain((f) => fc.tuple(fc.constant(f), fc.array(anyCell, { minLength: f.parameters.length, maxLength: f.parameters.length })));

describe('every spreadsheet function', () => {
  test.prop([call], { numRuns: 400 })(
    'for any arguments whatever, returns a value of its kind (never NaN) or throws a PolicyError naming the function, never a TypeError',
    ([f, args]) => {
      const impl = (sheets as unknown as Record<string, (...a: unknown[]) => unknown>)[f.name]!;
      const frozen = deepFreeze(structuredClone(args.map((a) => (a instanceof Date ? a.getTime() : a))));
      try {
        const result = impl(...args);
        expect(RESULT_CHECK[f.result](result), `${f.name} returned ${String(result)}`).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyError);
        expect((e as PolicyError).message.startsWith(`${f.name}: `), (e as Error).message).toBe(true);
        expect((e as PolicyError).issues.length).toBeGreaterThan(0);
      }
      // Frozen copies of the arguments work the same way and are not changed.
      let again: unknown;
      try {
        again = impl(...frozen);
      } catch (e) {
        again = e instanceof PolicyError ? 'error' : e;
      }
      expect(again === 'error' || RESULT_CHECK[f.result](again)).toBe(true);
    },
  );
});
