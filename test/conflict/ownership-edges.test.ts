import { describe, expect, it } from 'vitest';
import { resolveOwnership, type Ownership, type OwnershipInput, type Registration } from '../../src/conflict/index.js';
import { PolicyError } from '../../src/core/errors.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { direct, partner, reg } from './helpers.js';

const C = 'C-3003';

function one(input: OwnershipInput): Ownership {
  const results = resolveOwnership(telecomProgram, input);
  expect(results).toHaveLength(1);
  return results[0]!;
}

describe('resolveOwnership edges: who is a party (REG-1, REG-3)', () => {
  it('REG-3: a partner and a direct-sales registrant with one id are two parties, so the later one is in line', () => {
    // P-KA7 the partner registers first; the key-account salesperson with the same id comes a day later.
    const r = one({
      registrations: [reg('D', C, direct('KA-7'), '2026-03-03T00:00:00Z'), reg('P', C, partner('KA-7'), '2026-03-02T00:00:00Z')],
      asOf: '2026-03-30T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'takeover-open', owner: 'P', challenger: 'D', protectedUntil: '2026-03-30T00:00:00.000Z' });
  });

  it('REG-3: the same kind and id is one party, whose later registration is not in line', () => {
    const r = one({
      registrations: [reg('P2', C, partner('KA-7'), '2026-03-03T00:00:00Z'), reg('P', C, partner('KA-7'), '2026-03-02T00:00:00Z')],
      asOf: '2026-03-30T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'owned', owner: 'P', challenger: null });
  });

  it('REG-3: a takeover by the same-id registrant of the other kind goes through at the lapse', () => {
    const r = one({
      registrations: [reg('P', C, partner('KA-7'), '2026-03-02T08:00:00+08:00'), reg('D', C, direct('KA-7'), '2026-03-03T00:00:00Z')],
      takeovers: [{ customerId: C, registrationId: 'D', at: '2026-03-30T00:00:00Z' }],
      asOf: '2026-03-31T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'owned', owner: 'D', rejected: [], protectedUntil: '2026-04-27T00:00:00.000Z' });
  });
});

describe('resolveOwnership edges: the lapse to the millisecond (REG-3)', () => {
  // A registers at 09:00 in Beijing on 2 March: 01:00 UTC. Protection lapses at 01:00 UTC on 30 March.
  const A = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00');
  const B = reg('B', C, direct('KA-9'), '2026-03-05T00:00:00Z');
  const takeoverAt = (at: string) =>
    one({ registrations: [A, B], takeovers: [{ customerId: C, registrationId: 'B', at }], asOf: '2026-04-01T00:00:00Z' });

  it('refuses the challenger one millisecond before the lapse, written at another offset', () => {
    const r = takeoverAt('2026-03-29T20:59:59.999-04:00');
    expect(r).toMatchObject({ status: 'takeover-open', owner: 'A', challenger: 'B' });
    expect(r.rejected).toEqual([{ registrationId: 'B', kind: 'takeover', at: '2026-03-30T00:59:59.999Z', reason: 'protection-running', rules: ['REG-3'] }]);
  });

  it('accepts the challenger at the very instant of the lapse, whatever offset writes it', () => {
    for (const at of ['2026-03-30T01:00:00Z', '2026-03-30T09:00:00+08:00', '2026-03-29T21:00:00.000-04:00']) {
      const r = takeoverAt(at);
      expect(r).toMatchObject({ status: 'owned', owner: 'B', rejected: [], protectedUntil: '2026-04-27T01:00:00.000Z' });
      expect(r.timeline.map((e) => [e.event, e.at])).toEqual([
        ['owns', '2026-03-02T01:00:00.000Z'],
        ['protection-lapsed', '2026-03-30T01:00:00.000Z'],
        ['took-over', '2026-03-30T01:00:00.000Z'],
      ]);
    }
  });

  it('accepts the challenger one millisecond after the lapse', () => {
    expect(takeoverAt('2026-03-30T01:00:00.001Z')).toMatchObject({ owner: 'B', protectedUntil: '2026-04-27T01:00:00.001Z' });
  });
});

describe('resolveOwnership edges: refusals in the timeline (REG-3, REG-4)', () => {
  it('REG-4: lists a registration after signing as registration-rejected and a takeover on the locked customer as takeover-rejected', () => {
    const signed = reg('A', C, partner('P-0107'), '2026-03-02T00:00:00Z', [[5, '2026-03-10T00:00:00Z']]);
    const r = one({
      registrations: [signed, reg('B', C, partner('P-0233'), '2026-03-03T00:00:00Z'), reg('E', C, direct('KA-7'), '2026-03-12T08:00:00+08:00')],
      takeovers: [{ customerId: C, registrationId: 'B', at: '2026-04-15T00:00:00Z' }],
      asOf: '2026-05-01T00:00:00Z',
    });
    expect(r.status).toBe('locked');
    expect(r.timeline).toEqual([
      { at: '2026-03-02T00:00:00.000Z', event: 'owns', registrationId: 'A', rules: ['REG-1'] },
      { at: '2026-03-10T00:00:00.000Z', event: 'locked', registrationId: 'A', stage: 5, rules: ['REG-4'] },
      { at: '2026-03-10T00:00:00.000Z', event: 'key-support', registrationId: 'A', stage: 5, rules: ['REG-5'] },
      { at: '2026-03-12T00:00:00.000Z', event: 'registration-rejected', registrationId: 'E', reason: 'registered-after-signing', rules: ['REG-4'] },
      { at: '2026-04-15T00:00:00.000Z', event: 'takeover-rejected', registrationId: 'B', reason: 'customer-locked', rules: ['REG-4'] },
    ]);
  });

  it('REG-3: lists a takeover during protection as takeover-rejected', () => {
    const r = one({
      registrations: [reg('A', C, partner('P-0107'), '2026-03-02T00:00:00Z'), reg('B', C, direct('KA-7'), '2026-03-03T00:00:00Z')],
      takeovers: [{ customerId: C, registrationId: 'B', at: '2026-03-20T00:00:00Z' }],
      asOf: '2026-03-21T00:00:00Z',
    });
    expect(r.timeline.at(-1)).toEqual({ at: '2026-03-20T00:00:00.000Z', event: 'takeover-rejected', registrationId: 'B', reason: 'protection-running', rules: ['REG-3'] });
  });
});

describe('resolveOwnership edges: key support is noted once per owner (REG-5)', () => {
  it('REG-5: notes key support when the owner first reaches stage 3, not again at stage 4', () => {
    const A = reg('A', C, partner('P-0107'), '2026-03-02T00:00:00Z', [
      [3, '2026-03-05T00:00:00Z'],
      [4, '2026-03-08T00:00:00Z'],
    ]);
    const r = one({ registrations: [A], asOf: '2026-03-09T00:00:00Z' });
    expect(r.keySupport).toBe(true);
    expect(r.timeline).toEqual([
      { at: '2026-03-02T00:00:00.000Z', event: 'owns', registrationId: 'A', rules: ['REG-1'] },
      { at: '2026-03-05T00:00:00.000Z', event: 'advanced', registrationId: 'A', stage: 3, rules: ['REG-3'] },
      { at: '2026-03-05T00:00:00.000Z', event: 'key-support', registrationId: 'A', stage: 3, rules: ['REG-5'] },
      { at: '2026-03-08T00:00:00.000Z', event: 'advanced', registrationId: 'A', stage: 4, rules: ['REG-3'] },
    ]);
  });
});

describe('resolveOwnership edges: progress of several registrations side by side (REG-3, REG-5)', () => {
  it('REG-3: reads each of the owner’s advances in time order among five other registrations’ progress, renewing up to its last', () => {
    // From 1 March 00:00 UTC: A owns and advances at 19:00, 22:00 and 23:00; five others register and progress in between.
    const r = one({
      registrations: [
        reg('A', C, partner('P-0'), '2026-03-01T00:00:00Z', [
          [1, '2026-03-01T19:00:00Z'],
          [2, '2026-03-01T22:00:00Z'],
          [3, '2026-03-02T07:00:00+08:00'],
        ]),
        reg('B', C, partner('P-1'), '2026-03-01T01:00:00Z', [[1, '2026-03-01T23:00:00Z']]),
        reg('D', C, partner('P-2'), '2026-03-01T01:00:00Z', [[1, '2026-03-01T02:00:00Z']]),
        reg('E', C, direct('KA-3'), '2026-03-01T07:00:00Z', [[1, '2026-03-01T23:00:00Z']]),
        reg('F', C, direct('KA-4'), '2026-03-01T01:00:00Z', [[1, '2026-03-01T02:00:00Z']]),
        reg('G', C, direct('KA-5'), '2026-03-01T07:00:00Z', [[1, '2026-03-01T23:00:00Z']]),
      ],
      asOf: '2026-03-01T23:00:00Z',
    });
    expect(r).toMatchObject({ status: 'owned', owner: 'A', keySupport: true, protectedUntil: '2026-03-29T23:00:00.000Z' });
    expect(r.timeline.map((e) => [e.event, e.at, e.stage])).toEqual([
      ['owns', '2026-03-01T00:00:00.000Z', undefined],
      ['advanced', '2026-03-01T19:00:00.000Z', 1],
      ['advanced', '2026-03-01T22:00:00.000Z', 2],
      ['advanced', '2026-03-01T23:00:00.000Z', 3],
      ['key-support', '2026-03-01T23:00:00.000Z', 3],
    ]);
  });
});

describe('resolveOwnership edges: many registrations of one customer (REG-1, REG-3)', () => {
  // Thirty partners register an hour apart from 1 March; the input lists them latest first.
  const HOUR = 3_600_000;
  const start = Date.UTC(2026, 2, 1);
  const many: Registration[] = Array.from({ length: 30 }, (_, k) =>
    reg(`R${String(29 - k).padStart(2, '0')}`, C, partner(`P-${29 - k}`), new Date(start + (29 - k) * HOUR).toISOString()),
  );

  it('REG-1: the earliest of thirty owns, and REG-3: the next earliest is the challenger, whatever the input order', () => {
    const asOf = '2026-03-29T00:00:00Z';
    const r = one({ registrations: many, asOf });
    expect(r).toMatchObject({ status: 'takeover-open', owner: 'R00', challenger: 'R01', protectedUntil: '2026-03-29T00:00:00.000Z' });
    expect(one({ registrations: [...many].reverse(), asOf })).toEqual(r);
    expect(one({ registrations: [...many.slice(11), ...many.slice(0, 11)], asOf })).toEqual(r);
  });

  it('REG-3: after R01 takes over, R02 is next in line when R01 lapses', () => {
    const r = one({
      registrations: many,
      takeovers: [{ customerId: C, registrationId: 'R01', at: '2026-03-29T00:00:00Z' }],
      asOf: '2026-04-26T00:00:00Z',
    });
    expect(r).toMatchObject({ status: 'takeover-open', owner: 'R01', challenger: 'R02' });
  });
});

describe('resolveOwnership edges: results belong to the caller', () => {
  it('changing one result’s rules, timeline or rejected list changes no later result', () => {
    const input: OwnershipInput = {
      registrations: [reg('A', C, partner('P-0107'), '2026-03-02T00:00:00Z'), reg('X', 'C-4', partner('P-0233'), '2026-03-02T00:00:00Z')],
      asOf: '2026-03-05T00:00:00Z',
    };
    const first = resolveOwnership(telecomProgram, input);
    for (const r of first) {
      r.rules.push('REG-5');
      r.timeline.length = 0;
      r.rejected.push({ registrationId: 'A', kind: 'takeover', at: '2026-03-04T00:00:00.000Z', reason: 'already-owner', rules: ['REG-3'] });
    }
    for (const r of resolveOwnership(telecomProgram, input)) {
      expect(r.rules).toEqual(['REG-1', 'REG-3']);
      expect(r.timeline).toHaveLength(1);
      expect(r.rejected).toEqual([]);
    }
  });
});

describe('resolveOwnership edges: policies', () => {
  it('names what the cloud program lacks: registration-conflict rules', () => {
    let caught: unknown;
    try {
      resolveOwnership(cloudProgram, { registrations: [reg('A', C, partner('P-0107'), '2026-03-02T00:00:00Z')], asOf: '2026-03-05T00:00:00Z' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PolicyError);
    expect((caught as PolicyError).issues).toEqual([{ path: ['policy', 'conflict'], message: 'the cloud program configures no registration-conflict rules' }]);
  });
});
