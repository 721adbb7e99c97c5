import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { figure } from '../../src/core/figure.js';
import { decimalString, FORBIDDEN_KEYS, instant, isoDate, parseWith, wholeNumber } from '../../src/core/validate.js';
import { definePolicy } from '../../src/policy/define.js';
import { telecomProgram } from '../../src/policy/presets.js';
import type { PolicyOverrides } from '../../src/policy/types.js';
import { issueList, policyErrorOf } from '../helpers.js';

/** The issues parseWith raises for `input`, as `{ path, message }` records. */
const issuesFor = (schema: z.ZodMiniType, input: unknown) => issueList(policyErrorOf(() => parseWith(schema, input)));

describe('parseWith: zod issues in words', () => {
  it('says a missing field is required and what it should be, and a wrong one what it should be and what it got', () => {
    const schema = z.object({ name: z.string(), count: z.number(), on: z.boolean() });
    expect(issuesFor(schema, { count: 'seven', on: 1 })).toEqual([
      { path: ['name'], message: 'is required (expected string)' },
      { path: ['count'], message: 'must be a number, got "seven"' },
      { path: ['on'], message: 'must be a boolean, got 1' },
    ]);
    // "an" before a vowel.
    expect(issuesFor(z.object({ list: z.array(z.string()) }), { list: 3 })).toEqual([{ path: ['list'], message: 'must be an array, got 3' }]);
  });

  it('too few: items of a list (one item, several items), an empty string, a number below its minimum', () => {
    const schema = z.object({
      one: z.array(z.string()).check(z.minLength(1)),
      two: z.array(z.string()).check(z.minLength(2)),
      name: z.string().check(z.minLength(1)),
      count: z.number().check(z.gte(5)),
    });
    expect(issuesFor(schema, { one: [], two: ['a'], name: '', count: 4 })).toEqual([
      { path: ['one'], message: 'must have at least 1 item' },
      { path: ['two'], message: 'must have at least 2 items' },
      { path: ['name'], message: 'must not be empty' },
      { path: ['count'], message: 'must be at least 5' },
    ]);
  });

  it('too many: items of a list, a number above its maximum', () => {
    const schema = z.object({ list: z.array(z.number()).check(z.maxLength(2)), count: z.number().check(z.lte(10)) });
    expect(issuesFor(schema, { list: [1, 2, 3], count: 11 })).toEqual([
      { path: ['list'], message: 'must have at most 2 items' },
      { path: ['count'], message: 'must be at most 10' },
    ]);
  });

  it('a value that matches no form of a union names what it got', () => {
    expect(issuesFor(z.object({ id: z.union([z.string(), z.number()]) }), { id: true })).toEqual([
      { path: ['id'], message: 'does not match any allowed form, got true' },
    ]);
  });

  it('writes a symbol key in a path as text, after the base path', () => {
    const key = Symbol('slot');
    const schema = z.custom<unknown>().check(
      z.superRefine((value, ctx) => {
        ctx.issues.push({ code: 'custom', message: 'is wrong', input: value, path: ['a', key, 0] });
      }),
    );
    const e = policyErrorOf(() => parseWith(schema, {}, 'INVALID_INPUT', ['input']));
    expect(issueList(e)).toEqual([{ path: ['input', 'a', 'Symbol(slot)', 0], message: 'is wrong' }]);
  });

  it('lets a PolicyError raised while the input is read pass through unchanged, and wraps anything else', () => {
    const inner = new PolicyError('NOT_CONFIGURED', [{ path: ['deposit'], message: 'no deposit' }]);
    const raising = { get x(): unknown { throw inner; } };
    const e = policyErrorOf(() => parseWith(z.object({ x: z.number() }), raising, 'INVALID_POLICY', ['policy']));
    expect(e).toBe(inner);
    const failing = { get x(): unknown { throw new Error('getter exploded'); } };
    const wrapped = policyErrorOf(() => parseWith(z.object({ x: z.number() }), failing, 'INVALID_POLICY', ['policy']));
    expect([wrapped.code, issueList(wrapped)]).toEqual(['INVALID_POLICY', [{ path: ['policy'], message: 'could not be read: getter exploded' }]]);
  });
});

