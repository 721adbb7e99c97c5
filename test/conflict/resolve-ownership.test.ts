import { describe, expect, it } from 'vitest';
import { resolveOwnership, type Ownership, type OwnershipInput } from '../../src/conflict/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { direct, expectPolicyError, partner, reg } from './helpers.js';

const C = 'C-1001';
// A registers at 09:00 in Beijing (01:00 UTC); B's text reads earlier, but 01:30 UTC is half an hour later.
const A = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00');
const B = reg('B', C, partner('P-0233'), '2026-03-02T01:30:00Z');
// 28 days after A's registration.
const A_LAPSES = '2026-03-30T01:00:00.000Z';

function one(input: OwnershipInput, policy = telecomProgram): Ownership {
  const results = resolveOwnership(policy, input);
  expect(results).toHaveLength(1);
  return results[0]!;
}

describe('resolveOwnership: first registration wins (REG-1)', () => {
  it('compares registrations as instants across offsets', () => {
    const r = one({ registrations: [B, A], asOf: '2026-03-10T00:00:00Z' });
    expect(r).toEqual({
      customerId: C,
      status: 'owned',
      owner: 'A',
      candidates: [],
      challenger: null,
      protectedUntil: A_LAPSES,
      keySupport: false,
      rejected: [],
      rules: ['REG-1', 'REG-3'],
      timeline: [
        { at: '2026-03-02T01:00:00.000Z', event: 'owns', registrationId: 'A', rules: ['REG-1'] },
      ],
    });
  });

  it('knows nothing of registrations after asOf', () => {
    const later = reg('L', 'C-2002', partner('P-0318'), '2026-03-10T00:00:01Z');
    const results = resolveOwnership(telecomProgram, { registrations: [B, A, later], asOf: '2026-03-02T01:15:00Z' });
    expect(results.map((r) => r.customerId)).toEqual([C]);
    expect(results[0]!.timeline.map((e) => [e.event, e.registrationId])).toEqual([['owns', 'A']]);
    // A registration at the very instant of asOf is known.
    expect(one({ registrations: [A], asOf: '2026-03-02T01:00:00Z' }).owner).toBe('A');
  });

  it('lists customers sorted by id, each with its own owner', () => {
    const results = resolveOwnership(telecomProgram, {
      registrations: [reg('x', 'C-2', direct('KA-7'), '2026-03-01T00:00:00Z'), A, reg('y', 'C-10', partner('P-0233'), '2026-03-01T00:00:00Z')],
      asOf: '2026-03-10T00:00:00Z',
    });
    // Code-unit order: "C-10" is a prefix of "C-1001", so it comes first.
    expect(results.map((r) => [r.customerId, r.owner])).toEqual([
      ['C-10', 'y'],
      ['C-1001', 'A'],
      ['C-2', 'x'],
    ]);
  });
});

