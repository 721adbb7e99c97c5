/**
 * The kit's shared arbitraries keep their documented contract: dates, instants
 * and money inside the ranges and forms asked for (with the ends of each range
 * actually produced), tiers and tier histories as TIER-2 has them.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkFigure } from '../../src/core/money.js';
import { instantToEpoch, isIsoDate } from '../../src/core/dates.js';
import { instantArb, isoDateArb, moneyArb, tierArb, tierHistoryArb } from '../../src/testing/index.js';
import { tierOn } from '../../src/tiers/index.js';
import { countOf, sampleOf } from './kit-sampling.js';

const QUARTER_START = /^\d{4}-(01|04|07|10)-01$/;

describe('isoDateArb', () => {
  it('by default gives real dates from 2024-01-01 to 2028-12-31, both ends included', () => {
    const dates = sampleOf(isoDateArb());
    expect(dates.every((d) => isIsoDate(d) && d >= '2024-01-01' && d <= '2028-12-31')).toBe(true);
    expect(dates).toContain('2024-01-01');
    expect(dates).toContain('2028-12-31');
  });

  it('keeps to a range given by its start alone or its end alone, the other end staying the default', () => {
    const late = sampleOf(isoDateArb({ from: '2028-06-01' }));
    expect(late.every((d) => d >= '2028-06-01' && d <= '2028-12-31')).toBe(true);
    expect(late).toContain('2028-06-01');
    const early = sampleOf(isoDateArb({ to: '2024-02-01' }));
    expect(early.every((d) => d >= '2024-01-01' && d <= '2024-02-01')).toBe(true);
    expect(early).toContain('2024-02-01');
  });

  it('covers a leap February exactly, 29 February included', () => {
    const dates = new Set(sampleOf(isoDateArb({ from: '2028-02-01', to: '2028-02-29' })));
    expect([...dates].sort()).toEqual(Array.from({ length: 29 }, (_, i) => `2028-02-${String(i + 1).padStart(2, '0')}`));
  });

  it('accepts a one-day range and refuses an inverted one with a RangeError that says why', () => {
    expect(sampleOf(isoDateArb({ from: '2026-05-05', to: '2026-05-05' }), 5)).toEqual(Array(5).fill('2026-05-05'));
    expect(() => isoDateArb({ from: '2026-05-06', to: '2026-05-05' })).toThrowError(new RangeError('dateRange: from must not be after to'));
    expect(() => instantArb({ from: '2026-05-06', to: '2026-05-05' })).toThrowError(new RangeError('dateRange: from must not be after to'));
  });
});

describe('instantArb', () => {
  const OFFSET = /(Z|([+-])(\d\d):(\d\d))$/;

  /** The offset of an instant in minutes east of UTC. */
  function offsetOf(instant: string): number {
    const m = OFFSET.exec(instant)!;
    if (m[1] === 'Z') return 0;
    const minutes = Number(m[3]) * 60 + Number(m[4]);
    return m[2] === '-' ? -minutes : minutes;
  }

  it('gives valid instants whose UTC day is in the range, by default 2024 to 2028', () => {
    for (const [range, from, to] of [
      [undefined, '2024-01-01', '2028-12-31'],
      [{ from: '2026-01-01', to: '2026-01-31' }, '2026-01-01', '2026-01-31'],
    ] as const) {
      const instants = sampleOf(instantArb(range));
      for (const i of instants) {
        const ms = instantToEpoch(i);
        expect(ms, i).not.toBeNull();
        const day = new Date(ms!).toISOString().slice(0, 10);
        expect(day >= from && day <= to, i).toBe(true);
      }
    }
  });

  it('writes offsets from -12:00 to +14:00 in whole quarter hours, a zero offset as Z, and produces both extremes', () => {
    const instants = sampleOf(instantArb({ from: '2026-03-01', to: '2026-03-31' }));
    expect(instants.every((i) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:(00|15|30|45))$/.test(i))).toBe(true);
    expect(instants.some((i) => /[+-]00:00$/.test(i))).toBe(false);
    const offsets = instants.map(offsetOf);
    expect(offsets.every((o) => o >= -720 && o <= 840)).toBe(true);
    expect(offsets).toContain(-720);
    expect(offsets).toContain(840);
    expect(offsets).toContain(0);
    expect(instants.some((i) => i.endsWith('Z'))).toBe(true);
  });

  it('spreads instants over the whole day, to the second', () => {
    const utc = sampleOf(instantArb({ from: '2026-03-10', to: '2026-03-10' })).map((i) => new Date(instantToEpoch(i)!).toISOString());
    expect(utc.every((t) => t.startsWith('2026-03-10T') && t.endsWith('.000Z'))).toBe(true);
    expect(utc.some((t) => t.slice(11, 13) < '06')).toBe(true);
    expect(utc.some((t) => t.slice(11, 13) >= '18')).toBe(true);
    expect(utc.some((t) => t.slice(17, 19) !== '00')).toBe(true);
    expect(utc).toContain('2026-03-10T23:59:59.000Z');
  });
});

