import { describe, expect, it } from 'vitest';
import { routeLead } from '../../src/leads/index.js';
import type { Lead, LeadContext } from '../../src/leads/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { deepFreeze, expectPolicyError, policyErrorOf, snapshot } from './helpers.js';

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

  it('turns a lead that cannot be looked at (a revoked proxy) into a PolicyError naming no field', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const e = expectPolicyError(() => routeLead(cloudProgram, proxy as never, at('2026-03-08')), 'INVALID_INPUT', [[]]);
    expect(e.issues[0]!.message).toMatch(/^could not be read: /);
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

describe('routeLead: worked examples at the day-8 and day-60 boundaries (LEAD-1 to LEAD-3)', () => {
  // Signed up 1 March 2026: the first 7 days are 1-7 March, day 8 is 8 March.
  it('routes a sign-up known on its own sign-up day as new, to be checked on day 8 (LEAD-1)', () => {
    expect(routeLead(cloudProgram, beijing, at('2026-03-01'))).toEqual({
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

  it('accepts a confirmation on the sign-up day itself; it takes effect on day 8 (LEAD-2)', () => {
    const lead = { ...sichuan, confirmedOn: '2026-03-01' };
    expect(routeLead(cloudProgram, lead, at('2026-03-07'))).toMatchObject({ owner: 'online-ops', status: 'new', nextCheckOn: '2026-03-08' });
    expect(routeLead(cloudProgram, lead, at('2026-03-08'))).toEqual({
      owner: 'service-center',
      centerId: 'sc-chengdu',
      status: 'transferred',
      transferableOn: '2026-03-08',
      transferredOn: '2026-03-08',
      flowBackOn: '2026-05-07',
      nextCheckOn: '2026-05-07',
      rules: ['LEAD-1', 'LEAD-2', 'LEAD-3'],
    });
  });

  it('uses a recorded telesales transfer from the day it is known; before that, day 8 counts (LEAD-3)', () => {
    const lead = { ...beijing, transferredOn: '2026-03-15' };
    // 14 March: the transfer of the 15th is not yet known, so the lead went to telesales on day 8.
    expect(routeLead(cloudProgram, lead, at('2026-03-14'))).toMatchObject({ owner: 'telesales', transferredOn: '2026-03-08', flowBackOn: '2026-05-07' });
    // 15 March: the recorded day itself is known.
    expect(routeLead(cloudProgram, lead, at('2026-03-15'))).toEqual({
      owner: 'telesales',
      centerId: null,
      status: 'transferred',
      transferableOn: '2026-03-08',
      transferredOn: '2026-03-15',
      flowBackOn: '2026-05-14',
      nextCheckOn: '2026-05-14',
      rules: ['LEAD-1', 'LEAD-2', 'LEAD-3'],
    });
  });

  it('accepts a recorded transfer on day 8 with consumption on day 8: that consumption keeps the lead (LEAD-1, LEAD-3)', () => {
    const lead = { ...beijing, transferredOn: '2026-03-08', consumption: [{ on: '2026-03-08', line: 'ecs' }] };
    expect(routeLead(cloudProgram, lead, at('2026-03-20'))).toEqual({
      owner: 'telesales',
      centerId: null,
      status: 'converted',
      transferableOn: '2026-03-08',
      transferredOn: '2026-03-08',
      flowBackOn: null,
      nextCheckOn: null,
      rules: ['LEAD-1', 'LEAD-2', 'LEAD-3'],
    });
  });

  it('accepts a recorded transfer after later consumption, counting only consumption from the transfer day (LEAD-3)', () => {
    const lead = { ...beijing, transferredOn: '2026-03-10', consumption: [{ on: '2026-03-09', line: 'ecs' }, { on: '2026-03-12', line: 'ecs' }] };
    expect(routeLead(cloudProgram, lead, at('2026-03-20'))).toMatchObject({ owner: 'telesales', status: 'converted', transferredOn: '2026-03-10' });
  });

  it('accepts a recorded center transfer on or after the confirmation (LEAD-2)', () => {
    const same = { ...sichuan, confirmedOn: '2026-03-10', transferredOn: '2026-03-10' };
    expect(routeLead(cloudProgram, same, at('2026-03-20'))).toMatchObject({ owner: 'service-center', transferredOn: '2026-03-10', flowBackOn: '2026-05-09' });
    const later = { ...sichuan, confirmedOn: '2026-03-10', transferredOn: '2026-03-12' };
    expect(routeLead(cloudProgram, later, at('2026-03-20'))).toMatchObject({ owner: 'service-center', transferredOn: '2026-03-12', flowBackOn: '2026-05-11' });
  });

  it('counts the 60 days of a center lead from its confirmation: 20 March is day 1, 18 May day 60, 19 May the flow-back (LEAD-3)', () => {
    const confirmed = { ...sichuan, confirmedOn: '2026-03-20' };
    // Consumption between day 8 and the confirmation is before the transfer and does not count.
    const before = { ...confirmed, consumption: [{ on: '2026-03-19', line: 'ecs' }] };
    expect(routeLead(cloudProgram, before, at('2026-05-19'))).toMatchObject({ owner: 'online-ops', status: 'flowed-back', flowBackOn: '2026-05-19' });
    const first = { ...confirmed, consumption: [{ on: '2026-03-20', line: 'ecs' }] };
    expect(routeLead(cloudProgram, first, at('2026-05-19'))).toMatchObject({ owner: 'service-center', status: 'converted', centerId: 'sc-chengdu' });
    const last = { ...confirmed, consumption: [{ on: '2026-05-18', line: 'ecs' }] };
    expect(routeLead(cloudProgram, last, at('2026-05-18'))).toMatchObject({ owner: 'service-center', status: 'converted', nextCheckOn: null });
    const late = { ...confirmed, consumption: [{ on: '2026-05-19', line: 'ecs' }] };
    expect(routeLead(cloudProgram, late, at('2026-05-19'))).toMatchObject({ owner: 'online-ops', status: 'flowed-back', nextCheckOn: null });
  });
});

describe('routeLead: the last days of the calendar', () => {
  it('lets a sign-up become a lead on 9999-12-31, the last day, but not a day later (LEAD-1)', () => {
    const lead = { signedUpOn: '9999-12-24', region: 'Beijing' };
    expect(routeLead(cloudProgram, lead, at('9999-12-30'))).toMatchObject({ status: 'new', transferableOn: '9999-12-31', nextCheckOn: '9999-12-31' });
    // Outside the telesales regions, with no confirmation, nothing is transferred and nothing would leave the calendar.
    expect(routeLead(cloudProgram, { ...lead, region: 'Sichuan' }, at('9999-12-31'))).toMatchObject({ status: 'awaiting-confirmation', nextCheckOn: null });
    const e = expectPolicyError(() => routeLead(cloudProgram, { ...lead, signedUpOn: '9999-12-25' }, at('9999-12-31')), 'INVALID_INPUT', [['signedUpOn']]);
    expect(e.issues[0]!.message).toBe('is so late that the lead would become transferable after 9999-12-31');
  });

  it('flows a lead back on 9999-12-31 when the transfer is 60 days before it (LEAD-3)', () => {
    // Signed up 25 October 9999: day 8 is 1 November, and 1 November + 60 days is 31 December.
    const lead = { signedUpOn: '9999-10-25', region: 'Beijing' };
    expect(routeLead(cloudProgram, lead, at('9999-12-30'))).toMatchObject({ status: 'transferred', transferredOn: '9999-11-01', flowBackOn: '9999-12-31', nextCheckOn: '9999-12-31' });
    expect(routeLead(cloudProgram, lead, at('9999-12-31'))).toMatchObject({ owner: 'online-ops', status: 'flowed-back', flowBackOn: '9999-12-31' });
  });

  const flowBackIssue = (lead: Lead) => policyErrorOf(() => routeLead(cloudProgram, lead, at('9999-12-31'))).issues;
  const tooLate = (field: string) => [{ path: [field], message: 'is so late that the flow-back date would fall after 9999-12-31' }];

  it('names the date a telesales transfer was taken from when its flow-back would leave the calendar', () => {
    // Day 8 (24 December) is the transfer: the sign-up date is to blame.
    expect(flowBackIssue({ signedUpOn: '9999-12-17', region: 'Beijing' })).toEqual(tooLate('signedUpOn'));
    // A recorded transfer on 15 November is to blame.
    expect(flowBackIssue({ signedUpOn: '9999-10-01', region: 'Beijing', transferredOn: '9999-11-15' })).toEqual(tooLate('transferredOn'));
  });

  it('names the date a center transfer was taken from when its flow-back would leave the calendar', () => {
    // A recorded transfer wins over the confirmation.
    expect(flowBackIssue({ signedUpOn: '9999-10-01', region: 'Sichuan', confirmedOn: '9999-10-20', transferredOn: '9999-11-15' })).toEqual(tooLate('transferredOn'));
    // Confirmed after day 8, or on day 8 itself: the confirmation is the transfer.
    expect(flowBackIssue({ signedUpOn: '9999-10-01', region: 'Sichuan', confirmedOn: '9999-11-15' })).toEqual(tooLate('confirmedOn'));
    expect(flowBackIssue({ signedUpOn: '9999-11-01', region: 'Sichuan', confirmedOn: '9999-11-08' })).toEqual(tooLate('confirmedOn'));
    // Confirmed before day 8: the transfer is day 8, which the sign-up date decides.
    expect(flowBackIssue({ signedUpOn: '9999-11-01', region: 'Sichuan', confirmedOn: '9999-11-03' })).toEqual(tooLate('signedUpOn'));
  });
});

describe('routeLead: what each error says', () => {
  it('says what a lead must look like when it is not an object', () => {
    for (const bad of [null, undefined, 42, 'lead', []]) {
      expect(policyErrorOf(() => routeLead(cloudProgram, bad as never, at('2026-03-08'))).issues).toEqual([
        { path: [], message: 'the lead must be an object { signedUpOn, region, consumption?, confirmedOn?, transferredOn? }' },
      ]);
    }
  });

  it('names the program that has no lead routing', () => {
    const e = expectPolicyError(() => routeLead(telecomProgram, beijing, at('2026-03-08')), 'NOT_CONFIGURED', [['policy', 'leads']]);
    expect(e.issues[0]!.message).toBe('the telecom program configures no lead routing');
  });

  it('explains records dated before the sign-up, and a sign-up after asOf', () => {
    const lead = { ...sichuan, consumption: [{ on: '2026-02-27', line: 'ecs' }], confirmedOn: '2026-02-28' };
    expect(policyErrorOf(() => routeLead(cloudProgram, lead, at('2026-03-08'))).issues).toEqual([
      { path: ['consumption', 0, 'on'], message: 'is before signedUpOn (2026-03-01): nobody consumes before signing up' },
      { path: ['confirmedOn'], message: 'is before signedUpOn (2026-03-01)' },
    ]);
    expect(policyErrorOf(() => routeLead(cloudProgram, beijing, at('2026-02-28'))).issues).toEqual([
      { path: ['signedUpOn'], message: 'is after asOf (2026-02-28): the sign-up is not yet known' },
    ]);
  });

  it('explains a recorded transfer before day 8 or after consumption in the first 7 days (LEAD-1)', () => {
    expect(policyErrorOf(() => routeLead(cloudProgram, { ...beijing, transferredOn: '2026-03-07' }, at('2026-03-20'))).issues).toEqual([
      { path: ['transferredOn'], message: 'is before 2026-03-08, the day the sign-up becomes a lead (LEAD-1)' },
    ]);
    const consumed = { ...beijing, transferredOn: '2026-03-08', consumption: [{ on: '2026-03-09', line: 'ecs' }, { on: '2026-03-07', line: 'oss' }] };
    expect(policyErrorOf(() => routeLead(cloudProgram, consumed, at('2026-03-20'))).issues).toEqual([
      {
        path: ['transferredOn'],
        message: 'is recorded, but the customer consumed on 2026-03-07, within the first 7 days, so the sign-up never became a lead (LEAD-1)',
      },
    ]);
  });

  it('counts the sign-up day among the first days a recorded transfer contradicts, but not days before the sign-up (LEAD-1)', () => {
    const onSignUp = { ...beijing, transferredOn: '2026-03-10', consumption: [{ on: '2026-03-01', line: 'ecs' }] };
    expectPolicyError(() => routeLead(cloudProgram, onSignUp, at('2026-03-20')), 'INVALID_INPUT', [['transferredOn']]);
    // Consumption before the sign-up is an error of its own, not consumption in the first days.
    const before = { ...beijing, transferredOn: '2026-03-10', consumption: [{ on: '2026-02-28', line: 'ecs' }] };
    expectPolicyError(() => routeLead(cloudProgram, before, at('2026-03-20')), 'INVALID_INPUT', [['consumption', 0, 'on']]);
  });

  it('uses the policy transferAfterDays in the message about consumption in the first days', () => {
    const policy = definePolicy(cloudProgram, { leads: { transferAfterDays: 3 } });
    const lead = { ...beijing, transferredOn: '2026-03-04', consumption: [{ on: '2026-03-03', line: 'ecs' }] };
    expect(policyErrorOf(() => routeLead(policy, lead, at('2026-03-20'))).issues[0]!.message).toBe(
      'is recorded, but the customer consumed on 2026-03-03, within the first 3 days, so the sign-up never became a lead (LEAD-1)',
    );
  });

  it('explains a center transfer without or before the confirmation (LEAD-2)', () => {
    expect(policyErrorOf(() => routeLead(cloudProgram, { ...sichuan, transferredOn: '2026-03-10' }, at('2026-03-20'))).issues).toEqual([
      {
        path: ['confirmedOn'],
        message: 'is required with transferredOn outside the telesales regions: a lead goes to a service center only once the customer confirms (LEAD-2)',
      },
    ]);
    const early = { ...sichuan, confirmedOn: '2026-03-12', transferredOn: '2026-03-11' };
    expect(policyErrorOf(() => routeLead(cloudProgram, early, at('2026-03-20'))).issues).toEqual([
      { path: ['transferredOn'], message: 'is before confirmedOn (2026-03-12): a lead goes to a service center only once the customer confirms (LEAD-2)' },
    ]);
  });

  it('lists every contradiction of one lead, in field order', () => {
    const lead = {
      ...sichuan,
      consumption: [{ on: '2026-03-02', line: 'ecs' }, { on: '2026-02-27', line: 'ecs' }],
      confirmedOn: '2026-03-06',
      transferredOn: '2026-03-05',
    };
    expect(policyErrorOf(() => routeLead(cloudProgram, lead, at('2026-02-28'))).issues).toEqual([
      { path: ['consumption', 1, 'on'], message: 'is before signedUpOn (2026-03-01): nobody consumes before signing up' },
      { path: ['transferredOn'], message: 'is before 2026-03-08, the day the sign-up becomes a lead (LEAD-1)' },
      {
        path: ['transferredOn'],
        message: 'is recorded, but the customer consumed on 2026-03-02, within the first 7 days, so the sign-up never became a lead (LEAD-1)',
      },
      { path: ['transferredOn'], message: 'is before confirmedOn (2026-03-06): a lead goes to a service center only once the customer confirms (LEAD-2)' },
      { path: ['signedUpOn'], message: 'is after asOf (2026-02-28): the sign-up is not yet known' },
    ]);
  });
});

describe('routeLead: what each context error says', () => {
  const issuesOf = (context: unknown) => policyErrorOf(() => routeLead(cloudProgram, beijing, context as never)).issues;
  const CENTERS_MESSAGE = 'must be a plain object mapping each region to its service center id';

  it('says what a context must look like when it is not a plain object', () => {
    for (const bad of [undefined, null, 42, '2026-03-08', [], new Date(0)]) {
      expect(issuesOf(bad)).toEqual([{ path: [], message: 'the context must be an object { asOf, centers }' }]);
    }
  });

  it('accepts a context and centers made without a prototype', () => {
    const centersMap = Object.assign(Object.create(null) as Record<string, string>, { Beijing: 'sc-beijing', Sichuan: 'sc-chengdu' });
    const context = Object.assign(Object.create(null) as LeadContext, { asOf: '2026-03-20', centers: centersMap });
    expect(routeLead(cloudProgram, { ...sichuan, confirmedOn: '2026-03-10' }, context)).toMatchObject({ owner: 'service-center', centerId: 'sc-chengdu' });
  });

  it('tells a missing asOf from a malformed one, and names an unknown field', () => {
    expect(issuesOf({ centers: {}, today: '2026-03-08' })).toEqual([
      { path: ['today'], message: 'is not a known field' },
      { path: ['asOf'], message: 'is required (expected a YYYY-MM-DD date)' },
    ]);
    for (const asOf of ['2026-13-01', '2026-3-8', 20260308, null]) {
      expect(issuesOf({ asOf, centers: {} })).toEqual([{ path: ['asOf'], message: 'must be a real calendar date written YYYY-MM-DD' }]);
    }
  });

  it('says what centers must be, and what each center id must be', () => {
    for (const centersValue of [undefined, null, [], new Map([['Sichuan', 'sc-chengdu']]), 'sc-chengdu']) {
      expect(issuesOf({ asOf: '2026-03-08', centers: centersValue })).toEqual([{ path: ['centers'], message: CENTERS_MESSAGE }]);
    }
    expect(issuesOf({ asOf: '2026-03-08', centers: { Sichuan: '', Hubei: 7 } })).toEqual([
      { path: ['centers', 'Sichuan'], message: 'must be a non-empty center id' },
      { path: ['centers', 'Hubei'], message: 'must be a non-empty center id' },
    ]);
  });

  it('turns a context getter that throws into a PolicyError that quotes the cause', () => {
    const context = Object.defineProperty({ asOf: '2026-03-08' }, 'centers', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(context)).toEqual([{ path: [], message: 'the context could not be read: boom' }]);
  });
});
