import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { instantToEpoch } from '../../src/core/dates.js';
import { formatInstant, parseInstant } from '../../src/conflict/instants.js';

const two = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));

/** Strings shaped like instants, often just outside the grammar (bad days, hours, offsets, fractions). */
const instantLike = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')), fc.constantFrom('2026', '2024', '1900')),
    month: two(0, 13),
    day: two(0, 32),
    sep: fc.constantFrom('T', 'T', 'T', 't', ' '),
    hour: two(0, 25),
    minute: two(0, 61),
    second: fc.option(two(0, 61), { nil: undefined }),
    fraction: fc.option(fc.stringMatching(/^\d{0,11}$/), { nil: undefined }),
    offset: fc.oneof(
      fc.constant('Z'),
      fc.constant('z'),
      fc.constant(''),
      fc.tuple(fc.constantFrom('+', '-'), two(0, 25), fc.constantFrom(':', ':', ''), two(0, 61)).map((p) => p.join('')),
    ),
  })
  .map((p) => `${p.year}-${p.month}-${p.day}${p.sep}${p.hour}:${p.minute}${p.second === undefined ? '' : `:${p.second}`}${p.second !== undefined && p.fraction !== undefined ? `.${p.fraction}` : ''}${p.offset}`);

/** An instant-like string with one character changed, dropped or added. */
const mutated = fc.tuple(instantLike, fc.nat(), fc.constantFrom('0', '9', ':', '-', '+', 'T', 'Z', '.', '', 'xx')).map(([s, k, c]) => {
  const i = k % (s.length + 1);
  return s.slice(0, i) + c + s.slice(i + 1);
});

describe('instant properties', () => {
  test.prop([fc.oneof(instantLike, mutated, fc.string())], { numRuns: 2000 })(
    'for any string, the fast reader agrees with core checkInstant: the same epoch, or both refuse',
    (s) => {
      const core = instantToEpoch(s);
      const fast = parseInstant(s);
      if (core === null) expect(fast).toBeNaN();
      else expect(fast).toBe(core);
    },
  );

  test.prop([fc.integer({ min: -8.64e15, max: 8.64e15 })])('for any epoch, formatInstant writes what toISOString writes', (ms) => {
    expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
  });

  test.prop([fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) })])(
    'for any epoch in years 0001 to 9999, reading what formatInstant wrote gives the epoch back',
    (ms) => {
      expect(parseInstant(formatInstant(ms))).toBe(ms);
    },
  );
});