describe('the shared schemas', () => {
  it('isoDate: a real calendar date written YYYY-MM-DD (CONV-3)', () => {
    expect(parseWith(isoDate, '2024-02-29')).toBe('2024-02-29');
    expect(issuesFor(z.object({ on: isoDate }), { on: '2025-02-30' })).toEqual([
      { path: ['on'], message: 'must be a real calendar date written YYYY-MM-DD' },
    ]);
  });

  it('instant: an ISO 8601 instant with an offset (CONV-3)', () => {
    expect(parseWith(instant, '2026-04-10T09:30:00+08:00')).toBe('2026-04-10T09:30:00+08:00');
    expect(parseWith(instant, '2026-04-10T01:30:00Z')).toBe('2026-04-10T01:30:00Z');
    expect(issuesFor(z.object({ at: instant }), { at: '2026-04-10T09:30:00' })).toEqual([
      { path: ['at'], message: 'must be an ISO 8601 instant with an offset, such as "2026-04-10T09:30:00+08:00"' },
    ]);
  });

  it('decimalString: a plain decimal string of its kind, with the message that says what is wrong', () => {
    const schema = z.object({ amount: decimalString('cash'), rate: decimalString('rate') });
    expect(parseWith(schema, { amount: '12.50', rate: '0.125' })).toEqual({ amount: '12.50', rate: '0.125' });
    expect(issuesFor(schema, { amount: '-1', rate: '1e3' })).toEqual([
      { path: ['amount'], message: 'must not be negative, got "-1"' },
      { path: ['rate'], message: 'must be a plain decimal string such as "1234.56", got "1e3"' },
    ]);
  });

  it('figure: a money input of its kind, kept as given, with the message that says what is wrong', () => {
    const schema = z.object({ amount: figure('cash'), adjustment: figure('signed'), rate: figure('rate') });
    const fine = { amount: 12.5, adjustment: '-3.25', rate: '0.125' };
    expect(parseWith(schema, fine)).toEqual(fine);
    expect(issuesFor(schema, { amount: '-1', adjustment: '1.005', rate: Number.NaN })).toEqual([
      { path: ['amount'], message: 'must not be negative, got "-1"' },
      { path: ['adjustment'], message: 'must have at most 2 decimal places, got "1.005"' },
      { path: ['rate'], message: 'must be a finite number, got NaN' },
    ]);
  });

  it('wholeNumber: a safe integer at least its minimum, and at most its maximum when it has one', () => {
    const schema = z.object({ count: wholeNumber(1), day: wholeNumber(1, 28) });
    expect(parseWith(schema, { count: 1, day: 28 })).toEqual({ count: 1, day: 28 });
    expect(parseWith(schema, { count: Number.MAX_SAFE_INTEGER, day: 1 })).toEqual({ count: Number.MAX_SAFE_INTEGER, day: 1 });
    expect(issuesFor(schema, { count: 0, day: 29 })).toEqual([
      { path: ['count'], message: 'must be a whole number ≥ 1' },
      { path: ['day'], message: 'must be a whole number from 1 to 28' },
    ]);
    expect(issuesFor(schema, { count: 1.5, day: 0 })).toEqual([
      { path: ['count'], message: 'must be a whole number ≥ 1' },
      { path: ['day'], message: 'must be a whole number from 1 to 28' },
    ]);
    expect(issuesFor(schema, { count: 2 ** 53, day: 1 })).toEqual([{ path: ['count'], message: 'must be a whole number ≥ 1' }]);
  });
});

describe('FORBIDDEN_KEYS: keys that could reach a prototype', () => {
  it('are exactly __proto__, constructor and prototype', () => {
    expect([...FORBIDDEN_KEYS].sort()).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('definePolicy refuses the key %s in overrides, by name', (key) => {
    const overrides = JSON.parse(`{"tiers": {"thresholds": {"${key}": {}}}}`) as PolicyOverrides;
    const e = policyErrorOf(() => definePolicy(telecomProgram, overrides));
    expect([e.code, issueList(e)]).toEqual([
      'INVALID_POLICY',
      [{ path: ['tiers', 'thresholds', key], message: `the key "${key}" is not allowed in a policy` }],
    ]);
  });
});
