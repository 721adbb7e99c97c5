import { checkDate, type IsoDate } from '../core/dates.js';
import { tierAt, tierTimeline, type TierHistory } from '../core/tier-history.js';
import type { Tier } from '../policy/types.js';

/**
 * The tier in effect on a date (TIER-2, TIER-4): the latest history entry
 * taking effect on or before `on`. Before the first entry, or with an empty
 * history, a partner is ordinary. Entries may come in any order.
 *
 * @param history - One tier throughout, or `{ tier, from }` entries.
 * @param on - The date asked about.
 * @returns The tier in effect.
 * @throws {PolicyError} `INVALID_INPUT` for a bad entry, a bad date, or two
 *   different tiers taking effect on one date.
 *
 * @example
 * const history = [{ tier: 'silver', from: '2026-04-01' }, { tier: 'gold', from: '2026-07-01' }];
 * tierOn(history, '2026-03-31'); //=> 'ordinary'
 * tierOn(history, '2026-05-15'); //=> 'silver'
 * tierOn(history, '2026-07-01'); //=> 'gold'
 */
export function tierOn(history: TierHistory, on: IsoDate): Tier {
  const timeline = tierTimeline(history, ['history']);
  return tierAt(timeline, checkDate(on, ['on']));
}
