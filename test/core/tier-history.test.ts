import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../src/core/dates.js';
import { tierAt, tierTimeline } from '../../src/core/tier-history.js';
import type { Tier } from '../../src/policy/types.js';
import { tierOn } from '../../src/tiers/index.js';
import { issueList, policyErrorOf } from '../helpers.js';

const TIER_WORDS = 'must be "gold", "silver" or "ordinary"';
const SHAPE_WORDS = 'must be a tier or an array of { tier, from } entries';
const ENTRY_WORDS = 'must be an object { tier, from }';
const DATE_WORDS = 'must be a real calendar date written YYYY-MM-DD';

function issuesOf(history: unknown): { path: (string | number)[]; message: string }[] {
  const e = policyErrorOf(() => tierTimeline(history, ['history']));
  expect(e.code).toBe('INVALID_INPUT');
  return issueList(e);
}

describe('tier timelines (TIER-2, TIER-4)', () => {
  it('takes one tier as that tier from the first supported date, 0001-01-01', () => {
    expect(tierTimeline('gold', ['history'])).toEqual({ froms: ['0001-01-01'], tiers: ['gold'] });
    expect(tierTimeline('ordinary', [])).toEqual({ froms: ['0001-01-01'], tiers: ['ordinary'] });
    expect(tierOn('silver', '0001-01-01')).toBe('silver');
  });

  it('names an unknown tier at the history’s path', () => {
    expect(issuesOf('platinum')).toEqual([{ path: ['history'], message: TIER_WORDS }]);
    expect(issuesOf('Gold')).toEqual([{ path: ['history'], message: TIER_WORDS }]);
    const e = policyErrorOf(() => tierOn('platinum' as never, '2026-05-01'));
    expect(issueList(e)).toEqual([{ path: ['history'], message: TIER_WORDS }]);
  });

  it('refuses anything that is neither a tier nor an array, in words, at the history’s path', () => {
    for (const bad of [undefined, null, 5, true, {}, { tier: 'gold', from: '2026-01-01' }, new Set([{ tier: 'gold', from: '2026-01-01' }])]) {
      expect(issuesOf(bad)).toEqual([{ path: ['history'], message: SHAPE_WORDS }]);
    }
    const e = policyErrorOf(() => tierOn({ tier: 'gold', from: '2026-01-01' } as never, '2026-05-01'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(issueList(e)).toEqual([{ path: ['history'], message: SHAPE_WORDS }]);
  });

  it('names each entry that is not an object, whatever it is', () => {
    expect(issuesOf([null, 'gold', 7, undefined, { tier: 'gold', from: '2026-01-01' }])).toEqual([
      { path: ['history', 0], message: ENTRY_WORDS },
      { path: ['history', 1], message: ENTRY_WORDS },
      { path: ['history', 2], message: ENTRY_WORDS },
      { path: ['history', 3], message: ENTRY_WORDS },
    ]);
  });

  it('leaves an entry with an unknown tier out of the same-date check: only its tier is reported', () => {
    expect(
      issuesOf([
        { tier: 'platinum', from: '2026-01-01' },
        { tier: 'gold', from: '2026-01-01' },
      ]),
    ).toEqual([{ path: ['history', 0, 'tier'], message: TIER_WORDS }]);
    expect(
      issuesOf([
        { tier: 'silver', from: '2026-04-01' },
        { tier: 'bronze', from: '2026-04-01' },
        { tier: 'gold', from: '2026-02-30' },
      ]),
    ).toEqual([
      { path: ['history', 1, 'tier'], message: TIER_WORDS },
      { path: ['history', 2, 'from'], message: DATE_WORDS },
    ]);
  });

  it('sorts entries by date whatever their order, across years and centuries', () => {
    const t = tierTimeline(
      [
        { tier: 'gold', from: '2026-10-01' },
        { tier: 'silver', from: '1999-12-31' },
        { tier: 'ordinary', from: '2026-07-01' },
        { tier: 'silver', from: '0001-01-01' },
        { tier: 'gold', from: '9999-12-31' },
        { tier: 'gold', from: '2100-03-01' },
      ],
      ['history'],
    );
    expect(t).toEqual({
      froms: ['0001-01-01', '1999-12-31', '2026-07-01', '2026-10-01', '2100-03-01', '9999-12-31'],
      tiers: ['silver', 'silver', 'ordinary', 'gold', 'gold', 'gold'],
    });
  });

  const tier = fc.constantFrom<Tier>('gold', 'silver', 'ordinary');
  const day = fc.integer({ min: toDay('0001-01-01'), max: toDay('9999-12-31') });
  const entries = fc.uniqueArray(fc.record({ tier, day }), { selector: (e) => e.day, maxLength: 120 });

  test.prop([entries.chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length })))])(
    'a history with distinct dates gives, in any order, the timeline sorted by date, and tierAt the latest tier on or before each date',
    ([es, shuffled]) => {
      const sorted = [...es].sort((a, b) => a.day - b.day);
      const t = tierTimeline(
        shuffled.map((e) => ({ tier: e.tier, from: fromDay(e.day) })),
        ['history'],
      );
      expect(t.froms).toEqual(sorted.map((e) => fromDay(e.day)));
      expect(t.tiers).toEqual(sorted.map((e) => e.tier));
      for (const [i, e] of sorted.entries()) {
        expect(tierAt(t, fromDay(e.day))).toBe(e.tier);
        // the day before an entry still has the previous entry's tier, or ordinary before the first (TIER-4)
        if (e.day > toDay('0001-01-01')) expect(tierAt(t, fromDay(e.day - 1))).toBe(i === 0 ? 'ordinary' : sorted[i - 1]!.tier);
      }
    },
  );
});
