import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { tierOn } from '../../src/tiers/index.js';

const history = [
  { tier: 'gold', from: '2026-07-01' },
  { tier: 'silver', from: '2026-04-01' },
] as const;

describe('tierOn (TIER-2, TIER-4)', () => {
  it('gives the latest entry on or before the date, in any input order', () => {
    expect(tierOn(history, '2026-04-01')).toBe('silver');
    expect(tierOn(history, '2026-06-30')).toBe('silver');
    expect(tierOn(history, '2026-07-01')).toBe('gold');
    expect(tierOn(history, '2030-01-01')).toBe('gold');
  });

  it('is ordinary before the first entry and with no history (TIER-4)', () => {
    expect(tierOn(history, '2026-03-31')).toBe('ordinary');
    expect(tierOn([], '2026-03-31')).toBe('ordinary');
  });

  it('takes one tier for all dates', () => {
    expect(tierOn('silver', '1999-01-01')).toBe('silver');
  });

  it('accepts a repeated identical entry but not two tiers on one date', () => {
    expect(tierOn([...history, { tier: 'gold', from: '2026-07-01' }], '2026-08-01')).toBe('gold');
    expect(() => tierOn([...history, { tier: 'silver', from: '2026-07-01' }], '2026-08-01')).toThrowError(/two different tiers take effect on 2026-07-01/);
  });

  it('names each bad entry', () => {
    try {
      tierOn([{ tier: 'platinum', from: '2026-01-01' }, { tier: 'gold', from: '2026-02-30' }, null] as never, '2026-05-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).issues.map((i) => i.path)).toEqual([
        ['history', 0, 'tier'],
        ['history', 1, 'from'],
        ['history', 2],
      ]);
    }
    expect(() => tierOn('platinum' as never, '2026-05-01')).toThrowError(PolicyError);
    expect(() => tierOn(history, '2026-13-01')).toThrowError(/on: must be a real calendar date/);
  });

  it('turns a history that cannot be read into INVALID_INPUT at history', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const throwing = [
      Object.defineProperty({ tier: 'gold' }, 'from', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    ];
    for (const bad of [proxy, throwing]) {
      try {
        tierOn(bad as never, '2026-05-01');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyError);
        expect((e as PolicyError).code).toBe('INVALID_INPUT');
        expect((e as PolicyError).issues).toEqual([{ path: ['history'], message: expect.stringMatching(/^could not be read: /) as string }]);
      }
    }
  });

  it('does not reorder or change the caller’s array', () => {
    const input = Object.freeze([...history]);
    tierOn(input, '2026-05-01');
    expect(input).toEqual(history);
  });
});
