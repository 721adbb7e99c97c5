import { describe, expect, it } from 'vitest';
import { resolveOwnership, type OwnershipInput } from '../../src/conflict/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { deepFreeze, direct, expectPolicyError, partner, reg } from './helpers.js';

const C = 'C-1001';
const asOf = '2026-04-01T00:00:00Z';
const A = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [
  [1, '2026-03-03T00:00:00Z'],
  [3, '2026-03-10T00:00:00Z'],
]);
const B = reg('B', C, direct('KA-7'), '2026-03-02T01:30:00Z');

const run = (input: unknown) => () => resolveOwnership(telecomProgram, input as OwnershipInput);

describe('resolveOwnership input (CONV-5)', () => {
  it('names every bad field of every record', () => {
    const error = expectPolicyError(
      run({
        registrations: [
          { id: '', customerId: C, party: partner('P-1'), registeredAt: '2026-03-02T09:00:00' },
          { id: 'R2', customerId: 7, party: { kind: 'reseller', id: 'X' }, registeredAt: '2026-03-02T09:00:00Z' },
          null,
          { id: 'R4', customerId: C, party: partner(''), registeredAt: '2026-02-30T09:00:00Z', progress: [{ stage: 6, at: '2026-03-03T00:00:00Z' }, { stage: 2.5, at: 'soon' }, 'stage 3'] },
        ],
        asOf: '2026-04-01',
      }),
      'INVALID_INPUT',
      [
        ['asOf'],
        ['registrations', 0, 'id'],
        ['registrations', 0, 'registeredAt'],
        ['registrations', 1, 'party', 'kind'],
        ['registrations', 1, 'customerId'],
        ['registrations', 2],
        ['registrations', 3, 'party', 'id'],
        ['registrations', 3, 'registeredAt'],
        ['registrations', 3, 'progress', 0, 'stage'],
        ['registrations', 3, 'progress', 1, 'stage'],
        ['registrations', 3, 'progress', 1, 'at'],
        ['registrations', 3, 'progress', 2],
      ],
    );
    expect(error.message).toMatch(/registrations\[0\]\.registeredAt: must be an ISO 8601 instant with an offset/);
    expect(error.message).toMatch(/registrations\[1\]\.party\.kind: must be "partner" or "direct", got "reseller"/);
    expect(error.message).toMatch(/registrations\[3\]\.progress\[0\]\.stage: must be a stage 1 to 5, got 6/);
  });

  it('refuses NaN, Infinity, numbers as instants and strings as stages', () => {
    expectPolicyError(
      run({ registrations: [{ ...A, progress: [{ stage: NaN, at: '2026-03-03T00:00:00Z' }, { stage: '3', at: Infinity }] }], asOf: Date.UTC(2026, 3, 1) }),
      'INVALID_INPUT',
      [['asOf'], ['registrations', 0, 'progress', 0, 'stage'], ['registrations', 0, 'progress', 1, 'stage'], ['registrations', 0, 'progress', 1, 'at']],
    );
  });

  it('refuses a missing or wrong-shaped input', () => {
    expectPolicyError(run(null), 'INVALID_INPUT', [[]]);
    expectPolicyError(run([A]), 'INVALID_INPUT', [[]]);
    expectPolicyError(run({ asOf }), 'INVALID_INPUT', [['registrations']]);
    expectPolicyError(run({ registrations: 'A,B', asOf }), 'INVALID_INPUT', [['registrations']]);
    expectPolicyError(run({ registrations: { 0: A }, asOf }), 'INVALID_INPUT', [['registrations']]);
    expectPolicyError(run({ registrations: [A], takeovers: null, asOf }), 'INVALID_INPUT', [['takeovers']]);
    expectPolicyError(run({ registrations: [{ ...A, progress: null }], asOf }), 'INVALID_INPUT', [['registrations', 0, 'progress']]);
    expectPolicyError(run({ registrations: [{ ...A, party: null }], asOf }), 'INVALID_INPUT', [['registrations', 0, 'party']]);
  });

  it('refuses unknown fields, so that a misspelt optional field cannot pass unnoticed', () => {
    expectPolicyError(
      run({
        registrations: [{ ...B, progres: [{ stage: 3, at: '2026-03-10T00:00:00Z' }], party: { ...B.party, name: 'Key accounts' } }, { ...A, progress: [{ stage: 1, at: '2026-03-03T00:00:00Z', note: 'call' }] }],
        takeover: [],
        asOf,
      }),
      'INVALID_INPUT',
      [['takeover'], ['registrations', 0, 'party', 'name'], ['registrations', 0, 'progres'], ['registrations', 1, 'progress', 0, 'note']],
    );
  });

  it('turns a getter or an iterator that throws into a PolicyError naming where', () => {
    const trap = { ...B };
    Object.defineProperty(trap, 'registeredAt', { enumerable: true, get: () => { throw new Error('row locked'); } });
    const error = expectPolicyError(run({ registrations: [A, trap], asOf }), 'INVALID_INPUT', [['registrations', 1, 'registeredAt']]);
    expect(error.message).toMatch(/could not be read: row locked/);
    const broken = { *[Symbol.iterator]() { yield A; throw new Error('connection lost'); } };
    expectPolicyError(run({ registrations: broken, asOf }), 'INVALID_INPUT', [['registrations']]);
    const top = Object.defineProperty({ registrations: [A] }, 'asOf', { enumerable: true, get: () => { throw new Error('no clock'); } });
    expectPolicyError(run(top), 'INVALID_INPUT', [['asOf']]);
  });

  it('reports a list item that cannot be read, or looked at, at its index and goes on with the others', () => {
    const locked = (items: unknown[], index: number) =>
      Object.defineProperty(items, index, {
        enumerable: true,
        get() {
          throw new Error('row locked');
        },
      });
    const revoked = () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    };
    const bad = { ...B, id: 'R3', registeredAt: 'yesterday' };
    const error = expectPolicyError(run({ registrations: locked([A, null, bad], 1), asOf }), 'INVALID_INPUT', [
      ['registrations', 1],
      ['registrations', 2, 'registeredAt'],
    ]);
    expect(error.issues[0]!.message).toBe('could not be read: row locked');
    expectPolicyError(run({ registrations: [A, revoked(), B], asOf }), 'INVALID_INPUT', [['registrations', 1]]);
    expectPolicyError(run({ registrations: [A, { ...B, progress: [{ stage: 1, at: asOf }, revoked()] }], asOf }), 'INVALID_INPUT', [['registrations', 1, 'progress', 1]]);
    const takeover = { customerId: C, registrationId: 'B', at: '2026-03-31T00:00:00Z' };
    expectPolicyError(run({ registrations: [A, B], takeovers: locked([takeover, takeover], 0), asOf }), 'INVALID_INPUT', [['takeovers', 0]]);
    expectPolicyError(run({ registrations: [A, B], takeovers: [revoked()], asOf }), 'INVALID_INPUT', [['takeovers', 0]]);
    expectPolicyError(run(revoked()), 'INVALID_INPUT', [[]]);
  });

  it('caps a flood of bad rows at 100 issues and says how many more there were', () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ ...B, id: `R${i}`, registeredAt: 'yesterday' }));
    const error = expectPolicyError(run({ registrations: rows, asOf }), 'INVALID_INPUT', [...Array.from({ length: 100 }, (_, i) => ['registrations', i, 'registeredAt']), []]);
    expect(error.issues.at(-1)!.message).toBe('and 50 more problems');
  });

  it('accepts any iterable of records, and of progress entries', () => {
    const fromSet = resolveOwnership(telecomProgram, {
      registrations: new Set([{ ...A, progress: new Set(A.progress) }, B]),
      takeovers: new Set([{ customerId: C, registrationId: 'B', at: '2026-03-31T00:00:00Z' }]),
      asOf,
    });
    expect(fromSet).toEqual(resolveOwnership(telecomProgram, { registrations: [A, B], takeovers: [{ customerId: C, registrationId: 'B', at: '2026-03-31T00:00:00Z' }], asOf }));
  });

  it('works on frozen input and never changes it', () => {
    const input = deepFreeze({
      registrations: [B, { ...A, progress: [...A.progress!].reverse() }],
      takeovers: [{ customerId: C, registrationId: 'B', at: '2026-03-31T00:00:00Z' }],
      asOf,
    });
    const before = JSON.stringify(input);
    const r = resolveOwnership(telecomProgram, input);
    expect(JSON.stringify(input)).toBe(before);
    expect(r[0]!.owner).toBe('A');
  });
});

