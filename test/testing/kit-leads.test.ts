import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toDay } from '../../src/core/dates.js';
import { routeLead, type Lead } from '../../src/leads/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { OTHER_REGIONS, TELESALES_REGIONS, centersArb, leadArb, leadScenarioArb } from '../../src/testing/index.js';
import { sampleOf } from './kit-sampling-b.js';

/** Days from the sign-up to `on`. */
const after = (lead: Lead, on: string) => toDay(on) - toDay(lead.signedUpOn);
const telesales = new Set<string>(TELESALES_REGIONS);

describe('centersArb: centers for some of the non-telesales regions, sometimes a telesales one', () => {
  const maps = sampleOf(centersArb, 500);

  it('covers each region of OTHER_REGIONS and Beijing in some maps, and no other region', () => {
    const regions = new Set(maps.flatMap((m) => Object.keys(m)));
    expect([...regions].sort()).toEqual([...OTHER_REGIONS, 'Beijing'].sort());
    expect(maps.some((m) => Object.keys(m).length === 0)).toBe(true);
  });

  it('maps every region to a non-empty sc- center id', () => {
    for (const m of maps) for (const id of Object.values(m)) expect(id).toMatch(/^sc-.+$/);
  });
});

describe('leadArb: a lead whose records never contradict each other', () => {
  const leads = sampleOf(leadArb(), 3000);

  it('signs up between 2026-01-01 and 2029-01-05 (1,100 days), reaching both ends', () => {
    const days = leads.map((l) => l.signedUpOn).sort();
    expect(days[0]).toBe('2026-01-01');
    expect(days.at(-1)).toBe('2029-01-05');
  });

  it('generates leads without a transfer and with one on or after the transferable day (day 8)', () => {
    expect(leads.some((l) => l.transferredOn === undefined)).toBe(true);
    const transferred = leads.filter((l) => l.transferredOn !== undefined);
    expect(transferred.length).toBeGreaterThan(0);
    expect(transferred.every((l) => after(l, l.transferredOn!) >= 7)).toBe(true);
    expect(transferred.some((l) => after(l, l.transferredOn!) === 7)).toBe(true);
  });

  it('generates a recorded transfer with consumption after the first days, even on the transferable day itself', () => {
    const both = leads.filter((l) => l.transferredOn !== undefined && l.consumption !== undefined);
    expect(both.length).toBeGreaterThan(0);
    for (const l of both) for (const c of l.consumption!) expect(after(l, c.on)).toBeGreaterThanOrEqual(7);
    expect(both.some((l) => l.consumption!.some((c) => after(l, c.on) === 7))).toBe(true);
  });

  it('consumes in the first days of leads without a transfer, up to the last day of the first window', () => {
    const early = leads.filter((l) => l.transferredOn === undefined && (l.consumption ?? []).some((c) => after(l, c.on) < 7));
    expect(early.length).toBeGreaterThan(0);
    expect(early.some((l) => l.consumption!.some((c) => after(l, c.on) === 6))).toBe(true);
  });

  it('needs a confirmation before a transfer outside telesales regions, but not in them', () => {
    const transferred = leads.filter((l) => l.transferredOn !== undefined);
    for (const l of transferred.filter((x) => !telesales.has(x.region))) {
      expect(l.confirmedOn).toBeDefined();
      expect(l.confirmedOn! <= l.transferredOn!).toBe(true);
    }
    expect(transferred.some((l) => telesales.has(l.region) && l.confirmedOn === undefined)).toBe(true);
    expect(transferred.some((l) => !telesales.has(l.region))).toBe(true);
  });

  it('leaves out the records a lead does not have, in each field', () => {
    expect(leads.some((l) => !('consumption' in l))).toBe(true);
    expect(leads.some((l) => !('confirmedOn' in l))).toBe(true);
    expect(leads.some((l) => 'confirmedOn' in l && l.transferredOn === undefined)).toBe(true);
    for (const l of leads) for (const v of Object.values(l)) expect(v).not.toBeUndefined();
  });

  test.prop([leadArb()])('every lead routes under the cloud preset', (lead) => {
    expect(['online-ops', 'telesales', 'service-center']).toContain(routeLead(cloudProgram, lead, { asOf: '2030-06-30', centers: {} }).owner);
  });
});

describe('leadArb options follow the policy they are for', () => {
  const policy = definePolicy(cloudProgram, { leads: { transferAfterDays: 1, telesalesRegions: ['Sichuan'] } });
  const options = { transferAfterDays: 1, telesalesRegions: ['Sichuan'] };
  const leads = sampleOf(leadArb(options), 1500);

  it('generates leads that route under a policy with transferAfterDays 1 and Sichuan as its only telesales region', () => {
    for (const lead of leads) routeLead(policy, lead, { asOf: '2030-06-30', centers: {} });
  });

  it('transfers on the first transferable day of that policy, the day after the sign-up', () => {
    expect(leads.some((l) => l.transferredOn !== undefined && after(l, l.transferredOn) === 1)).toBe(true);
  });

  it('asks for a confirmation in Beijing, no longer a telesales region, and none in Sichuan', () => {
    const transferred = leads.filter((l) => l.transferredOn !== undefined);
    expect(transferred.filter((l) => l.region === 'Beijing').every((l) => l.confirmedOn !== undefined)).toBe(true);
    expect(transferred.some((l) => l.region === 'Sichuan' && l.confirmedOn === undefined)).toBe(true);
  });
});

describe('leadScenarioArb: a lead with a context whose asOf is on or after the sign-up', () => {
  test.prop([leadScenarioArb()], { numRuns: 200 })('asOf is on or after the sign-up, and the scenario routes', ({ lead, context }) => {
    expect(context.asOf >= lead.signedUpOn).toBe(true);
    expect(['online-ops', 'telesales', 'service-center']).toContain(routeLead(cloudProgram, lead, context).owner);
  });

  it('asks on the sign-up day itself in some scenarios', () => {
    const scenarios = sampleOf(leadScenarioArb(), 500);
    expect(Math.min(...scenarios.map(({ lead, context }) => after(lead, context.asOf)))).toBe(0);
  });
});
