import { describe, expect, it } from 'vitest';
import { routeLead } from '../../src/leads/index.js';
import type { Lead, LeadContext } from '../../src/leads/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { deepFreeze, expectPolicyError, snapshot } from './helpers.js';

const centers = { Sichuan: 'sc-chengdu', Hubei: 'sc-wuhan' };
const at = (asOf: string, c: Record<string, string> = centers): LeadContext => ({ asOf, centers: c });
// A sign-up on Sunday 1 March 2026: day 7 is 7 March, day 8 (sign-up + 7) is 8 March.
const beijing: Lead = { signedUpOn: '2026-03-01', region: 'Beijing' };
const sichuan: Lead = { signedUpOn: '2026-03-01', region: 'Sichuan' };

describe('routeLead: LEAD-1, a sign-up without consumption in its first 7 days becomes a lead on day 8', () => {
  it('keeps a sign-up with online operations through day 7, to be checked again on day 8', () => {
    expect(routeLead(cloudProgram, beijing, at('2026-03-07'))).toEqual({
      owner: 'online-ops',
      centerId: null,
      status: 'new',
      transferableOn: '2026-03-08',
      transferredOn: null,
      flowBackOn: null,
      nextCheckOn: '2026-03-08',
      rules: ['LEAD-1'],
    });
  });

  it('counts the sign-up day itself among the 7 days', () => {
    const lead = { ...beijing, consumption: [{ on: '2026-03-01', line: 'ecs' }] };
    expect(routeLead(cloudProgram, lead, at('2026-06-01'))).toMatchObject({ owner: 'online-ops', status: 'consumed', nextCheckOn: null, rules: ['LEAD-1'] });
  });

  it('counts day 7 as the last day of the window: consumption then means the sign-up never becomes a lead', () => {
    const lead = { ...beijing, consumption: [{ on: '2026-03-07', line: 'oss' }] };
    const route = routeLead(cloudProgram, lead, at('2026-03-20'));
    expect(route).toMatchObject({ owner: 'online-ops', status: 'consumed', transferredOn: null, flowBackOn: null, nextCheckOn: null });
  });

  it('does not count consumption on day 8: the lead is transferred, and that consumption keeps it (LEAD-3)', () => {
    const lead = { ...beijing, consumption: [{ on: '2026-03-08', line: 'ecs' }] };
    expect(routeLead(cloudProgram, lead, at('2026-03-08'))).toMatchObject({
      owner: 'telesales',
      status: 'converted',
      transferredOn: '2026-03-08',
      flowBackOn: null,
      nextCheckOn: null,
    });
  });

  it('any product line counts in the first 7 days, even with qualifying lines set for LEAD-3', () => {
    const policy = definePolicy(cloudProgram, { leads: { qualifyingLines: ['ecs'] } });
    const lead = { ...beijing, consumption: [{ on: '2026-03-03', line: 'market' }] };
    expect(routeLead(policy, lead, at('2026-03-10')).status).toBe('consumed');
  });

  it('ignores consumption dated after asOf: it is not yet known', () => {
    const lead = { ...beijing, consumption: [{ on: '2026-03-05', line: 'ecs' }] };
    expect(routeLead(cloudProgram, lead, at('2026-03-04')).status).toBe('new');
    expect(routeLead(cloudProgram, lead, at('2026-03-05')).status).toBe('consumed');
  });

  it('uses the policy transferAfterDays', () => {
    const policy = definePolicy(cloudProgram, { leads: { transferAfterDays: 3 } });
    expect(routeLead(policy, beijing, at('2026-03-03'))).toMatchObject({ status: 'new', nextCheckOn: '2026-03-04' });
    expect(routeLead(policy, beijing, at('2026-03-04'))).toMatchObject({ owner: 'telesales', transferredOn: '2026-03-04' });
  });
});