describe('resolveOwnership: simultaneous registrations (REG-2)', () => {
  const same = '2026-03-02T01:00:00Z'; // A's instant, written in UTC

  it('gives the customer to the partner over direct sales', () => {
    const r = one({ registrations: [reg('D', C, direct('KA-7'), same), A], asOf: '2026-03-10T00:00:00Z' });
    expect(r.owner).toBe('A');
    expect(r.status).toBe('owned');
    expect(r.timeline.find((e) => e.event === 'owns')?.rules).toEqual(['REG-1', 'REG-2']);
  });

  it('ties two partners: no owner, no protection, the candidates listed', () => {
    const r = one({ registrations: [reg('Q', C, partner('P-0233'), same), A, reg('D', C, direct('KA-7'), same)], asOf: '2026-05-01T00:00:00Z' });
    expect(r).toMatchObject({ status: 'tied', owner: null, candidates: ['A', 'Q'], challenger: null, protectedUntil: null, keySupport: false });
    expect(r.timeline.filter((e) => e.event === 'tied').map((e) => e.registrationId)).toEqual(['A', 'Q']);
    expect(r.rules).toEqual(['REG-1', 'REG-2']);
  });

  it('ties two direct-sales registrants', () => {
    const r = one({ registrations: [reg('D1', C, direct('KA-7'), same), reg('D2', C, direct('KA-9'), same)], asOf: '2026-03-10T00:00:00Z' });
    expect(r).toMatchObject({ status: 'tied', owner: null, candidates: ['D1', 'D2'] });
  });

  it('counts one party once: its two registrations at one instant are no tie', () => {
    const r = one({ registrations: [reg('A2', C, partner('P-0107'), same), A], asOf: '2026-03-10T00:00:00Z' });
    expect(r.status).toBe('owned');
    expect(r.owner).toBe('A');
    expect(r.timeline.find((e) => e.event === 'owns')?.rules).toEqual(['REG-1']);
  });

  it('lets people settle a tie by recording a takeover for a candidate, with a fresh protection', () => {
    const tied = [reg('Q', C, partner('P-0233'), same), A, reg('Z', C, partner('P-0318'), '2026-03-03T00:00:00Z')];
    const r = one({
      registrations: tied,
      takeovers: [
        { customerId: C, registrationId: 'Z', at: '2026-03-04T00:00:00Z' },
        { customerId: C, registrationId: 'Q', at: '2026-03-05T00:00:00Z' },
      ],
      asOf: '2026-03-10T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'owned', owner: 'Q', candidates: [], protectedUntil: '2026-04-02T00:00:00.000Z' });
    expect(r.rejected).toEqual([{ registrationId: 'Z', kind: 'takeover', at: '2026-03-04T00:00:00.000Z', reason: 'not-a-candidate', rules: ['REG-2'] }]);
    expect(r.timeline.find((e) => e.event === 'took-over')).toEqual({
      at: '2026-03-05T00:00:00.000Z',
      event: 'took-over',
      registrationId: 'Q',
      rules: ['REG-2', 'REG-3'],
    });
  });

  describe('with a ten-minute window', () => {
    const policy = definePolicy(telecomProgram, { conflict: { simultaneityWindowSeconds: 600 } });
    const D = reg('D', C, direct('KA-7'), '2026-03-02T10:00:00Z');

    it('gives a partner within the window the customer over an earlier direct registration, protected from its own registration', () => {
      const r = one({ registrations: [D, reg('P', C, partner('P-0233'), '2026-03-02T10:05:00Z')], asOf: '2026-03-10T00:00:00Z' }, policy);
      expect(r).toMatchObject({ owner: 'P', protectedUntil: '2026-03-30T10:05:00.000Z' });
    });

    it('leaves a partner after the window in line', () => {
      const r = one({ registrations: [D, reg('P', C, partner('P-0233'), '2026-03-02T10:10:01Z')], asOf: '2026-03-31T00:00:00Z' }, policy);
      expect(r).toMatchObject({ owner: 'D', status: 'takeover-open', challenger: 'P' });
    });

    it('does not chain: a registration within the window of a later one, but not of the first, is not simultaneous', () => {
      const r = one(
        {
          registrations: [reg('P1', C, partner('P-0107'), '2026-03-02T10:00:00Z'), reg('D', C, direct('KA-7'), '2026-03-02T10:08:00Z'), reg('P2', C, partner('P-0233'), '2026-03-02T10:15:00Z')],
          asOf: '2026-03-10T00:00:00Z',
        },
        policy,
      );
      expect(r).toMatchObject({ status: 'owned', owner: 'P1' });
    });
  });
});

describe('resolveOwnership: four weeks without progress (REG-3)', () => {
  it('protects the owner until exactly 28 days after its registration, and opens the customer from that instant', () => {
    const before = one({ registrations: [A, B], asOf: '2026-03-30T08:59:59.999+08:00' });
    expect(before).toMatchObject({ status: 'owned', challenger: null, protectedUntil: A_LAPSES });
    const at = one({ registrations: [A, B], asOf: '2026-03-30T09:00:00+08:00' });
    expect(at).toMatchObject({ status: 'takeover-open', owner: 'A', challenger: 'B', protectedUntil: A_LAPSES });
    expect(at.timeline.at(-1)).toEqual({ at: A_LAPSES, event: 'protection-lapsed', registrationId: 'A', rules: ['REG-3'] });
  });

  it('leaves the customer with its owner when nobody is in line', () => {
    const r = one({ registrations: [A, reg('A2', C, partner('P-0107'), '2026-03-03T00:00:00Z')], asOf: '2026-06-01T00:00:00Z' });
    expect(r).toMatchObject({ status: 'owned', owner: 'A', challenger: null, protectedUntil: A_LAPSES });
  });

  it('names as challenger the earliest registration of another party', () => {
    const A2 = reg('A2', C, partner('P-0107'), '2026-03-02T01:10:00Z');
    const K = reg('K', C, direct('KA-7'), '2026-03-05T00:00:00Z');
    const r = one({ registrations: [K, B, A2, A], asOf: '2026-04-01T00:00:00Z' });
    expect(r.challenger).toBe('B');
  });

  it("renews protection with each stage advance of the owner, not with a stage it already reached", () => {
    const owner = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [
      [2, '2026-03-20T10:00:00+08:00'],
      [2, '2026-04-10T00:00:00Z'],
    ]);
    const r = one({ registrations: [owner, B], asOf: '2026-04-12T00:00:00Z' });
    expect(r).toMatchObject({ status: 'owned', protectedUntil: '2026-04-17T02:00:00.000Z' });
    expect(r.timeline.filter((e) => e.event === 'advanced')).toEqual([
      { at: '2026-03-20T02:00:00.000Z', event: 'advanced', registrationId: 'A', stage: 2, rules: ['REG-3'] },
    ]);
  });

  it('does not renew the owner’s protection for a challenger’s progress', () => {
    const challenger = reg('B', C, partner('P-0233'), '2026-03-02T01:30:00Z', [[3, '2026-03-20T00:00:00Z']]);
    expect(one({ registrations: [A, challenger], asOf: '2026-04-01T00:00:00Z' })).toMatchObject({ status: 'takeover-open', protectedUntil: A_LAPSES });
  });

  it('moves ownership on a takeover by the challenger from the lapse on, with a fresh 28 days', () => {
    const r = one({ registrations: [A, B], takeovers: [{ customerId: C, registrationId: 'B', at: '2026-03-30T01:00:00Z' }], asOf: '2026-04-01T00:00:00Z' });
    expect(r).toMatchObject({ status: 'owned', owner: 'B', challenger: null, protectedUntil: '2026-04-27T01:00:00.000Z', rejected: [] });
    expect(r.timeline.slice(-2)).toEqual([
      { at: A_LAPSES, event: 'protection-lapsed', registrationId: 'A', rules: ['REG-3'] },
      { at: A_LAPSES, event: 'took-over', registrationId: 'B', rules: ['REG-3'] },
    ]);
  });

  it('refuses a takeover recorded before the lapse, and one by anyone but the challenger', () => {
    const K = reg('K', C, direct('KA-7'), '2026-03-05T00:00:00Z');
    const r = one({
      registrations: [A, B, K],
      takeovers: [
        { customerId: C, registrationId: 'B', at: '2026-03-29T12:00:00Z' },
        { customerId: C, registrationId: 'K', at: '2026-04-01T00:00:00Z' },
        { customerId: C, registrationId: 'A', at: '2026-04-01T00:00:00Z' },
      ],
      asOf: '2026-04-02T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'takeover-open', owner: 'A', challenger: 'B' });
    expect(r.rejected).toEqual([
      { registrationId: 'B', kind: 'takeover', at: '2026-03-29T12:00:00.000Z', reason: 'protection-running', rules: ['REG-3'] },
      { registrationId: 'A', kind: 'takeover', at: '2026-04-01T00:00:00.000Z', reason: 'already-owner', rules: ['REG-3'] },
      { registrationId: 'K', kind: 'takeover', at: '2026-04-01T00:00:00.000Z', reason: 'not-the-challenger', rules: ['REG-3'] },
    ]);
  });

  it('lets an advance by the owner after the lapse but before the takeover renew its protection', () => {
    const late = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [[2, '2026-04-02T00:00:00Z']]);
    const r = one({ registrations: [late, B], takeovers: [{ customerId: C, registrationId: 'B', at: '2026-04-03T00:00:00Z' }], asOf: '2026-04-05T00:00:00Z' });
    expect(r).toMatchObject({ status: 'owned', owner: 'A', protectedUntil: '2026-04-30T00:00:00.000Z' });
    expect(r.rejected.map((x) => x.reason)).toEqual(['protection-running']);
  });

  it('reads an advance at the very instant of a takeover first, so it still renews', () => {
    const now = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [[2, '2026-04-03T00:00:00Z']]);
    const r = one({ registrations: [now, B], takeovers: [{ customerId: C, registrationId: 'B', at: '2026-04-03T08:00:00+08:00' }], asOf: '2026-04-05T00:00:00Z' });
    expect(r).toMatchObject({ owner: 'A', protectedUntil: '2026-05-01T00:00:00.000Z' });
    expect(r.rejected.map((x) => x.reason)).toEqual(['protection-running']);
  });

  it('takes the losing party out of line: its other registrations cannot take the customer back first', () => {
    const A2 = reg('A2', C, partner('P-0107'), '2026-03-02T01:10:00Z');
    const K = reg('K', C, direct('KA-7'), '2026-03-05T00:00:00Z');
    const r = one({ registrations: [A, A2, B, K], takeovers: [{ customerId: C, registrationId: 'B', at: '2026-03-30T01:00:00Z' }], asOf: '2026-05-01T00:00:00Z' });
    // B lapsed on 27 April; A2 registered before K, but its party lost the customer.
    expect(r).toMatchObject({ status: 'takeover-open', owner: 'B', challenger: 'K' });
  });

  it('gives the same result whatever the order of two takeovers at one instant (a shrunk counterexample)', () => {
    const signed = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [[5, '2026-03-05T00:00:00Z']]);
    const takeovers = [
      { customerId: C, registrationId: 'A', at: '2026-03-31T00:00:00Z' },
      { customerId: C, registrationId: 'B', at: '2026-03-31T00:00:00Z' },
    ];
    const forward = one({ registrations: [signed, B], takeovers, asOf: '2026-04-01T00:00:00Z' });
    const backward = one({ registrations: [B, signed], takeovers: [...takeovers].reverse(), asOf: '2026-04-01T00:00:00Z' });
    expect(backward).toEqual(forward);
    expect(forward.rejected.map((x) => x.registrationId)).toEqual(['A', 'B']);
  });
});

