/**
 * Arbitraries for the shared building blocks: dates, instants, money, tiers.
 * @module
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { fromDay, toDay, type Instant, type IsoDate } from '../core/dates.js';
import type { MoneyInput } from '../core/money.js';
import type { Tier } from '../policy/types.js';

/** A date range for generated dates, inclusive. */
export interface DateRange {
  /** Earliest date; default `2024-01-01`. */
  readonly from?: IsoDate;
  /** Latest date; default `2028-12-31`. */
  readonly to?: IsoDate;
}

function dayRange(range: DateRange = {}): { min: number; max: number } {
  const min = toDay(range.from ?? '2024-01-01');
  const max = toDay(range.to ?? '2028-12-31');
  if (!(min <= max)) throw new RangeError('dateRange: from must not be after to');
  return { min, max };
}

/**
 * A real calendar date `YYYY-MM-DD` within `range` (default 2024–2028).
 *
 * @example
 * fc.sample(isoDateArb({ from: '2026-01-01', to: '2026-01-31' }), 1); //=> ['2026-01-17'] (for example)
 */
export function isoDateArb(range: DateRange = {}): fc.Arbitrary<IsoDate> {
  return fc.integer(dayRange(range)).map(fromDay);
}

/**
 * An ISO instant with an offset (`Z` or ±HH:MM between −12:00 and +14:00, in
 * whole quarter hours) whose calendar day in UTC lies within `range`.
 *
 * @example
 * fc.sample(instantArb(), 1); //=> ['2026-03-05T07:12:09+08:00'] (for example)
 */
export function instantArb(range: DateRange = {}): fc.Arbitrary<Instant> {
  const { min, max } = dayRange(range);
  return fc
    .record({
      day: fc.integer({ min, max }),
      ms: fc.integer({ min: 0, max: 86_399 }).map((s) => s * 1000),
      offset: fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
    })
    .map(({ day, ms, offset }) => {
      const local = new Date(day * 86_400_000 + ms + offset * 60_000).toISOString().slice(0, 19);
      if (offset === 0) return `${local}Z`;
      const abs = Math.abs(offset);
      return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    });
}

/** Options for generated money. */
export interface MoneyOptions {
  /** Smallest amount, in minor units (cents); default 0. */
  readonly minCents?: number;
  /** Largest amount, in minor units (cents); default 10,000,000.00 yuan. */
  readonly maxCents?: number;
  /** Which input forms to produce; default all three. */
  readonly forms?: readonly ('string' | 'number' | 'decimal')[];
}

/**
 * A cash amount as a valid `MoneyInput`: a plain decimal string, a number or a
 * `Decimal`, with at most 2 places, never negative.
 *
 * @example
 * fc.sample(moneyArb({ maxCents: 10_000 }), 3); //=> ['12.30', 47.5, Decimal('0.07')] (for example)
 */
export function moneyArb(options: MoneyOptions = {}): fc.Arbitrary<MoneyInput> {
  const min = options.minCents ?? 0;
  const max = options.maxCents ?? 1_000_000_000;
  const forms = options.forms ?? ['string', 'number', 'decimal'];
  return fc.tuple(fc.integer({ min, max }), fc.constantFrom(...forms)).map(([cents, form]) => {
    const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    if (form === 'number') return Number(text);
    if (form === 'decimal') return new Decimal(text);
    return text;
  });
}

/**
 * A partner tier.
 *
 * @example
 * fc.assert(fc.property(tierArb(), (t) => ['gold', 'silver', 'ordinary'].includes(t)));
 */
export function tierArb(): fc.Arbitrary<Tier> {
  return fc.constantFrom<Tier>('gold', 'silver', 'ordinary');
}

/** Options for generated tier histories. */
export interface TierHistoryOptions extends DateRange {
  /** Most entries; default 8. */
  readonly maxEntries?: number;
}

/**
 * A tier history: `{ tier, from }` entries with distinct dates, in no
 * particular order, each taking effect on the first day of a quarter (TIER-2).
 *
 * @example
 * fc.sample(tierHistoryArb(), 1); //=> [[{ tier: 'gold', from: '2026-07-01' }, { tier: 'silver', from: '2025-04-01' }]]
 */
export function tierHistoryArb(options: TierHistoryOptions = {}): fc.Arbitrary<{ tier: Tier; from: IsoDate }[]> {
  const { min, max } = dayRange(options);
  const quarterStarts: IsoDate[] = [];
  for (let d = min; d <= max; d++) {
    const iso = fromDay(d);
    if (/-(01|04|07|10)-01$/.test(iso)) quarterStarts.push(iso);
  }
  if (quarterStarts.length === 0) return fc.constant([]);
  return fc.uniqueArray(fc.record({ tier: tierArb(), from: fc.constantFrom(...quarterStarts) }), {
    selector: (e) => e.from,
    maxLength: options.maxEntries ?? 8,
  });
}