describe('routeLead: LEAD-2, telesales regions, then a confirmed regional center, else online operations', () => {
  it.each(['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Zhejiang'])('sends a lead in %s to telesales on day 8', (region) => {
    expect(routeLead(cloudProgram, { signedUpOn: '2026-03-01', region }, at('2026-03-08'))).toEqual({
      owner: 'telesales',
      centerId: null,
      status: 'transferred',
      transferableOn: '2026-03-08',
      transferredOn: '2026-03-08',
      flowBackOn: '2026-05-07',
      nextCheckOn: '2026-05-07',
      rules: ['LEAD-1', 'LEAD-2', 'LEAD-3'],
    });
  });

  it('uses the province Zhejiang, not the city Hangzhou the source once names, and compares regions as written', () => {
    expect(routeLead(cloudProgram, { signedUpOn: '2026-03-01', region: 'Hangzhou' }, at('2026-03-08', {})).status).toBe('no-center');
    expect(routeLead(cloudProgram, { signedUpOn: '2026-03-01', region: 'beijing' }, at('2026-03-08', {})).owner).toBe('online-ops');
  });

  it('takes the telesales list from the policy', () => {
    const policy = definePolicy(cloudProgram, { leads: { telesalesRegions: ['Hangzhou'] } });
    expect(routeLead(policy, { signedUpOn: '2026-03-01', region: 'Hangzhou' }, at('2026-03-08')).owner).toBe('telesales');
    expect(routeLead(policy, beijing, at('2026-03-08', {})).status).toBe('no-center');
  });

  it('prefers telesales over a center that also covers the region', () => {
    expect(routeLead(cloudProgram, beijing, at('2026-03-08', { Beijing: 'sc-beijing' })).owner).toBe('telesales');
  });

  it('keeps a center-region lead with online operations until the customer confirms, with nothing to check by date', () => {
    expect(routeLead(cloudProgram, sichuan, at('2026-03-20'))).toEqual({
      owner: 'online-ops',
      centerId: null,
      status: 'awaiting-confirmation',
      transferableOn: '2026-03-08',
      transferredOn: null,
      flowBackOn: null,
      nextCheckOn: null,
      rules: ['LEAD-1', 'LEAD-2'],
    });
  });

  it('routes a confirmed lead to the center covering its region from the confirmation', () => {
    const lead = { ...sichuan, confirmedOn: '2026-03-20' };
    expect(routeLead(cloudProgram, lead, at('2026-03-19')).status).toBe('awaiting-confirmation');
    expect(routeLead(cloudProgram, lead, at('2026-03-20'))).toEqual({
      owner: 'service-center',
      centerId: 'sc-chengdu',
      status: 'transferred',
      transferableOn: '2026-03-08',
      transferredOn: '2026-03-20',
      flowBackOn: '2026-05-19',
      nextCheckOn: '2026-05-19',
      rules: ['LEAD-1', 'LEAD-2', 'LEAD-3'],
    });
  });

  it('lets a confirmation given before day 8 take effect on day 8', () => {
    const lead = { ...sichuan, confirmedOn: '2026-03-04' };
    expect(routeLead(cloudProgram, lead, at('2026-03-06'))).toMatchObject({ status: 'new', nextCheckOn: '2026-03-08' });
    expect(routeLead(cloudProgram, lead, at('2026-03-08'))).toMatchObject({ owner: 'service-center', transferredOn: '2026-03-08' });
  });

  it('leaves a lead with online operations when no center covers its region', () => {
    const lead = { signedUpOn: '2026-03-01', region: 'Tibet', confirmedOn: '2026-03-10' };
    expect(routeLead(cloudProgram, lead, at('2026-04-01'))).toEqual({
      owner: 'online-ops',
      centerId: null,
      status: 'no-center',
      transferableOn: '2026-03-08',
      transferredOn: null,
      flowBackOn: null,
      nextCheckOn: null,
      rules: ['LEAD-1', 'LEAD-2'],
    });
  });

  it('never finds a center through an object prototype: "constructor" is a region like any other', () => {
    const lead = { signedUpOn: '2026-03-01', region: 'constructor', confirmedOn: '2026-03-10' };
    expect(routeLead(cloudProgram, lead, at('2026-04-01', {})).status).toBe('no-center');
    const parsed = JSON.parse('{"__proto__": "sc-proto"}') as Record<string, string>;
    const proto = { signedUpOn: '2026-03-01', region: '__proto__', confirmedOn: '2026-03-10' };
    expect(routeLead(cloudProgram, proto, at('2026-04-01', parsed))).toMatchObject({ owner: 'service-center', centerId: 'sc-proto' });
  });
});

