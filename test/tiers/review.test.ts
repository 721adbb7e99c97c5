import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { reviewTier } from '../../src/tiers/index.js';

describe('reviewTier (TIER-1, TIER-2, PER-3)', () => {
  it('gives the tier for the next calendar quarter, valid for that one quarter', () => {
    expect(reviewTier(telecomProgram, { quarter: '2026-Q1', metric: 10 })).toEqual({
      tier: 'gold',
      quarter: '2026-Q2',
      effectiveFrom: '2026-04-01',
      validUntil: '2026-06-30',
      metric: 10,
      rules: ['TIER-1', 'TIER-2', 'TIER-3', 'PER-3'],
    });
  });

  it('rolls over the year after Q4', () => {
    const r = reviewTier(telecomProgram, { quarter: '2026-Q4', metric: 3 });
    expect([r.tier, r.quarter, r.effectiveFrom, r.validUntil]).toEqual(['ordinary', '2027-Q1', '2027-01-01', '2027-03-31']);
  });

  it('covers each quarter end, including a leap February', () => {
    expect(reviewTier(telecomProgram, { quarter: '2027-Q4', metric: 5 }).validUntil).toBe('2028-03-31');
    expect(reviewTier(telecomProgram, { quarter: '2026-Q2', metric: 5 }).validUntil).toBe('2026-09-30');
    expect(reviewTier(telecomProgram, { quarter: '2026-Q3', metric: 5 }).validUntil).toBe('2026-12-31');
  });

  it('moves any number of steps: gold straight down to ordinary (TIER-2)', () => {
    expect(reviewTier(telecomProgram, { quarter: '2026-Q2', metric: 12 }).tier).toBe('gold');
    expect(reviewTier(telecomProgram, { quarter: '2026-Q3', metric: 0 }).tier).toBe('ordinary');
  });

  it.each([
    [{ quarter: '2026-Q5', metric: 1 }, ['quarter']],
    [{ quarter: '2026Q1', metric: 1 }, ['quarter']],
    [{ quarter: 2026, metric: 1 }, ['quarter']],
    [{ quarter: '2026-Q1', metric: -3 }, ['metric']],
    [{ quarter: '9999-Q4', metric: 1 }, ['quarter']],
  ])('rejects %j naming the field', (input, path) => {
    try {
      reviewTier(telecomProgram, input as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).issues[0]?.path).toEqual(path);
    }
  });

  it('reviews 9998-Q4 into 9999-Q1, the last year the library handles, and nothing after 9999-Q4', () => {
    const r = reviewTier(telecomProgram, { quarter: '9998-Q4', metric: 5 });
    expect([r.tier, r.quarter, r.effectiveFrom, r.validUntil]).toEqual(['silver', '9999-Q1', '9999-01-01', '9999-03-31']);
    expect(reviewTier(telecomProgram, { quarter: '9999-Q3', metric: 5 }).validUntil).toBe('9999-12-31');
    try {
      reviewTier(telecomProgram, { quarter: '9999-Q4', metric: 5 });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyError).issues).toEqual([{ path: ['quarter'], message: 'has no next quarter before year 10000' }]);
    }
  });

  it.each(['2026-Q1', 12, true])('rejects the whole input %j when it is not an object, naming no field', (input) => {
    try {
      reviewTier(telecomProgram, input as never);
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyError).code).toBe('INVALID_INPUT');
      expect((e as PolicyError).issues).toEqual([{ path: [], message: 'must be an object { quarter, metric }' }]);
    }
  });

  it('turns a getter that throws into INVALID_INPUT that quotes the cause, naming no field', () => {
    for (const key of ['quarter', 'metric']) {
      const input = Object.defineProperty({ quarter: '2026-Q1', metric: 5 }, key, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      try {
        reviewTier(telecomProgram, input);
        expect.unreachable();
      } catch (e) {
        expect((e as PolicyError).code).toBe('INVALID_INPUT');
        expect((e as PolicyError).issues).toEqual([{ path: [], message: 'could not be read: boom' }]);
      }
    }
  });

  it('says the cloud program has no partner tiers (TIER-1 is telecom only)', () => {
    expect(() => reviewTier(cloudProgram, { quarter: '2026-Q1', metric: 1 })).toThrowError('the cloud program configures no partner tiers');
  });

  it('rejects a missing input and the cloud program', () => {
    expect(() => reviewTier(telecomProgram, null as never)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => reviewTier(cloudProgram, { quarter: '2026-Q1', metric: 1 })).toThrowError(expect.objectContaining({ code: 'NOT_CONFIGURED' }));
  });
});
