/**
 * A hole in a tier history is a missing entry, refused at its index like any
 * other entry that is not an object { tier, from } (TIER-4, CONV-5); it is
 * never skipped as though the history were shorter.
 */
import { describe, expect, it } from 'vitest';
import { tierTimeline } from '../../src/core/tier-history.js';
import { tierOn } from '../../src/tiers/index.js';
import { policyErrorOf } from '../helpers.js';

describe('a tier history with a hole', () => {
  const history = [{ tier: 'gold', from: '2026-01-01' }, , { tier: 'silver', from: '2026-04-01' }];

  it('is refused at the hole', () => {
    expect(policyErrorOf(() => tierTimeline(history, ['tiers'])).issues).toEqual([{ path: ['tiers', 1], message: 'must be an object { tier, from }' }]);
  });

  it('is refused through tierOn too', () => {
    const e = policyErrorOf(() => tierOn(history as never, '2026-05-01'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.message)).toEqual(['must be an object { tier, from }']);
  });
});