describe('routeLead: LEAD-3, no qualifying consumption in the 60 days from transfer flows the lead back', () => {
  // Transferred 8 March: the window is 8 March to 6 May; flow-back on 7 May.
  it('keeps a telesales lead through day 60 of the window and flows it back on transfer + 60 days', () => {
    expect(routeLead(cloudProgram, beijing, at('2026-05-06'))).toMatchObject({ owner: 'telesales', status: 'transferred', nextCheckOn: '2026-05-07' });
    expect(routeLead(cloudProgram, beijing, at('2026-05-07'))).toEqual({
      owner: 'online-ops',
      centerId: null,
      status: 'flowed-back',
      transferableOn: '2026-03-08',
      transferredOn: '2026-03-08',
      flowBackOn: '2026-05-07',
      nextCheckOn: null,
      rules: ['LEAD-1', 'LEAD-2', 'LEAD-3'],
    });
  });

  it('keeps the lead for good after consumption on the last day of the window, but not on the flow-back day', () => {
    const last = { ...beijing, consumption: [{ on: '2026-05-06', line: 'ecs' }] };
    expect(routeLead(cloudProgram, last, at('2026-12-31'))).toMatchObject({ owner: 'telesales', status: 'converted', nextCheckOn: null });
    const late = { ...beijing, consumption: [{ on: '2026-05-07', line: 'ecs' }] };
    expect(routeLead(cloudProgram, late, at('2026-12-31'))).toMatchObject({ owner: 'online-ops', status: 'flowed-back' });
  });

  it('counts only the qualifying lines of the policy', () => {
    const policy = definePolicy(cloudProgram, { leads: { qualifyingLines: ['ecs', 'rds'] } });
    const market = { ...beijing, consumption: [{ on: '2026-04-01', line: 'market' }] };
    expect(routeLead(policy, market, at('2026-05-07')).status).toBe('flowed-back');
    expect(routeLead(cloudProgram, market, at('2026-05-07')).status).toBe('converted');
    const rds = { ...beijing, consumption: [{ on: '2026-04-01', line: 'rds' }] };
    expect(routeLead(policy, rds, at('2026-05-07')).status).toBe('converted');
  });

  it('counts the 60 days from the recorded transfer date when there is one', () => {
    const lead = { ...beijing, transferredOn: '2026-03-15' };
    expect(routeLead(cloudProgram, lead, at('2026-05-13'))).toMatchObject({ owner: 'telesales', transferredOn: '2026-03-15', nextCheckOn: '2026-05-14' });
    expect(routeLead(cloudProgram, lead, at('2026-05-14')).status).toBe('flowed-back');
  });

  it('counts from the confirmation for a center, and flows a center lead back to online operations', () => {
    const lead = { ...sichuan, confirmedOn: '2026-03-20' };
    expect(routeLead(cloudProgram, lead, at('2026-05-18'))).toMatchObject({ owner: 'service-center', centerId: 'sc-chengdu' });
    expect(routeLead(cloudProgram, lead, at('2026-05-19'))).toMatchObject({ owner: 'online-ops', centerId: null, status: 'flowed-back', transferredOn: '2026-03-20' });
  });

  it('uses the policy flowBackDays', () => {
    const policy = definePolicy(cloudProgram, { leads: { flowBackDays: 30 } });
    expect(routeLead(policy, beijing, at('2026-04-06')).nextCheckOn).toBe('2026-04-07');
    expect(routeLead(policy, beijing, at('2026-04-07')).status).toBe('flowed-back');
  });

  it('does not count consumption between day 8 and a later recorded transfer', () => {
    const lead = { ...beijing, transferredOn: '2026-03-15', consumption: [{ on: '2026-03-10', line: 'ecs' }] };
    expect(routeLead(cloudProgram, lead, at('2026-05-14')).status).toBe('flowed-back');
  });
});

