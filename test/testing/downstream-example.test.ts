/**
 * The downstream-testing guide's example, run as part of this suite so that it
 * stays true: a partner portal's own code and its property tests, written only
 * against the public API and the testing kit. docs/recipes/downstream-testing.md
 * shows the same file importing from 'channel-policy', 'channel-policy/<module>'.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PolicyError, cloudProgram, telecomProgram, type Money, type MoneyInput, type Policy } from '../../src/index.js';
import { requiredDeposit, settleDeposit } from '../../src/deposit/index.js';
import { routeLeads, type Lead } from '../../src/leads/index.js';
import { businessCalendar, monthRange, settlementCalendar } from '../../src/periods/index.js';
import { aLead, calendarInputArb, centersArb, isoDateArb, leadArb, moneyArb, policyArb, tierHistoryArb } from '../../src/testing/index.js';
import { tierFor, tierOn, type TierHistory } from '../../src/tiers/index.js';

// ---- The portal's own code (in your app it lives in src/, not in the test) ----

/** The deposit card of a partner's portal page: tier on a day, what it must hold, what it owes or holds extra. */
function depositCard(policy: Policy, history: TierHistory, on: string, balance: MoneyInput) {
  const tier = tierOn(history, on);
  const { amount: required } = requiredDeposit(policy, { tier });
  const { shortfall, excess } = settleDeposit(policy, { balance, required, asOf: on, claims: [] });
  return { tier, required, topUp: shortfall, excess };
}

/** The portal's form handler: a message for the user instead of an exception. */
function depositCardForm(form: { on: string; balance: string }) {
  try {
    return { ok: true as const, card: depositCard(telecomProgram, [], form.on, form.balance) };
  } catch (e) {
    if (e instanceof PolicyError) return { ok: false as const, code: e.code, fields: e.issues.map((i) => i.path.join('.')) };
    throw e;
  }
}

/** The portal's lead inboxes: lead indexes by who works them today. */
function leadInboxes(leads: readonly Lead[], asOf: string, centers: Record<string, string>): Map<string, number[]> {
  const inboxes = new Map<string, number[]>();
  routeLeads(cloudProgram, leads, { asOf, centers }).forEach((route, i) => {
    const inbox = route.owner === 'service-center' ? `center:${route.centerId}` : route.owner;
    inboxes.set(inbox, [...(inboxes.get(inbox) ?? []), i]);
  });
  return inboxes;
}

// ---- Its tests ----

/** Money results are strings at 2 places ("1234.50"): compare them as whole cents. */
const cents = (m: Money) => BigInt(m.replace('.', ''));

const history = tierHistoryArb({ from: '2025-01-01', to: '2027-12-31' });
const day = isoDateArb({ from: '2025-01-01', to: '2027-12-31' });
const balance = moneyArb({ maxCents: 20_000_000, forms: ['string'] }).map(String);

describe('the deposit card', () => {
  test.prop([history, day])('for any tier history, the required deposit is the one DEP-1 sets for the tier in effect', (h, on) => {
    const byBook = { gold: '90000.00', silver: '40000.00', ordinary: '5000.00' };
    const card = depositCard(telecomProgram, h, on, '0');
    expect(card.required).toBe(byBook[card.tier]);
  });

  test.prop([history, day, balance])(
    'for any balance, the top-up closes the gap to the required deposit exactly, and a card never shows both a top-up and an excess',
    (h, on, b) => {
      const card = depositCard(telecomProgram, h, on, b);
      expect(cents(card.topUp) - cents(card.excess)).toBe(cents(card.required) - cents(b));
      expect(cents(card.topUp) === 0n || cents(card.excess) === 0n).toBe(true);
    },
  );

  test.prop([fc.oneof(day, fc.string()), balance])(
    'whatever a user types as the date, the form shows a card or names the bad field, never crashes',
    (on, b) => {
      const r = depositCardForm({ on, balance: b });
      if (!r.ok) expect(r).toEqual({ ok: false, code: 'INVALID_INPUT', fields: ['on'] });
    },
  );
});

describe('the settlement calendar page', () => {
  const month = isoDateArb({ from: '2025-01-01', to: '2027-12-31' }).map((d) => d.slice(0, 7));

  test.prop([calendarInputArb({ from: '2025-01-01', to: '2028-03-31' }), month])(
    'for any published holiday list, every settlement date is a business day of the next month or later, in order',
    (holidays, m) => {
      const calendar = businessCalendar(holidays);
      const s = settlementCalendar(cloudProgram, { month: m, calendar });
      const dates = [s.statementOn, s.confirmBy, s.invoiceBy, s.paymentOn];
      for (const d of dates) expect(calendar.isBusinessDay(d)).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(s.statementOn > monthRange(m).to).toBe(true);
    },
  );
});

describe('the tier badge under any program variant', () => {
  test.prop([policyArb({ program: 'telecom' }), fc.nat(100), fc.nat(100)], { numRuns: 50 })(
    'more closed customers never earn a lower tier',
    (policy, a, b) => {
      const order = { ordinary: 0, silver: 1, gold: 2 };
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(order[tierFor(policy, lo)]).toBeLessThanOrEqual(order[tierFor(policy, hi)]);
    },
  );
});

describe('the lead inboxes', () => {
  // leadArb signs customers up between 2026 and 2029; asking after that, every lead is known.
  test.prop([fc.array(leadArb(), { maxLength: 20 }), centersArb], { numRuns: 50 })(
    'for any batch of leads, every lead sits in exactly one inbox, and a center only gets leads of its own region',
    (leads, centers) => {
      const inboxes = leadInboxes(leads, '2030-06-30', centers);
      expect([...inboxes.values()].flat().sort((a, b) => a - b)).toEqual(leads.map((_, i) => i));
      for (const [inbox, members] of inboxes) {
        if (!inbox.startsWith('center:')) continue;
        for (const i of members) expect(`center:${centers[leads[i]!.region]}`).toBe(inbox);
      }
    },
  );

  test('a Beijing sign-up without consumption reaches telesales on day 8 (LEAD-1, LEAD-2)', () => {
    const lead = aLead({ region: 'Beijing', signedUpOn: '2026-03-01' });
    expect(leadInboxes([lead], '2026-03-07', {})).toEqual(new Map([['online-ops', [0]]]));
    expect(leadInboxes([lead], '2026-03-08', {})).toEqual(new Map([['telesales', [0]]]));
  });
});