describe('moneyArb', () => {
  it('by default gives all three input forms, each valid cash at 2 places, from 0.00 to 10,000,000.00', () => {
    const amounts = sampleOf(moneyArb());
    expect(countOf(amounts, (m) => typeof m === 'string')).toBeGreaterThan(0);
    expect(countOf(amounts, (m) => typeof m === 'number')).toBeGreaterThan(0);
    expect(countOf(amounts, (m) => Decimal.isDecimal(m))).toBeGreaterThan(0);
    const values = amounts.map((m) => checkFigure(m, 'cash', 2));
    expect(values.every((v) => typeof v !== 'string' && v.gte(0) && v.lte('10000000'))).toBe(true);
    expect(values.some((v) => typeof v !== 'string' && v.eq('10000000'))).toBe(true);
    expect(values.some((v) => typeof v !== 'string' && v.isZero())).toBe(true);
  });

  it('gives only the form asked for', () => {
    expect(sampleOf(moneyArb({ forms: ['number'] })).every((m) => typeof m === 'number')).toBe(true);
    expect(sampleOf(moneyArb({ forms: ['decimal'] })).every((m) => Decimal.isDecimal(m))).toBe(true);
    expect(sampleOf(moneyArb({ forms: ['string'] })).every((m) => typeof m === 'string' && /^\d+\.\d\d$/.test(m))).toBe(true);
  });

  it('stays within minCents and maxCents and reaches both', () => {
    const cents = sampleOf(moneyArb({ minCents: 5, maxCents: 1000, forms: ['string'] })).map((m) => Math.round(Number(m) * 100));
    expect(cents.every((c) => c >= 5 && c <= 1000)).toBe(true);
    expect(cents).toContain(5);
    expect(cents).toContain(1000);
  });
});

describe('tierArb', () => {
  it('gives the three tiers and nothing else', () => {
    expect([...new Set(sampleOf(tierArb(), 500))].sort()).toEqual(['gold', 'ordinary', 'silver']);
  });
});

describe('tierHistoryArb', () => {
  it('by default gives at most 8 entries on distinct quarter starts of 2024-2028, which tierOn accepts', () => {
    const histories = sampleOf(tierHistoryArb());
    for (const h of histories) {
      expect(h.length).toBeLessThanOrEqual(8);
      expect(h.every((e) => QUARTER_START.test(e.from) && e.from >= '2024-01-01' && e.from <= '2028-12-31')).toBe(true);
      expect(new Set(h.map((e) => e.from)).size).toBe(h.length);
      expect(['gold', 'silver', 'ordinary']).toContain(tierOn(h, '2026-06-30'));
    }
    expect(histories.some((h) => h.length === 8)).toBe(true);
    const starts = new Set(histories.flatMap((h) => h.map((e) => e.from)));
    expect(starts.size).toBe(20);
    expect(new Set(histories.flatMap((h) => h.map((e) => e.tier)))).toEqual(new Set(['gold', 'silver', 'ordinary']));
  });

  it('includes a quarter start on either end of the range', () => {
    const starts = new Set(sampleOf(tierHistoryArb({ from: '2026-04-01', to: '2026-07-01' }), 500).flatMap((h) => h.map((e) => e.from)));
    expect([...starts].sort()).toEqual(['2026-04-01', '2026-07-01']);
  });

  it('gives only empty histories for a range with no quarter start', () => {
    expect(sampleOf(tierHistoryArb({ from: '2026-01-02', to: '2026-03-31' }), 50).every((h) => Array.isArray(h) && h.length === 0)).toBe(true);
  });

  it('keeps to maxEntries and reaches it', () => {
    const lengths = sampleOf(tierHistoryArb({ maxEntries: 2 })).map((h) => h.length);
    expect(Math.max(...lengths)).toBe(2);
  });
});