describe('resolveOwnership data errors (REG-1)', () => {
  it('refuses two registrations with one id, naming both', () => {
    const error = expectPolicyError(run({ registrations: [A, B, { ...B, customerId: 'C-2' }], asOf }), 'INVALID_INPUT', [['registrations', 2, 'id']]);
    expect(error.message).toMatch(/duplicates the id of registrations\[1\]/);
  });

  it('refuses progress dated before its registration', () => {
    expectPolicyError(run({ registrations: [{ ...A, progress: [{ stage: 1, at: '2026-03-02T08:59:59+08:00' }] }], asOf }), 'INVALID_INPUT', [
      ['registrations', 0, 'progress', 0, 'at'],
    ]);
  });

  it('refuses a stage that goes back, in whatever order the entries come', () => {
    const back = [
      { stage: 3, at: '2026-03-10T00:00:00Z' },
      { stage: 4, at: '2026-03-05T00:00:00Z' },
      { stage: 1, at: '2026-03-03T00:00:00Z' },
    ];
    const error = expectPolicyError(run({ registrations: [{ ...A, progress: back }], asOf }), 'INVALID_INPUT', [['registrations', 0, 'progress', 0, 'stage']]);
    expect(error.message).toMatch(/goes back to stage 3 after stage 4 was reached at 2026-03-05T00:00:00.000Z/);
    // The same stage again, or two stages at one instant, is no going back.
    const fine = [
      { stage: 2, at: '2026-03-10T00:00:00Z' },
      { stage: 2, at: '2026-03-12T00:00:00Z' },
      { stage: 1, at: '2026-03-10T00:00:00Z' },
    ] as const;
    expect(() => resolveOwnership(telecomProgram, { registrations: [{ ...A, progress: fine }], asOf })).not.toThrow();
  });

  it('refuses a takeover naming an unknown registration, another customer’s, or one made later', () => {
    expectPolicyError(
      run({
        registrations: [A, B, reg('X', 'C-2', partner('P-0233'), '2026-03-01T00:00:00Z')],
        takeovers: [
          { customerId: C, registrationId: 'Z', at: asOf },
          { customerId: C, registrationId: 'X', at: asOf },
          { customerId: C, registrationId: 'B', at: '2026-03-02T01:29:59Z' },
          { customerId: C, registrationId: 'B' },
        ],
        asOf,
      }),
      'INVALID_INPUT',
      [
        ['takeovers', 0, 'registrationId'],
        ['takeovers', 1, 'customerId'],
        ['takeovers', 2, 'at'],
        ['takeovers', 3, 'at'],
      ],
    );
  });

  it('checks records after asOf too: a data error is an error whenever it is dated', () => {
    const future = reg('F', C, partner('P-0318'), '2027-01-01T00:00:00Z', [[2, '2026-12-31T00:00:00Z']]);
    expectPolicyError(run({ registrations: [A, future], asOf }), 'INVALID_INPUT', [['registrations', 1, 'progress', 0, 'at']]);
  });
});