describe('resolveOwnership: signing locks (REG-4)', () => {
  const signing = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [
    [1, '2026-03-05T00:00:00Z'],
    [3, '2026-03-10T00:00:00Z'],
    [5, '2026-03-20T10:00:00+08:00'],
  ]);

  it('locks the customer for good and refuses registrations made at or after the signing instant', () => {
    const r = one({
      registrations: [signing, B, reg('D', C, direct('KA-7'), '2026-03-20T02:00:00Z'), reg('E', C, partner('P-0318'), '2026-03-25T00:00:00Z')],
      takeovers: [{ customerId: C, registrationId: 'B', at: '2026-05-01T00:00:00Z' }],
      asOf: '2027-01-01T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'locked', owner: 'A', challenger: null, protectedUntil: null, keySupport: true });
    expect(r.rejected).toEqual([
      { registrationId: 'D', kind: 'registration', at: '2026-03-20T02:00:00.000Z', reason: 'registered-after-signing', rules: ['REG-4'] },
      { registrationId: 'E', kind: 'registration', at: '2026-03-25T00:00:00.000Z', reason: 'registered-after-signing', rules: ['REG-4'] },
      { registrationId: 'B', kind: 'takeover', at: '2026-05-01T00:00:00.000Z', reason: 'customer-locked', rules: ['REG-4'] },
    ]);
    expect(r.timeline.find((e) => e.event === 'locked')).toEqual({ at: '2026-03-20T02:00:00.000Z', event: 'locked', registrationId: 'A', stage: 5, rules: ['REG-4'] });
    expect(r.rules).toEqual(['REG-1', 'REG-3', 'REG-4', 'REG-5']);
  });

  it('is not locked by a challenger’s signing', () => {
    const r = one({ registrations: [A, reg('B', C, partner('P-0233'), '2026-03-02T01:30:00Z', [[5, '2026-03-10T00:00:00Z']])], asOf: '2026-03-12T00:00:00Z' });
    expect(r).toMatchObject({ status: 'owned', owner: 'A', keySupport: false });
  });

  it('locks at the takeover when the new owner had already signed', () => {
    const r = one({
      registrations: [A, reg('B', C, partner('P-0233'), '2026-03-02T01:30:00Z', [[5, '2026-03-10T00:00:00Z']])],
      takeovers: [{ customerId: C, registrationId: 'B', at: A_LAPSES }],
      asOf: '2026-04-01T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'locked', owner: 'B', protectedUntil: null });
    expect(r.timeline.slice(-3).map((e) => [e.event, e.at])).toEqual([
      ['took-over', A_LAPSES],
      ['locked', A_LAPSES],
      ['key-support', A_LAPSES],
    ]);
  });
});

describe('resolveOwnership: key support from stage 3 (REG-5)', () => {
  it("flags the owner's project at stage 3 and above", () => {
    const at = (stage: 2 | 3 | 4) => one({ registrations: [reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [[stage, '2026-03-03T00:00:00Z']])], asOf: '2026-03-04T00:00:00Z' });
    expect(at(2).keySupport).toBe(false);
    expect(at(3).keySupport).toBe(true);
    expect(at(4).keySupport).toBe(true);
    expect(at(3).timeline.at(-1)).toEqual({ at: '2026-03-03T00:00:00.000Z', event: 'key-support', registrationId: 'A', stage: 3, rules: ['REG-5'] });
  });

  it('counts only progress known at asOf', () => {
    const r = one({ registrations: [reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [[3, '2026-03-05T00:00:00Z']])], asOf: '2026-03-04T00:00:00Z' });
    expect(r.keySupport).toBe(false);
  });
});

describe('resolveOwnership: the documented example', () => {
  it('gives what its JSDoc shows', () => {
    const results = resolveOwnership(telecomProgram, {
      registrations: [
        { id: 'R1', customerId: 'C1', party: { kind: 'direct', id: 'KA-7' }, registeredAt: '2026-03-01T09:30:00+08:00' },
        { id: 'R2', customerId: 'C1', party: { kind: 'partner', id: 'P-0107' }, registeredAt: '2026-03-01T01:30:00Z', progress: [{ stage: 3, at: '2026-03-10T10:00:00+08:00' }] },
      ],
      asOf: '2026-04-01T00:00:00+08:00',
    });
    expect(results).toEqual([
      {
        customerId: 'C1',
        status: 'owned',
        owner: 'R2',
        candidates: [],
        challenger: null,
        protectedUntil: '2026-04-07T02:00:00.000Z',
        keySupport: true,
        rejected: [],
        rules: ['REG-1', 'REG-2', 'REG-3', 'REG-5'],
        timeline: [
          { at: '2026-03-01T01:30:00.000Z', event: 'owns', registrationId: 'R2', rules: ['REG-1', 'REG-2'] },
          { at: '2026-03-10T02:00:00.000Z', event: 'advanced', registrationId: 'R2', stage: 3, rules: ['REG-3'] },
          { at: '2026-03-10T02:00:00.000Z', event: 'key-support', registrationId: 'R2', stage: 3, rules: ['REG-5'] },
        ],
      },
    ]);
  });
});

describe('resolveOwnership: policies', () => {
  it('answers NOT_CONFIGURED for a program without conflict rules', () => {
    expectPolicyError(() => resolveOwnership(cloudProgram, { registrations: [A], asOf: '2026-03-10T00:00:00Z' }), 'NOT_CONFIGURED', [['policy', 'conflict']]);
  });

  it('follows the policy’s protection days and lock stage', () => {
    const policy = definePolicy(telecomProgram, { conflict: { protectionDays: 14, lockStage: 4 } });
    const r = one({ registrations: [A, B], asOf: '2026-03-20T00:00:00Z' }, policy);
    expect(r).toMatchObject({ status: 'takeover-open', protectedUntil: '2026-03-16T01:00:00.000Z' });
    const trial = one({ registrations: [reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [[4, '2026-03-03T00:00:00Z']])], asOf: '2026-03-20T00:00:00Z' }, policy);
    expect(trial.status).toBe('locked');
  });
});
