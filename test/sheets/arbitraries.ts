/**
 * fast-check arbitraries for spreadsheet cells, valid by construction (they
 * are meant to move into the public testing kit). Dates are built from day
 * numbers and serials with integer arithmetic: no machine time zone involved.
 */
import fc from 'fast-check';
import { fromDay, toDay } from '../../src/core/dates.js';
import type { Tier } from '../../src/policy/types.js';

/** Day 0 of spreadsheet serials (1899-12-30) as a day number. */
export const SERIAL_DAY0 = toDay('1899-12-30');

/** The serial of an ISO date, computed independently of the library's converter. */
export function serialOf(date: string): number {
  return toDay(date) - SERIAL_DAY0;
}

/** A date from `from` spanning `days` days, as `YYYY-MM-DD`. */
export function isoDateArb(from = '2024-01-01', days = 1500): fc.Arbitrary<string> {
  const day0 = toDay(from);
  return fc.integer({ min: 0, max: days }).map((n) => fromDay(day0 + n));
}

/** A date cell: the date as text, or its serial, sometimes with a time of day. */
export function dateCellOf(date: string): fc.Arbitrary<string | number> {
  const serial = serialOf(date);
  return fc.oneof(fc.constant(date), fc.constant(serial), fc.double({ min: 0, max: 0.999, noNaN: true }).map((t) => serial + t));
}

/** A date cell around 2024–2028 together with its ISO date. */
export const dateCellArb: fc.Arbitrary<{ iso: string; cell: string | number }> = isoDateArb().chain((iso) =>
  dateCellOf(iso).map((cell) => ({ iso, cell })),
);

/** Integer cents up to `max`, biased towards small sums and round figures. */
export function centsArb(max = 10_000_000_000n): fc.Arbitrary<bigint> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.bigInt({ min: 0n, max: 10_000_000n }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: max / 100n }).map((u) => u * 100n) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max }) },
  );
}

/** Cents as money text at scale 2 ("1234.50"). */
export function moneyText(c: bigint): string {
  return `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
}

/**
 * A money cell for `c` cents: the number a spreadsheet holds (the double
 * nearest the amount, sometimes as a formula would leave it, e.g. 0.1 + 0.2),
 * or the amount as text.
 */
export function moneyCellOf(c: bigint): fc.Arbitrary<string | number> {
  const text = moneyText(c);
  return fc.constantFrom<string | number>(text, Number(text), Number(c) / 100, (Number(c) - 1) / 100 + 0.01);
}

/** A partner tier as a cell: any case, sometimes with spaces, or its name in the source. */
export const tierCellArb: fc.Arbitrary<{ tier: Tier; cell: string }> = fc
  .constantFrom<Tier>('gold', 'silver', 'ordinary')
  .chain((tier) => {
    const source = { gold: '金牌渠道', silver: '银牌渠道', ordinary: '普通渠道' }[tier];
    return fc
      .constantFrom(tier, tier.toUpperCase(), ` ${tier[0]!.toUpperCase()}${tier.slice(1)} `, source)
      .map((cell) => ({ tier, cell }));
  });

/** An empty cell as the hosts pass one. */
export const emptyCellArb: fc.Arbitrary<null | undefined | string> = fc.constantFrom(null, undefined, '', '  ');

/** A cell that is no number at all: text, a boolean, a range, an object, a Date. */
export const notANumberArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.string().filter((s) => s.trim() === '' || Number.isNaN(Number(s))),
  fc.boolean(),
  fc.constant([[1]]),
  fc.constant({}),
  fc.constant(new Date(0)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

/** A score cell 0–100 with at most 2 places, as number or text, with its exact hundredths. */
export const scoreCellArb: fc.Arbitrary<{ hundredths: number; cell: number | string }> = fc
  .integer({ min: 0, max: 10_000 })
  .chain((h) => fc.constantFrom<number | string>(h / 100, String(h / 100)).map((cell) => ({ hundredths: h, cell })));

const INSTANT0 = Date.UTC(2026, 2, 1); // a fixed instant: no machine time zone involved

/** An instant `minutes` after 2026-03-01T00:00Z, written in UTC or at +08:00. */
export function instantAt(minutes: number, beijing: boolean): string {
  const ms = INSTANT0 + minutes * 60_000 + (beijing ? 8 * 3_600_000 : 0);
  const text = new Date(ms).toISOString().slice(0, 19);
  return beijing ? `${text}+08:00` : `${text}Z`;
}

/** Registration rows of one customer `C1` (and a stray row of `C2`), as a sheet holds them. */
export const registrationRowsArb: fc.Arbitrary<string[][]> = fc
  .uniqueArray(
    fc.record({
      party: fc.constantFrom(['partner', 'P1'], ['partner', 'P2'], ['direct', 'KA1'], ['direct', 'KA2']),
      // Coarse minutes so that simultaneous registrations happen often.
      minutes: fc.integer({ min: 0, max: 6 }).map((n) => n * 60 * 24 * 7),
      beijing: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5, selector: (r) => `${r.party[1]!}@${r.minutes}` },
  )
  .map((rows) => [
    ...rows.map((r, i) => [`R${i + 1}`, 'C1', r.party[0]!, r.party[1]!, instantAt(r.minutes, r.beijing)]),
    ['S1', 'C2', 'partner', 'P9', instantAt(0, false)],
  ]);