describe('routeLead: bad input', () => {
  it('needs a program with lead routing', () => {
    expectPolicyError(() => routeLead(telecomProgram, beijing, at('2026-03-08')), 'NOT_CONFIGURED', [['policy', 'leads']]);
    expectPolicyError(() => routeLead(null as never, beijing, at('2026-03-08')), 'INVALID_POLICY', [['policy']]);
  });

  it('names every malformed field of the lead', () => {
    const lead = {
      signedUpOn: '2026-02-30',
      region: '',
      consumption: [{ on: '2026-03-02', line: 'ecs' }, { on: '2026-3-4', line: 'ecs' }, { on: '2026-03-05' }],
      confirmedOn: 20260310,
    };
    expectPolicyError(() => routeLead(cloudProgram, lead as never, at('2026-03-08')), 'INVALID_INPUT', [
      ['signedUpOn'],
      ['region'],
      ['consumption', 1, 'on'],
      ['consumption', 2, 'line'],
      ['confirmedOn'],
    ]);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expectPolicyError(() => routeLead(cloudProgram, { ...beijing, transferedOn: '2026-03-09' } as never, at('2026-03-08')), 'INVALID_INPUT', [
      ['transferedOn'],
    ]);
  });

  it('rejects a lead that is not an object, and a non-array consumption', () => {
    for (const bad of [null, undefined, 42, 'lead', []]) {
      expectPolicyError(() => routeLead(cloudProgram, bad as never, at('2026-03-08')), 'INVALID_INPUT', [[]]);
    }
    expectPolicyError(() => routeLead(cloudProgram, { ...beijing, consumption: 'ecs' } as never, at('2026-03-08')), 'INVALID_INPUT', [['consumption']]);
  });

  it('names every bad field of the context', () => {
    expectPolicyError(() => routeLead(cloudProgram, beijing, { asOf: '2026-13-01', centers: [] } as never), 'INVALID_INPUT', [['asOf'], ['centers']]);
    expectPolicyError(() => routeLead(cloudProgram, beijing, { asOf: '2026-03-08', centers: { Sichuan: '', Hubei: 7 } } as never), 'INVALID_INPUT', [
      ['centers', 'Sichuan'],
      ['centers', 'Hubei'],
    ]);
    expectPolicyError(() => routeLead(cloudProgram, beijing, { centers: {}, today: '2026-03-08' } as never), 'INVALID_INPUT', [['today'], ['asOf']]);
    expectPolicyError(() => routeLead(cloudProgram, beijing, { asOf: '2026-03-08', centers: new Map() } as never), 'INVALID_INPUT', [['centers']]);
    expectPolicyError(() => routeLead(cloudProgram, beijing, undefined as never), 'INVALID_INPUT', [[]]);
  });

  it('rejects a sign-up after asOf: it is not yet known', () => {
    expectPolicyError(() => routeLead(cloudProgram, beijing, at('2026-02-28')), 'INVALID_INPUT', [['signedUpOn']]);
  });

  it('rejects consumption and confirmation before the sign-up', () => {
    const lead = { ...sichuan, consumption: [{ on: '2026-03-02', line: 'ecs' }, { on: '2026-02-27', line: 'ecs' }], confirmedOn: '2026-02-28' };
    expectPolicyError(() => routeLead(cloudProgram, lead, at('2026-03-08')), 'INVALID_INPUT', [['consumption', 1, 'on'], ['confirmedOn']]);
  });

  it('rejects a recorded transfer that contradicts LEAD-1 or LEAD-2', () => {
    // Before day 8.
    expectPolicyError(() => routeLead(cloudProgram, { ...beijing, transferredOn: '2026-03-07' }, at('2026-03-20')), 'INVALID_INPUT', [['transferredOn']]);
    // After consumption in the first 7 days.
    const consumed = { ...beijing, transferredOn: '2026-03-08', consumption: [{ on: '2026-03-02', line: 'ecs' }] };
    expectPolicyError(() => routeLead(cloudProgram, consumed, at('2026-03-20')), 'INVALID_INPUT', [['transferredOn']]);
    // To a center without a confirmation, or before it.
    expectPolicyError(() => routeLead(cloudProgram, { ...sichuan, transferredOn: '2026-03-10' }, at('2026-03-20')), 'INVALID_INPUT', [['confirmedOn']]);
    const early = { ...sichuan, confirmedOn: '2026-03-12', transferredOn: '2026-03-10' };
    expectPolicyError(() => routeLead(cloudProgram, early, at('2026-03-20')), 'INVALID_INPUT', [['transferredOn']]);
  });

  it('rejects dates whose routing would leave the calendar', () => {
    expectPolicyError(() => routeLead(cloudProgram, { signedUpOn: '9999-12-30', region: 'Beijing' }, at('9999-12-31')), 'INVALID_INPUT', [['signedUpOn']]);
    // Day 8 is 17 November 9999; its flow-back day would be in the year 10000.
    expectPolicyError(() => routeLead(cloudProgram, { signedUpOn: '9999-11-10', region: 'Beijing' }, at('9999-12-31')), 'INVALID_INPUT', [['signedUpOn']]);
  });

  it('turns a getter that throws into a PolicyError', () => {
    const lead = Object.defineProperty({ region: 'Beijing' }, 'signedUpOn', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectPolicyError(() => routeLead(cloudProgram, lead as never, at('2026-03-08')), 'INVALID_INPUT', [[]]);
    const context = Object.defineProperty({ asOf: '2026-03-08' }, 'centers', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectPolicyError(() => routeLead(cloudProgram, beijing, context as never), 'INVALID_INPUT', [[]]);
  });
});

describe('routeLead: inputs are never changed', () => {
  it('works on deeply frozen inputs and leaves them as they were', () => {
    const lead = deepFreeze({ ...sichuan, consumption: [{ on: '2026-04-02', line: 'ecs' }, { on: '2026-03-20', line: 'oss' }], confirmedOn: '2026-03-10' });
    const context = deepFreeze(at('2026-04-01'));
    const before = snapshot({ lead, context });
    expect(routeLead(cloudProgram, lead, context)).toMatchObject({ owner: 'service-center', status: 'converted' });
    expect(snapshot({ lead, context })).toEqual(before);
  });

  it('returns a fresh rules array each time', () => {
    const a = routeLead(cloudProgram, beijing, at('2026-03-08'));
    a.rules.push('X-1');
    expect(routeLead(cloudProgram, beijing, at('2026-03-08')).rules).toEqual(['LEAD-1', 'LEAD-2', 'LEAD-3']);
  });
});
