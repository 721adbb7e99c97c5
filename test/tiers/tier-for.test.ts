import { describe, expect, it } from 'vitest';
import { policyErrorOf } from '../helpers.js';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { tierFor } from '../../src/tiers/index.js';

describe('tierFor (TIER-1, TIER-3)', () => {
  it('gives the highest tier whose inclusive threshold the metric meets', () => {
    expect(tierFor(telecomProgram, 0)).toBe('ordinary');
    expect(tierFor(telecomProgram, 4)).toBe('ordinary');
    expect(tierFor(telecomProgram, 5)).toBe('silver'); // exactly 5 is silver
    expect(tierFor(telecomProgram, 9)).toBe('silver');
    expect(tierFor(telecomProgram, 10)).toBe('gold'); // exactly 10 is gold
    expect(tierFor(telecomProgram, 15)).toBe('gold'); // the source's "10–15" has no ceiling
    expect(tierFor(telecomProgram, 1_000_000)).toBe('gold');
  });

  it('follows custom thresholds', () => {
    const p = definePolicy(telecomProgram, { tiers: { metric: 'new-ports', thresholds: { silver: 50, gold: 200 } } });
    expect(tierFor(p, 49)).toBe('ordinary');
    expect(tierFor(p, 50)).toBe('silver');
    expect(tierFor(p, 200)).toBe('gold');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10', null, undefined, 2 ** 60])(
    'rejects the metric %s as INVALID_INPUT naming metric (TIER-3)',
    (metric) => {
      try {
        tierFor(telecomProgram, metric as number);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyError);
        expect((e as PolicyError).code).toBe('INVALID_INPUT');
        expect((e as PolicyError).issues[0]?.path).toEqual(['metric']);
        expect((e as PolicyError).message).toMatch(/whole number ≥ 0/);
      }
    },
  );

  it('quotes a text metric in its message, so "10" is told apart from 10', () => {
    expect(() => tierFor(telecomProgram, '10' as never)).toThrowError('metric: must be a whole number ≥ 0, got "10"');
    expect(() => tierFor(telecomProgram, 2.5)).toThrowError('metric: must be a whole number ≥ 0, got 2.5');
    // Anything but a primitive is named by its type: its toString, getters and proxy traps never run.
    for (const [metric, shown] of [[Object.create(null), 'an object'], [[Object.create(null)], 'an array'], [{ toString: () => '10' }, 'an object']] as const) {
      const e = policyErrorOf(() => tierFor(telecomProgram, metric as never));
      expect([e.code, e.issues]).toEqual(['INVALID_INPUT', [{ path: ['metric'], message: `must be a whole number ≥ 0, got ${shown}` }]]);
    }
  });

  it('is NOT_CONFIGURED for the cloud program, which has no tiers', () => {
    expect(() => tierFor(cloudProgram, 3)).toThrowError(expect.objectContaining({ code: 'NOT_CONFIGURED' }));
  });

  it('rejects a policy that is not one', () => {
    expect(() => tierFor({} as never, 3)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => tierFor(null as never, 3)).toThrowError(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });

  it('accepts a frozen policy rebuilt from JSON', () => {
    const p = Object.freeze(JSON.parse(JSON.stringify(telecomProgram)) as typeof telecomProgram);
    expect(tierFor(p, 10)).toBe('gold');
    expect(tierFor(p, 5)).toBe('silver');
  });
});
