import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, fromDay, toDay } from '../../src/core/dates.js';
import { routeLead } from '../../src/leads/index.js';
import type { Lead, LeadContext, LeadOwner, LeadStatus } from '../../src/leads/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { LINES, TELESALES_REGIONS, knownOn, regionArb, scenarioArb } from './arbitraries.js';
import { deepFreeze, policyErrorOf, snapshot } from './helpers.js';

const TELESALES = new Set<string>(TELESALES_REGIONS);

/**
 * An independent model: walks the calendar one day at a time from the
 * sign-up to asOf, applying the day's transitions and then its records.
 */
function simulate(lead: Lead, context: LeadContext, qualifying: ReadonlySet<string> | null = null) {
  const signedUp = toDay(lead.signedUpOn);
  const asOf = toDay(context.asOf);
  const transferable = signedUp + 7;
  const consumedOn = (d: number) => (lead.consumption ?? []).filter((c) => toDay(c.on) === d);
  const recorded = lead.transferredOn !== undefined && lead.transferredOn <= context.asOf ? toDay(lead.transferredOn) : null;
  const confirmed = lead.confirmedOn !== undefined && lead.confirmedOn <= context.asOf ? toDay(lead.confirmedOn) : null;
  const center = Object.prototype.hasOwnProperty.call(context.centers, lead.region) ? context.centers[lead.region]! : null;
  let status: LeadStatus = 'new';
  let owner: LeadOwner = 'online-ops';
  let centerId: string | null = null;
  let transferred: number | null = null;
  for (let d = signedUp; d <= asOf; d++) {
    if (status === 'new' && d === transferable) {
      if (TELESALES.has(lead.region)) {
        status = 'transferred';
        owner = 'telesales';
        transferred = recorded ?? d;
      } else status = center === null ? 'no-center' : 'awaiting-confirmation';
    }
    if (status === 'awaiting-confirmation' && confirmed !== null && d >= confirmed) {
      status = 'transferred';
      owner = 'service-center';
      centerId = center;
      transferred = recorded ?? d;
    }
    if (status === 'transferred' && d === transferred! + 60) {
      status = 'flowed-back';
      owner = 'online-ops';
      centerId = null;
    }
    for (const c of consumedOn(d)) {
      if (status === 'new') status = 'consumed';
      else if (status === 'transferred' && d >= transferred! && (qualifying === null || qualifying.has(c.line))) status = 'converted';
    }
  }
  return { owner, status, centerId, transferredOn: transferred === null ? null : fromDay(transferred) };
}

const scenario = scenarioArb();

