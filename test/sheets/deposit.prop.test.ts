import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CP_REQUIRED_DEPOSIT_WHOLESALE, CP_WHOLESALE_STATUS } from '../../src/sheets/index.js';
import { centsArb, moneyCellOf, moneyText } from './arbitraries.js';
import { centsOfNumber } from './helpers.js';

describe('wholesale deposit properties', () => {
  test.prop([centsArb(100_000_000_00n).chain((c) => fc.tuple(fc.constant(c), moneyCellOf(c)))])(
    'for any monthly traffic, the required deposit is max(100,000, traffic rounded up to whole units) (DEP-5)',
    ([cents, cell]) => {
      const roundedUp = ((cents + 99n) / 100n) * 100n;
      const expected = roundedUp > 10_000_000n ? roundedUp : 10_000_000n;
      expect(centsOfNumber(CP_REQUIRED_DEPOSIT_WHOLESALE(cell))).toBe(expected);
    },
  );

  test.prop([centsArb(), centsArb(), centsArb()])(
    'for any active agent, service is suspended exactly when unsettled traffic reaches the balance (DEP-5)',
    (balance, traffic, monthly) => {
      const status = CP_WHOLESALE_STATUS(moneyText(balance), moneyText(traffic), moneyText(monthly));
      expect(status).toBe(traffic >= balance ? 'suspended' : 'active');
    },
  );
});
