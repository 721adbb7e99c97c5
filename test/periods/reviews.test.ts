import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { halfYearReviews, trialEndsOn } from '../../src/periods/index.js';
import { policyErrorOf } from '../helpers.js';

describe('halfYearReviews (PER-1)', () => {
  it('holds the April review over October–March plus the previous 12 months, and the October review over April–September', () => {
    expect(halfYearReviews(2026)).toEqual([
      {
        reviewOn: '2026-04-10',
        covers: { from: '2025-10-01', to: '2026-03-31' },
        annual: { from: '2025-04-01', to: '2026-03-31' },
        rules: ['PER-1'],
      },
      { reviewOn: '2026-10-10', covers: { from: '2026-04-01', to: '2026-09-30' }, rules: ['PER-1'] },
    ]);
  });

  it('follows a program’s review day', () => {
    const p = definePolicy(cloudProgram, { reviews: { halfYearReviewDay: 15 } });
    expect(halfYearReviews(2026, p).map((r) => r.reviewOn)).toEqual(['2026-04-15', '2026-10-15']);
  });

  it.each([2026.5, 1, 10_000, Number.NaN, '2026'])('rejects the year %s', (year) => {
    try {
      halfYearReviews(year as number);
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyError).code).toBe('INVALID_INPUT');
      expect((e as PolicyError).issues[0]?.path).toEqual(['year']);
    }
  });

  it('is NOT_CONFIGURED for the telecom program', () => {
    expect(() => halfYearReviews(2026, telecomProgram)).toThrowError(expect.objectContaining({ code: 'NOT_CONFIGURED' }));
  });
});

describe('trialEndsOn (PER-2)', () => {
  it('ends 3 calendar months after joining, clamped to the month end', () => {
    expect(trialEndsOn('2026-01-15')).toBe('2026-04-15');
    expect(trialEndsOn('2026-11-30')).toBe('2027-02-28');
    expect(trialEndsOn('2027-11-30')).toBe('2028-02-29');
    expect(trialEndsOn('2026-05-31')).toBe('2026-08-31');
    expect(trialEndsOn('2026-03-31')).toBe('2026-06-30');
  });

  it('rejects a bad date', () => {
    expect(() => trialEndsOn('2026-02-29')).toThrowError(/joinedOn: must be a real calendar date/);
  });
});

describe('reviews at the edges (PER-1, PER-2)', () => {
  it('writes a review day below 10 with two digits', () => {
    const p = definePolicy(cloudProgram, { reviews: { halfYearReviewDay: 5 } });
    expect(halfYearReviews(2026, p).map((r) => r.reviewOn)).toEqual(['2026-04-05', '2026-10-05']);
  });

  it('covers year 2, whose April review reaches back into year 1, and year 9999', () => {
    expect(halfYearReviews(2)).toEqual([
      { reviewOn: '0002-04-10', covers: { from: '0001-10-01', to: '0002-03-31' }, annual: { from: '0001-04-01', to: '0002-03-31' }, rules: ['PER-1'] },
      { reviewOn: '0002-10-10', covers: { from: '0002-04-01', to: '0002-09-30' }, rules: ['PER-1'] },
    ]);
    expect(halfYearReviews(9999)[1]!.covers).toEqual({ from: '9999-04-01', to: '9999-09-30' });
  });

  it('says what a year must be', () => {
    for (const [year, shown] of [[1, '1'], [10_000, '10000'], [2026.5, '2026.5'], ['2026', '2026']] as const) {
      expect(policyErrorOf(() => halfYearReviews(year as number)).issues).toEqual([
        { path: ['year'], message: `must be a whole year from 2 to 9999, got ${shown}` },
      ]);
    }
  });

  it('names a year that is not a number by its type, without running its code', () => {
    const shown: [unknown, string][] = [[Object.create(null), 'an object'], [[2026], 'an array'], [{ toString: () => '2026' }, 'an object'], [() => 2026, 'a function']];
    for (const [year, words] of shown) {
      expect(policyErrorOf(() => halfYearReviews(year as number)).issues).toEqual([{ path: ['year'], message: `must be a whole year from 2 to 9999, got ${words}` }]);
    }
  });

  it('says which program has no reviews', () => {
    expect(policyErrorOf(() => halfYearReviews(2026, telecomProgram)).issues).toEqual([
      { path: ['policy', 'reviews'], message: 'the telecom program configures no half-year reviews' },
    ]);
    const e = policyErrorOf(() => trialEndsOn('2026-01-15', telecomProgram));
    expect(e.code).toBe('NOT_CONFIGURED');
    expect(e.issues).toEqual([{ path: ['policy', 'reviews'], message: 'the telecom program configures no trial period' }]);
  });
});
