import fc from 'fast-check';
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkFigure } from '../../src/core/money.js';
import { instantToEpoch, isIsoDate } from '../../src/core/dates.js';
import { businessCalendar } from '../../src/periods/index.js';
import { usePolicy } from '../../src/policy/seal.js';
import { scoreBids } from '../../src/bids/index.js';
import { commissionStatement } from '../../src/commission/index.js';
import { resolveOwnership } from '../../src/conflict/index.js';
import { settleDeposit, wholesaleStatus } from '../../src/deposit/index.js';
import { routeLead } from '../../src/leads/index.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import {
  bidsArb,
  calendarInputArb,
  claimsArb,
  instantArb,
  isoDateArb,
  leadScenarioArb,
  moneyArb,
  ownershipInputArb,
  policyArb,
  settleDepositInputArb,
  statementInputArb,
  tierHistoryArb,
  wholesaleStatusInputArb,
} from '../../src/testing/index.js';
import { tierFor, tierOn } from '../../src/tiers/index.js';

describe('the testing kit generates valid input by construction', () => {
  test.prop([isoDateArb({ from: '2026-02-01', to: '2026-03-31' })])('dates are real and inside the range', (d) => {
    expect(isIsoDate(d)).toBe(true);
    expect(d >= '2026-02-01' && d <= '2026-03-31').toBe(true);
  });

  test.prop([instantArb({ from: '2026-01-01', to: '2026-01-31' })])('instants carry an offset and fall on a UTC day in range', (i) => {
    const ms = instantToEpoch(i);
    expect(ms).not.toBeNull();
    const day = new Date(ms!).toISOString().slice(0, 10);
    expect(day >= '2026-01-01' && day <= '2026-01-31').toBe(true);
  });

  test.prop([moneyArb({ minCents: 5, maxCents: 1000 })])('money is accepted as cash and stays within the cent bounds', (m) => {
    const d = checkFigure(m, 'cash', 2);
    expect(typeof d).not.toBe('string');
    const cents = Number((d as { times(n: number): { toString(): string } }).times(100).toString());
    expect(cents >= 5 && cents <= 1000).toBe(true);
  });

  test.prop([tierHistoryArb(), isoDateArb()])('tier histories are accepted by tierOn', (h, on) => {
    expect(['gold', 'silver', 'ordinary']).toContain(tierOn(h, on));
  });

  test.prop([calendarInputArb({ customWeekend: true })])('calendar inputs are accepted by businessCalendar', (input) => {
    expect(businessCalendar(input).holidays).toHaveLength(input.holidays.length);
  });

  test.prop([policyArb()], { numRuns: 50 })('policies are valid, frozen and keep ordinary at metric 0 where tiers exist', (p) => {
    expect(usePolicy(p)).toBe(p);
    expect(Object.isFrozen(p)).toBe(true);
    if (p.tiers !== null) expect(tierFor(p, 0)).toBe('ordinary');
  });

  it('honours the date range and rejects an inverted one', () => {
    expect(() => isoDateArb({ from: '2026-02-01', to: '2026-01-01' })).toThrowError(RangeError);
    expect(fc.sample(isoDateArb({ from: '2026-05-05', to: '2026-05-05' }), 3)).toEqual(['2026-05-05', '2026-05-05', '2026-05-05']);
  });
});

describe('the module arbitraries are accepted by their functions', () => {
  test.prop([settleDepositInputArb], { numRuns: 50 })('settlement inputs settle', (input) => {
    expect(settleDeposit(telecomProgram, input).deductions.length + settleDeposit(telecomProgram, input).skipped.length).toBe(input.claims.length);
  });

  test.prop([wholesaleStatusInputArb], { numRuns: 50 })('wholesale inputs give a status', (input) => {
    expect(['active', 'suspended']).toContain(wholesaleStatus(telecomProgram, input).status);
  });

  test.prop([leadScenarioArb()], { numRuns: 50 })('lead scenarios route', ({ lead, context }) => {
    expect(['online-ops', 'telesales', 'service-center']).toContain(routeLead(cloudProgram, lead, context).owner);
  });

  test.prop([bidsArb()], { numRuns: 30 })('bid rounds score, every bid ranked or ineligible', (bids) => {
    const r = scoreBids(cloudProgram, { bids });
    expect(r.ranked.length + r.ineligible.length).toBe(bids.length);
  });

  test.prop([claimsArb])('claim lists have distinct ids', (claims) => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });
});

describe('the commission arbitraries are accepted by commissionStatement', () => {
  test.prop([statementInputArb({ forms: ['string', 'number', 'decimal'] })], { numRuns: 50 })(
    'statement inputs give statements whose totals add up',
    (input) => {
      const s = commissionStatement(telecomProgram, input);
      const sum = s.lines.reduce((acc, l) => acc + BigInt(l.commission.replace('.', '')), 0n);
      expect(BigInt(s.totals.commission.replace('.', ''))).toBe(sum);
    },
  );

  test.prop([statementInputArb({ lines: ['ecs', 'oss'], marginLines: [], period: { from: '2026-09-01', to: '2026-09-30' }, outsideShare: 0 })], { numRuns: 30 })(
    'with no share outside, every receipt falls in the period and none is warned about',
    (input) => {
      const s = commissionStatement(cloudProgram, input);
      expect(s.warnings.filter((w) => w.code === 'OUTSIDE_PERIOD')).toEqual([]);
    },
  );
});

describe('the registration arbitraries are accepted by resolveOwnership', () => {
  test.prop([ownershipInputArb({ maxRegistrations: 12 })], { numRuns: 50 })(
    'results name customers of the input, once each and sorted, with at most one owner',
    (input) => {
      const results = resolveOwnership(telecomProgram, input);
      const ids = results.map((r) => r.customerId);
      const known = new Set(input.registrations.map((r) => r.customerId));
      expect(ids.every((id) => known.has(id))).toBe(true);
      expect(ids).toEqual([...new Set(ids)].sort());
      for (const r of results) if (r.owner !== null) expect(r.candidates).toEqual([]);
    },
  );
});
