import { describe, expect, it } from 'vitest';
import { routeLead, routeLeads } from '../../src/leads/index.js';
import type { Lead } from '../../src/leads/index.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { deepFreeze, expectPolicyError, policyErrorOf, snapshot } from './helpers.js';

const context = { asOf: '2026-03-20', centers: { Sichuan: 'sc-chengdu' } };
const leads: Lead[] = [
  { signedUpOn: '2026-03-01', region: 'Beijing', consumption: [{ on: '2026-03-03', line: 'ecs' }] }, // LEAD-1: consumed
  { signedUpOn: '2026-03-01', region: 'Shanghai' }, // telesales since 8 March
  { signedUpOn: '2026-03-01', region: 'Sichuan', confirmedOn: '2026-03-12' }, // center since 12 March
  { signedUpOn: '2026-03-15', region: 'Sichuan' }, // still new until 22 March
  { signedUpOn: '2026-03-01', region: 'Tibet' }, // no center
];

describe('routeLeads: many leads as of one day', () => {
  it('routes each lead as routeLead does, in input order', () => {
    const routes = routeLeads(cloudProgram, leads, context);
    expect(routes.map((r) => [r.owner, r.status, r.centerId, r.nextCheckOn])).toEqual([
      ['online-ops', 'consumed', null, null],
      ['telesales', 'transferred', null, '2026-05-07'],
      ['service-center', 'transferred', 'sc-chengdu', '2026-05-11'],
      ['online-ops', 'new', null, '2026-03-22'],
      ['online-ops', 'no-center', null, null],
    ]);
    expect(routes).toEqual(leads.map((lead) => routeLead(cloudProgram, lead, context)));
  });

  it('takes any iterable, and an empty one gives no routes', () => {
    function* generate() {
      yield* leads;
    }
    expect(routeLeads(cloudProgram, generate(), context)).toEqual(routeLeads(cloudProgram, leads, context));
    expect(routeLeads(cloudProgram, new Set(leads), context)).toHaveLength(5);
    expect(routeLeads(cloudProgram, [], context)).toEqual([]);
  });

  it('lists every bad field of every lead with its index', () => {
    const bad = [
      ...leads,
      { signedUpOn: '2026-02-30', region: 'Beijing' },
      { signedUpOn: '2026-03-01', region: 'Sichuan', transferredOn: '2026-03-10' },
      leads[1],
      { signedUpOn: '2026-03-01', region: 'Beijing', consumption: [{ on: '2026-02-01', line: 'ecs' }] },
      null,
    ];
    expectPolicyError(() => routeLeads(cloudProgram, bad as never, context), 'INVALID_INPUT', [
      ['leads', 5, 'signedUpOn'],
      ['leads', 6, 'confirmedOn'],
      ['leads', 8, 'consumption', 0, 'on'],
      ['leads', 9],
    ]);
  });

  it('reports the index of a bad lead deep in a long batch', () => {
    const many: Lead[] = Array.from({ length: 20 }, () => leads[1]!);
    many[12] = { signedUpOn: '2026-03-21', region: 'Beijing' };
    expectPolicyError(() => routeLeads(cloudProgram, many, context), 'INVALID_INPUT', [['leads', 12, 'signedUpOn']]);
  });

  it('rejects a non-iterable, an iterator that throws, a bad context and a program without lead routing', () => {
    expectPolicyError(() => routeLeads(cloudProgram, 42 as never, context), 'INVALID_INPUT', [['leads']]);
    expectPolicyError(() => routeLeads(cloudProgram, 'leads' as never, context), 'INVALID_INPUT', [['leads']]);
    expectPolicyError(() => routeLeads(cloudProgram, { length: 1, 0: leads[0] } as never, context), 'INVALID_INPUT', [['leads']]);
    const throwing = {
      *[Symbol.iterator]() {
        yield leads[0]!;
        throw new Error('connection lost');
      },
    };
    expectPolicyError(() => routeLeads(cloudProgram, throwing, context), 'INVALID_INPUT', [['leads']]);
    expectPolicyError(() => routeLeads(cloudProgram, leads, { asOf: 'today', centers: {} }), 'INVALID_INPUT', [['asOf']]);
    expectPolicyError(() => routeLeads(telecomProgram, leads, context), 'NOT_CONFIGURED', [['policy', 'leads']]);
  });

  it('works on deeply frozen input and changes nothing', () => {
    const frozen = deepFreeze(structuredClone({ leads, context }));
    const before = snapshot(frozen);
    expect(routeLeads(cloudProgram, frozen.leads, frozen.context)).toEqual(routeLeads(cloudProgram, leads, context));
    expect(snapshot(frozen)).toEqual(before);
  });
});

describe('routeLeads: what each error says', () => {
  it('says what the leads must be when they are not iterable', () => {
    for (const bad of [null, undefined, 42, 'leads', { length: 1, 0: leads[0] }]) {
      expect(policyErrorOf(() => routeLeads(cloudProgram, bad as never, context)).issues).toEqual([
        { path: ['leads'], message: 'must be an array or another iterable of leads' },
      ]);
    }
  });

  it('quotes the cause when reading the leads fails', () => {
    const throwing = {
      *[Symbol.iterator]() {
        yield leads[0]!;
        throw new Error('connection lost');
      },
    };
    expect(policyErrorOf(() => routeLeads(cloudProgram, throwing, context)).issues).toEqual([{ path: ['leads'], message: 'could not be read: connection lost' }]);
  });

  it('reports a lead that cannot be read, or a hole, at its index and goes on with the others', () => {
    const throwing = Object.defineProperty([leads[1]], 1, {
      enumerable: true,
      get() {
        throw new Error('row locked');
      },
    });
    throwing.push({ signedUpOn: '2026-03-21', region: 'Beijing' });
    expect(policyErrorOf(() => routeLeads(cloudProgram, throwing as never, context)).issues).toEqual([
      { path: ['leads', 1], message: 'could not be read: row locked' },
      { path: ['leads', 2, 'signedUpOn'], message: 'is after asOf (2026-03-20): the sign-up is not yet known' },
    ]);
    expectPolicyError(() => routeLeads(cloudProgram, [, leads[1]] as never, context), 'INVALID_INPUT', [['leads', 0]]);
  });

  it('reports leads that cannot be looked at, such as a revoked proxy, at the leads', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(policyErrorOf(() => routeLeads(cloudProgram, proxy as never, context)).issues).toEqual([
      { path: ['leads'], message: expect.stringMatching(/^could not be read: /) as string },
    ]);
  });

  it('names the program that has no lead routing', () => {
    expect(policyErrorOf(() => routeLeads(telecomProgram, leads, context)).issues).toEqual([
      { path: ['policy', 'leads'], message: 'the telecom program configures no lead routing' },
    ]);
  });

  it('keeps each message and puts the lead index before the field', () => {
    const bad = [
      leads[1],
      { signedUpOn: '2026-03-01', region: 'Sichuan', confirmedOn: '2026-03-12', transferredOn: '2026-03-11' },
      { signedUpOn: '2026-03-21', region: 'Beijing' },
    ];
    expect(policyErrorOf(() => routeLeads(cloudProgram, bad as never, context)).issues).toEqual([
      { path: ['leads', 1, 'transferredOn'], message: 'is before confirmedOn (2026-03-12): a lead goes to a service center only once the customer confirms (LEAD-2)' },
      { path: ['leads', 2, 'signedUpOn'], message: 'is after asOf (2026-03-20): the sign-up is not yet known' },
    ]);
  });
});
