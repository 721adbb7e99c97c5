/**
 * A value that has the type of exactly one form of a union is told what is
 * wrong with it in that form's words, at that form's paths (CONV-5); only a
 * value of no form's type, or of several, gets the generic "does not match any
 * allowed form". Policies' rates (one rate, or one per tier: COM-2) are such a
 * union.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseWith } from '../../src/core/validate.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { policyErrorOf } from '../helpers.js';

const issuesFor = (schema: z.ZodMiniType, input: unknown) => policyErrorOf(() => parseWith(schema, input, 'INVALID_INPUT', ['x'])).issues;

describe('parseWith with a union', () => {
  const positive = z.number().check(z.gte(0));
  const pair = z.object({ a: z.string(), b: positive });
  const schema = z.union([positive, pair]);

  it("uses the one form whose type the value has, with that form's paths", () => {
    expect(issuesFor(schema, -1)).toEqual([{ path: ['x'], message: 'must be at least 0' }]);
    expect(issuesFor(schema, { a: 1, b: -1 })).toEqual([
      { path: ['x', 'a'], message: 'must be a string, got 1' },
      { path: ['x', 'b'], message: 'must be at least 0' },
    ]);
  });

  it('stays generic for a value of no form, or of more than one', () => {
    expect(issuesFor(schema, 'one')).toEqual([{ path: ['x'], message: 'does not match any allowed form, got "one"' }]);
    const twoObjects = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]);
    expect(issuesFor(twoObjects, { c: 1 })).toEqual([{ path: ['x'], message: 'does not match any allowed form, got an object' }]);
  });
});

describe('a rate line of a policy (COM-2)', () => {
  const withRate = (r: unknown) => () => definePolicy(cloudProgram, { commission: { lines: { cloud: { kind: 'rate', rates: [r] } } } } as never);
  const at = ['commission', 'lines', 'cloud', 'rates', 0];

  it("says what is wrong with a rate written as one figure, as a ladder's rate does", () => {
    expect(policyErrorOf(withRate('-0.5')).issues).toEqual([{ path: at, message: 'must not be negative, got "-0.5"' }]);
    expect(policyErrorOf(withRate('1.5')).issues).toEqual([{ path: at, message: 'a rate must lie within [0, 1]' }]);
    expect(policyErrorOf(withRate('0,5')).issues).toEqual([{ path: at, message: 'must be a plain decimal string such as "1234.56", got "0,5"' }]);
  });

  it('names the tier of a per-tier rate, and each missing tier', () => {
    expect(policyErrorOf(withRate({ gold: '0.4', silver: '-1', ordinary: '0.2' })).issues).toEqual([
      { path: [...at, 'silver'], message: 'must not be negative, got "-1"' },
    ]);
    expect(policyErrorOf(withRate({ gold: '0.4' })).issues).toEqual([
      { path: [...at, 'silver'], message: 'is required (expected string)' },
      { path: [...at, 'ordinary'], message: 'is required (expected string)' },
    ]);
  });

  it('stays generic for a number, which is neither form', () => {
    expect(policyErrorOf(withRate(0.5)).issues).toEqual([{ path: at, message: 'does not match any allowed form, got 0.5' }]);
  });
});
