import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CP_COMMISSION, CP_RATE } from '../../src/sheets/index.js';
import { centsArb, isoDateArb, moneyCellOf, moneyText, tierCellArb } from './arbitraries.js';
import { centsOfNumber } from './helpers.js';

/** Half-up rounding of cents × rate, with the rate as exact tenths (all telecom and cloud preset rates are). */
function commissionCents(cents: bigint, rate: number): bigint {
  const tenths = BigInt(Math.round(rate * 10));
  expect(Number(tenths) / 10).toBe(rate); // the oracle only handles whole tenths
  return (cents * tenths + 5n) / 10n;
}

const line = fc.constantFrom('port', 'conference');

describe('CP_COMMISSION properties', () => {
  test.prop([centsArb(), line, tierCellArb, isoDateArb('2024-01-01', 800), isoDateArb('2024-01-01', 1600)])(
    'for any amount received, the commission is the amount × the rate of CP_RATE, rounded half-up once to the cent (COM-6, CONV-2)',
    (cents, l, { cell }, start, on) => {
      const rate = CP_RATE(l, cell, start, on);
      expect(centsOfNumber(CP_COMMISSION(moneyText(cents), l, cell, start, on))).toBe(commissionCents(cents, rate));
    },
  );

  test.prop([centsArb().chain((c) => fc.tuple(fc.constant(c), moneyCellOf(c))), isoDateArb()])(
    'for any amount, the number a sheet holds and the amount as text give the same commission',
    ([cents, cell], on) => {
      expect(CP_COMMISSION(cell, 'ecs', '', '', on, '', 'cloud')).toBe(CP_COMMISSION(moneyText(cents), 'ecs', '', '', on, '', 'cloud'));
    },
  );

  test.prop([centsArb(), centsArb()])(
    'for any margin receipt, the commission is the amount less the cost, or 0 when the cost is higher (COM-2)',
    (amount, cost) => {
      const got = CP_COMMISSION(moneyText(amount), 'margin', '', '2025-03-01', '2025-06-15', moneyText(cost));
      expect(centsOfNumber(got)).toBe(amount > cost ? amount - cost : 0n);
    },
  );
});