describe('routeLead properties', () => {
  test.prop([scenario])('for any lead, the route equals a day-by-day walk of LEAD-1 to LEAD-3 from the sign-up to asOf', ({ lead, context }) => {
    const route = routeLead(cloudProgram, lead, context);
    expect({ owner: route.owner, status: route.status, centerId: route.centerId, transferredOn: route.transferredOn }).toEqual(simulate(lead, context));
  });

  const qualifying = fc.subarray([...LINES], { minLength: 1 });
  test.prop([scenario, qualifying])('for any qualifying lines, only consumption on those lines keeps a transferred lead (LEAD-3)', ({ lead, context }, lines) => {
    const policy = definePolicy(cloudProgram, { leads: { qualifyingLines: lines } });
    const route = routeLead(policy, lead, context);
    expect({ owner: route.owner, status: route.status, centerId: route.centerId, transferredOn: route.transferredOn }).toEqual(
      simulate(lead, context, new Set(lines)),
    );
  });

  test.prop([scenario])('for any lead, records dated after asOf change nothing: they are not yet known', ({ lead, context }) => {
    expect(routeLead(cloudProgram, lead, context)).toEqual(routeLead(cloudProgram, knownOn(lead, context.asOf), context));
  });

  test.prop([scenario, fc.integer({ min: 1, max: 400 })])(
    'for any lead, the route stays the same on every day before nextCheckOn, changes on it, and never changes when it is null',
    ({ lead, context }, later) => {
      const known = knownOn(lead, context.asOf);
      const route = routeLead(cloudProgram, known, context);
      const on = (asOf: string) => routeLead(cloudProgram, known, { ...context, asOf });
      if (route.nextCheckOn === null) {
        expect(on(addDays(context.asOf, later))).toEqual(route);
      } else {
        expect(route.nextCheckOn > context.asOf).toBe(true);
        const span = toDay(route.nextCheckOn) - toDay(context.asOf);
        expect(on(addDays(context.asOf, later % span))).toEqual(route);
        expect(on(addDays(route.nextCheckOn, -1))).toEqual(route);
        expect(on(route.nextCheckOn).status).not.toBe(route.status);
      }
    },
  );

  test.prop([scenario])('for any lead with consumption in its first 7 days, online operations keeps it and it is never transferred (LEAD-1)', ({ lead, context }) => {
    const early = (lead.consumption ?? []).filter((c) => c.on < addDays(lead.signedUpOn, 7) && c.on <= context.asOf);
    const route = routeLead(cloudProgram, lead, context);
    if (early.length > 0) expect(route).toMatchObject({ owner: 'online-ops', status: 'consumed', transferredOn: null, nextCheckOn: null });
    else expect(route.status).not.toBe('consumed');
  });

  test.prop([scenario])('for any lead, telesales works only telesales-region leads and a center only its own region, after day 8 (LEAD-1, LEAD-2)', ({ lead, context }) => {
    const route = routeLead(cloudProgram, lead, context);
    if (route.owner === 'telesales') expect(TELESALES.has(lead.region)).toBe(true);
    if (route.owner === 'service-center') {
      expect(TELESALES.has(lead.region)).toBe(false);
      expect(route.centerId).toBe(context.centers[lead.region]);
      expect(lead.confirmedOn! <= context.asOf).toBe(true);
    } else expect(route.centerId).toBeNull();
    if (route.owner !== 'online-ops') expect(context.asOf >= route.transferableOn).toBe(true);
    expect(route.transferableOn).toBe(addDays(lead.signedUpOn, 7));
  });

  test.prop([scenario])('for any transferred lead, the flow-back day is 60 days after the transfer, and a flowed-back lead is with online operations (LEAD-3)', ({ lead, context }) => {
    const route = routeLead(cloudProgram, lead, context);
    if (route.flowBackOn !== null) expect(route.flowBackOn).toBe(addDays(route.transferredOn!, 60));
    if (route.status === 'flowed-back') {
      expect(route.owner).toBe('online-ops');
      expect(context.asOf >= route.flowBackOn!).toBe(true);
    }
    if (route.transferredOn !== null) expect(route.transferredOn >= route.transferableOn && route.transferredOn <= context.asOf).toBe(true);
    expect(route.rules[0]).toBe('LEAD-1');
  });

  test.prop([scenario, fc.nat()])('for any lead, the order of its consumption records does not matter', ({ lead, context }, seed) => {
    const list = [...(lead.consumption ?? [])];
    const shuffled = list.map((c, i) => ({ c, k: (i * 7919 + seed) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.c);
    expect(routeLead(cloudProgram, { ...lead, consumption: shuffled }, context)).toEqual(routeLead(cloudProgram, lead, context));
  });

  test.prop([scenario])('for any lead, routing a deeply frozen copy works and changes nothing', ({ lead, context }) => {
    const before = snapshot({ lead, context });
    const frozen = deepFreeze(structuredClone({ lead, context }));
    expect(routeLead(cloudProgram, frozen.lead, frozen.context)).toEqual(routeLead(cloudProgram, lead, context));
    expect(snapshot({ lead, context })).toEqual(before);
  });

  const signUpArb = fc.integer({ min: toDay('2020-01-01'), max: toDay('2030-12-31') }).map(fromDay);

  test.prop([signUpArb, regionArb, fc.integer({ min: 0, max: 6 })])(
    'for any sign-up, a transfer recorded on days 1 to 7 is refused with day 8 in the message, and one on day 8 is not (LEAD-1)',
    (signedUpOn, region, k) => {
      const lead = { signedUpOn, region, confirmedOn: signedUpOn, transferredOn: addDays(signedUpOn, k) };
      const context = { asOf: addDays(signedUpOn, 30), centers: { [region]: 'sc-1' } };
      expect(policyErrorOf(() => routeLead(cloudProgram, lead, context)).issues).toEqual([
        { path: ['transferredOn'], message: `is before ${addDays(signedUpOn, 7)}, the day the sign-up becomes a lead (LEAD-1)` },
      ]);
      const route = routeLead(cloudProgram, { ...lead, transferredOn: addDays(signedUpOn, 7) }, context);
      expect([route.transferredOn, route.flowBackOn]).toEqual([addDays(signedUpOn, 7), addDays(signedUpOn, 67)]);
    },
  );

  test.prop([signUpArb, regionArb, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 7, max: 66 })])(
    'for any sign-up, consumption on days 1 to 7 contradicts a recorded transfer, and consumption from day 8 on keeps the lead instead (LEAD-1, LEAD-3)',
    (signedUpOn, region, early, later) => {
      const transferredOn = addDays(signedUpOn, 7);
      const base = { signedUpOn, region, confirmedOn: signedUpOn, transferredOn };
      const context = { asOf: addDays(signedUpOn, 90), centers: { [region]: 'sc-1' } };
      const consumedOn = addDays(signedUpOn, early);
      expect(policyErrorOf(() => routeLead(cloudProgram, { ...base, consumption: [{ on: consumedOn, line: 'ecs' }] }, context)).issues).toEqual([
        { path: ['transferredOn'], message: `is recorded, but the customer consumed on ${consumedOn}, within the first 7 days, so the sign-up never became a lead (LEAD-1)` },
      ]);
      const kept = routeLead(cloudProgram, { ...base, consumption: [{ on: addDays(signedUpOn, later), line: 'ecs' }] }, context);
      expect([kept.status, kept.transferredOn, kept.nextCheckOn]).toEqual(['converted', transferredOn, null]);
    },
  );
});
