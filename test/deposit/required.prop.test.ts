import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { requiredDeposit } from '../../src/deposit/index.js';
import { definePolicy, telecomProgram } from '../../src/policy/index.js';
import { centsArb, moneyInputOf, tier } from './arbitraries.js';
import { cents, maxBig, money } from './helpers.js';

const MINIMUM = 10_000_000n; // 100,000.00 in cents (DEP-5)

/** Whole yuan at or above `c` cents, in cents. */
const ceilToYuan = (c: bigint) => ((c + 99n) / 100n) * 100n;

test.prop([tier])('for any tier, the required deposit is the figure DEP-1 gives that tier', (t) => {
  const byBook = { gold: '90000.00', silver: '40000.00', ordinary: '5000.00' };
  const r = requiredDeposit(telecomProgram, { tier: t });
  expect(r.amount).toBe(byBook[t]);
  expect(r.rules).toEqual(['DEP-1']);
});

test.prop([centsArb().chain((c) => fc.tuple(fc.constant(c), moneyInputOf(c)))])(
  'for any monthly traffic, the wholesale deposit is the larger of 100,000 and the traffic rounded up to whole yuan',
  ([c, monthlyTraffic]) => {
    const r = requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic } });
    expect(r.amount).toBe(money(maxBig(MINIMUM, ceilToYuan(c))));
    expect(r.basis).toBe(ceilToYuan(c) > MINIMUM ? 'traffic' : 'minimum');
    expect(r.rules).toEqual(['DEP-5']);
  },
);

test.prop([centsArb(), centsArb()])('more monthly traffic never lowers the wholesale deposit', (a, b) => {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const at = (c: bigint) => cents(requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic: money(c) } }).amount);
  expect(at(lo) <= at(hi)).toBe(true);
});

// A multiple with up to 6 places, as k / 10^6.
const multiple = fc.integer({ min: 0, max: 5_000_000 }).map((k) => ({ k: BigInt(k), text: (k / 1e6).toFixed(6) }));

test.prop([centsArb(1_000_000_000_000n), multiple], { numRuns: 50 })(
  'for any traffic multiple, the deposit is the smallest whole-yuan figure ≥ traffic × multiple, and never below the minimum',
  (c, m) => {
    const p = definePolicy(telecomProgram, { deposit: { wholesale: { trafficMultiple: m.text } } });
    const r = requiredDeposit(p, { wholesale: { monthlyTraffic: money(c) } });
    // traffic × multiple in cents is c × k / 10^6; round up to whole yuan = 100 × ceil(c × k / 10^8).
    const scaled = c * m.k;
    const yuan = (scaled + 99_999_999n) / 100_000_000n;
    expect(r.amount).toBe(money(maxBig(MINIMUM, yuan * 100n)));
    expect(cents(r.amount) * 1_000_000n >= c * m.k).toBe(true);
  },
);
