/**
 * A tier history with different tiers taking effect on one date is refused
 * with one issue for that date, however many of its entries disagree and in
 * whatever order they come (TIER-2: one tier per quarter, from its first day).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { tierTimeline } from '../../src/core/tier-history.js';
import { policyErrorOf } from '../helpers.js';

const on = (tier: string, from: string) => ({ tier, from });

describe('tierTimeline with tiers that disagree on one date', () => {
  it('reports the date once for three entries, whatever their order', () => {
    for (const history of [
      [on('gold', '2026-07-01'), on('silver', '2026-07-01'), on('gold', '2026-07-01')],
      [on('gold', '2026-07-01'), on('gold', '2026-07-01'), on('silver', '2026-07-01')],
      [on('silver', '2026-07-01'), on('ordinary', '2026-07-01'), on('gold', '2026-07-01')],
    ]) {
      expect(policyErrorOf(() => tierTimeline(history, ['tiers'])).issues).toEqual([
        { path: ['tiers'], message: 'two different tiers take effect on 2026-07-01' },
      ]);
    }
  });

  it('reports each date that has a disagreement, in date order', () => {
    const history = [on('gold', '2026-10-01'), on('silver', '2026-07-01'), on('ordinary', '2026-10-01'), on('gold', '2026-07-01'), on('gold', '2026-04-01')];
    expect(policyErrorOf(() => tierTimeline(history, [])).issues.map((i) => i.message)).toEqual([
      'two different tiers take effect on 2026-07-01',
      'two different tiers take effect on 2026-10-01',
    ]);
  });

  const tier = fc.constantFrom('gold', 'silver', 'ordinary');
  const date = fc.constantFrom('2026-01-01', '2026-04-01', '2026-07-01');
  test.prop([fc.array(fc.record({ tier, from: date }), { maxLength: 8 })])(
    'one issue per date whose entries name more than one tier, and none otherwise',
    (history) => {
      const tiersOn = new Map<string, Set<string>>();
      for (const e of history) tiersOn.set(e.from, (tiersOn.get(e.from) ?? new Set()).add(e.tier));
      const expected = [...tiersOn].filter(([, ts]) => ts.size > 1).map(([d]) => d).sort();
      let got: string[] = [];
      try {
        tierTimeline(history, []);
      } catch (e) {
        got = policyErrorOf(() => { throw e; }).issues.map((i) => i.message.replace('two different tiers take effect on ', ''));
      }
      expect(got).toEqual(expected);
    },
  );
});
