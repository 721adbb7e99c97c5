/**
 * Ladder bounds may have more places than the currency (CONV-1). Whatever the
 * bounds, the bases of a ladder's slices add up to its volume, the cash
 * received (COM-1, CONV-2: totals are sums of their lines), each base is
 * within one minor unit of its exact slice for each bracket at its rate, and the commission is the exact
 * slice × rate rounded half-up once (COM-6).
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { expect } from 'vitest';
import { ladderSlices, sliceFigures } from '../../src/commission/assemble.js';

const Decimal = GlobalDecimal.clone({ precision: 60 });

/** How many brackets of a ladder have a rate. */
const bracketsAt = (brackets: readonly { rate: string }[], rate: string) => brackets.filter((b) => b.rate === rate).length;

/** Contiguous brackets from 0, bounds with 0-4 places, rates from a few, the last open. */
const ladderArb = fc
  .record({
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 0, maxLength: 5 }),
    places: fc.integer({ min: 0, max: 4 }),
    rates: fc.array(fc.constantFrom('0', '0.05', '0.1', '0.25', '0.5', '0.9', '1'), { minLength: 6, maxLength: 6 }),
  })
  .map(({ cuts, places, rates }) => {
    const bounds = ['0', ...[...cuts].sort((a, b) => a - b).map((c) => new Decimal(c).div(10 ** places).toFixed())];
    return bounds.map((from, i) => ({ from, to: i + 1 < bounds.length ? bounds[i + 1]! : null, rate: rates[i]! }));
  });

test.prop([ladderArb, fc.integer({ min: 0, max: 2 }), fc.bigInt({ min: 0n, max: 10n ** 9n })])(
  'marginal: the bases add up to the volume, each within a minor unit of its exact slice per bracket; commissions from the exact slices',
  (brackets, scale, volume) => {
    const slices = ladderSlices({ mode: 'marginal', brackets, volume }, scale);
    const figures = slices.map((s) => sliceFigures(s, scale));
    expect(figures.reduce((a, f) => a + f.base, 0n)).toBe(volume);
    slices.forEach((s, i) => {
      const exact = new Decimal(s.slice.toString()).div(new Decimal(10).pow(s.exp - scale));
      // Each bracket's base is off its exact part by less than one unit; a rate's slice joins its brackets.
      expect(exact.minus(figures[i]!.base.toString()).abs().lt(bracketsAt(brackets, s.rate))).toBe(true);
      const commission = exact.times(s.rate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      expect(figures[i]!.commission.toString()).toBe(commission.toFixed());
    });
  },
);

test.prop([ladderArb, fc.integer({ min: 0, max: 2 }), fc.bigInt({ min: 0n, max: 10n ** 9n })])(
  'whole: one slice, the whole volume, at the rate of the bracket the volume reaches',
  (brackets, scale, volume) => {
    const slices = ladderSlices({ mode: 'whole', brackets, volume }, scale);
    expect(slices).toHaveLength(1);
    expect(sliceFigures(slices[0]!, scale).base).toBe(volume);
    const v = new Decimal(volume.toString()).div(10 ** scale);
    const reached = brackets.find((b) => v.gte(b.from) && (b.to === null || v.lt(b.to)))!;
    expect(slices[0]!.rate).toBe(reached.rate);
  },
);
