/**
 * The tier in effect on a date, from a tier history (TIER-2, TIER-4, COM-5).
 * @module
 */
import { isIsoDate, toDay, type IsoDate } from './dates.js';
import { PolicyError, type PolicyIssue, unreadable } from './errors.js';
import type { Tier } from '../policy/types.js';

const TIERS: ReadonlySet<unknown> = new Set(['gold', 'silver', 'ordinary']);

/** A partner's tiers: one tier throughout, or the tier from each date on. */
export type TierHistory = Tier | readonly { readonly tier: Tier; readonly from: IsoDate }[];

/** A validated tier history, sorted by date, ready for repeated look-ups. */
export interface TierTimeline {
  readonly froms: readonly IsoDate[];
  readonly tiers: readonly Tier[];
}

/**
 * Validates a tier history (any order) and sorts it; throws with the path of
 * each bad entry. A history that cannot be read (a getter that throws, a
 * revoked proxy) is `INVALID_INPUT` at `path`.
 */
export function tierTimeline(history: unknown, path: readonly (string | number)[]): TierTimeline {
  try {
    return readTimeline(history, path);
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw new PolicyError('INVALID_INPUT', [{ path, message: unreadable(e) }]);
  }
}

function readTimeline(history: unknown, path: readonly (string | number)[]): TierTimeline {
  if (typeof history === 'string') {
    if (!TIERS.has(history)) throw new PolicyError('INVALID_INPUT', [{ path, message: 'must be "gold", "silver" or "ordinary"' }]);
    return { froms: ['0001-01-01'], tiers: [history as Tier] };
  }
  if (!Array.isArray(history)) {
    throw new PolicyError('INVALID_INPUT', [{ path, message: 'must be a tier or an array of { tier, from } entries' }]);
  }
  const issues: PolicyIssue[] = [];
  const entries: { tier: Tier; from: IsoDate }[] = [];
  // Every index, holes included: a hole is a missing entry, not a shorter history.
  for (let i = 0; i < history.length; i++) {
    const entry: unknown = history[i];
    if (typeof entry !== 'object' || entry === null) {
      issues.push({ path: [...path, i], message: 'must be an object { tier, from }' });
      continue;
    }
    const { tier, from } = entry as { tier?: unknown; from?: unknown };
    if (!TIERS.has(tier)) issues.push({ path: [...path, i, 'tier'], message: 'must be "gold", "silver" or "ordinary"' });
    if (!isIsoDate(from)) issues.push({ path: [...path, i, 'from'], message: 'must be a real calendar date written YYYY-MM-DD' });
    else if (TIERS.has(tier)) entries.push({ tier: tier as Tier, from });
  }
  entries.sort((a, b) => toDay(a.from) - toDay(b.from));
  // One issue per date, however many entries on it disagree.
  let reported: IsoDate | undefined;
  for (let i = 1; i < entries.length; i++) {
    const { from, tier } = entries[i]!;
    if (from === entries[i - 1]!.from && tier !== entries[i - 1]!.tier && from !== reported) {
      issues.push({ path, message: `two different tiers take effect on ${from}` });
      reported = from;
    }
  }
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  return { froms: entries.map((e) => e.from), tiers: entries.map((e) => e.tier) };
}

/** The tier in effect on `on`: the latest entry from on or before it, else ordinary (TIER-4). */
export function tierAt(timeline: TierTimeline, on: IsoDate): Tier {
  const { froms, tiers } = timeline;
  let lo = 0;
  let hi = froms.length; // first index whose from > on
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (froms[mid]! <= on) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 'ordinary' : tiers[lo - 1]!;
}
