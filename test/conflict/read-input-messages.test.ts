import { describe, expect, it } from 'vitest';
import { resolveOwnership, type OwnershipInput } from '../../src/conflict/index.js';
import { PolicyError, type PolicyIssue } from '../../src/core/errors.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { direct, partner, reg } from './helpers.js';

const C = 'C-1001';
const asOf = '2026-04-01T00:00:00Z';
const A = reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00', [
  [1, '2026-03-03T00:00:00Z'],
  [3, '2026-03-10T00:00:00Z'],
]);
const B = reg('B', C, direct('KA-7'), '2026-03-02T01:30:00Z');
const X = reg('X', 'C-2', partner('P-0233'), '2026-03-01T00:00:00Z');

const INSTANT = 'an ISO 8601 instant with an offset, such as "2026-04-10T09:30:00+08:00"';
const REQUIRED_NAME = 'is required (expected a non-empty string)';
const UNKNOWN = 'is not a known field';

/** The issues of the INVALID_INPUT error that resolveOwnership throws for `input`, as plain records. */
function issuesOf(input: unknown): { path: (string | number)[]; message: string }[] {
  let caught: unknown;
  try {
    resolveOwnership(telecomProgram, input as OwnershipInput);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(PolicyError);
  expect((caught as PolicyError).code).toBe('INVALID_INPUT');
  return (caught as PolicyError).issues.map((i: PolicyIssue) => ({ path: [...i.path], message: i.message }));
}

const issue = (path: (string | number)[], message: string) => ({ path, message });

/** A copy of `record` whose `field` getter throws `Error(message)`. */
function throwing<T extends object>(record: T, field: string, message: string): T {
  return Object.defineProperty({ ...record }, field, {
    enumerable: true,
    get() {
      throw new Error(message);
    },
  });
}

/** `record` behind a proxy that will not list its keys. */
function keyless<T extends object>(record: T): T {
  return new Proxy(record, {
    ownKeys() {
      throw new Error('keys withheld');
    },
  });
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('resolveOwnership input messages: the input as a whole (CONV-5)', () => {
  it('says what the input must be, and what it got', () => {
    expect(issuesOf(null)).toEqual([issue([], 'must be an object { registrations, takeovers?, asOf }, got null')]);
    expect(issuesOf([A])).toEqual([issue([], 'must be an object { registrations, takeovers?, asOf }, got an array')]);
    const [only, ...rest] = issuesOf(revoked());
    expect(rest).toEqual([]);
    expect(only!.path).toEqual([]);
    expect(only!.message).toMatch(/^could not be read: ./);
  });

  it('says which top-level field could not be read, and the input itself when its keys cannot be listed', () => {
    expect(issuesOf(throwing({ registrations: [A], asOf }, 'registrations', 'no rows'))).toEqual([issue(['registrations'], 'could not be read: no rows')]);
    expect(issuesOf(throwing({ registrations: [A], takeovers: [], asOf }, 'takeovers', 'no takeovers'))).toEqual([issue(['takeovers'], 'could not be read: no takeovers')]);
    expect(issuesOf(throwing({ registrations: [A], asOf }, 'asOf', 'no clock'))).toEqual([issue(['asOf'], 'could not be read: no clock')]);
    expect(issuesOf(keyless({ registrations: [A], asOf }))).toEqual([issue([], 'could not be read: keys withheld')]);
  });

  it('tells a missing field from a wrong one, for asOf, registrations and takeovers', () => {
    expect(issuesOf({ takeover: [] })).toEqual([
      issue(['takeover'], UNKNOWN),
      issue(['asOf'], `is required (expected ${INSTANT})`),
      issue(['registrations'], 'is required (expected an array of registrations)'),
    ]);
    expect(issuesOf({ registrations: 'A,B', takeovers: null, asOf: '2026-04-01' })).toEqual([
      issue(['asOf'], `must be ${INSTANT}, got "2026-04-01"`),
      issue(['registrations'], 'must be an array of registrations, got "A,B"'),
      issue(['takeovers'], 'must be an array of takeovers, got null'),
    ]);
    expect(issuesOf({ registrations: { 0: A }, takeovers: 5, asOf })).toEqual([
      issue(['registrations'], 'must be an array of registrations, got an object'),
      issue(['takeovers'], 'must be an array of takeovers, got 5'),
    ]);
  });

  it('says an iterable of registrations or takeovers could not be read when its iterator throws', () => {
    const broken = (message: string) => ({
      *[Symbol.iterator]() {
        yield A;
        throw new Error(message);
      },
    });
    expect(issuesOf({ registrations: broken('connection lost'), asOf })).toEqual([issue(['registrations'], 'could not be read: connection lost')]);
    expect(issuesOf({ registrations: [A, B], takeovers: broken('takeovers lost'), asOf })).toEqual([issue(['takeovers'], 'could not be read: takeovers lost')]);
  });
});

describe('resolveOwnership input messages: registrations (CONV-5)', () => {
  it('says what a registration must be when it is not an object', () => {
    expect(issuesOf({ registrations: [A, null, 'R3'], asOf })).toEqual([
      issue(['registrations', 1], 'must be an object { id, customerId, party, registeredAt, progress? }, got null'),
      issue(['registrations', 2], 'must be an object { id, customerId, party, registeredAt, progress? }, got "R3"'),
    ]);
  });

  it('names every missing field as required, party first', () => {
    expect(issuesOf({ registrations: [{}], asOf })).toEqual([
      issue(['registrations', 0, 'party'], "is required (expected { kind: 'partner' | 'direct', id })"),
      issue(['registrations', 0, 'id'], REQUIRED_NAME),
      issue(['registrations', 0, 'customerId'], REQUIRED_NAME),
      issue(['registrations', 0, 'registeredAt'], `is required (expected ${INSTANT})`),
    ]);
  });

  it('names every wrong field with what it got', () => {
    expect(issuesOf({ registrations: [{ id: 7, customerId: '', party: 'P-1', registeredAt: 'yesterday', note: 1 }], asOf })).toEqual([
      issue(['registrations', 0, 'party'], `must be an object { kind: 'partner' | 'direct', id }, got "P-1"`),
      issue(['registrations', 0, 'note'], UNKNOWN),
      issue(['registrations', 0, 'id'], 'must be a non-empty string, got 7'),
      issue(['registrations', 0, 'customerId'], 'must be a non-empty string, got ""'),
      issue(['registrations', 0, 'registeredAt'], `must be ${INSTANT}, got "yesterday"`),
    ]);
    expect(issuesOf({ registrations: [{ ...A, party: { kind: 'reseller' } }, { ...B, party: { kind: 'direct', id: 3, name: 'Key accounts' } }], asOf })).toEqual([
      issue(['registrations', 0, 'party', 'kind'], 'must be "partner" or "direct", got "reseller"'),
      issue(['registrations', 0, 'party', 'id'], REQUIRED_NAME),
      issue(['registrations', 1, 'party', 'name'], UNKNOWN),
      issue(['registrations', 1, 'party', 'id'], 'must be a non-empty string, got 3'),
    ]);
  });

  it('says which field of a registration could not be read, and the registration when its keys cannot be listed', () => {
    for (const field of ['id', 'customerId', 'party', 'registeredAt', 'progress']) {
      expect(issuesOf({ registrations: [B, throwing(A, field, `${field} locked`)], asOf }), field).toEqual([
        issue(['registrations', 1, field], `could not be read: ${field} locked`),
      ]);
    }
    expect(issuesOf({ registrations: [B, { ...A, party: throwing(partner('P-0107'), 'kind', 'kind locked') }], asOf })).toEqual([
      issue(['registrations', 1, 'party'], 'could not be read: kind locked'),
    ]);
    expect(issuesOf({ registrations: [B, keyless(A)], asOf })).toEqual([issue(['registrations', 1], 'could not be read: keys withheld')]);
  });

  it('refuses an id used twice, naming the first registration with it, even the very first', () => {
    expect(issuesOf({ registrations: [A, { ...B, id: 'A' }], asOf })).toEqual([issue(['registrations', 1, 'id'], 'duplicates the id of registrations[0] (REG-1)')]);
    expect(issuesOf({ registrations: [X, A, B, { ...B, customerId: 'C-3' }], asOf })).toEqual([
      issue(['registrations', 3, 'id'], 'duplicates the id of registrations[2] (REG-1)'),
    ]);
  });

  it('lets a registration with a bad field claim no id, so a later one with that id is no duplicate', () => {
    for (const [bad, path, message] of [
      [{ ...A, registeredAt: 'yesterday' }, ['registeredAt'], `must be ${INSTANT}, got "yesterday"`],
      [{ ...A, customerId: '' }, ['customerId'], 'must be a non-empty string, got ""'],
      [{ ...A, party: null }, ['party'], `must be an object { kind: 'partner' | 'direct', id }, got null`],
      [{ ...A, party: undefined }, ['party'], "is required (expected { kind: 'partner' | 'direct', id })"],
      [{ ...A, party: { kind: 'reseller', id: 'P-0107' } }, ['party', 'kind'], 'must be "partner" or "direct", got "reseller"'],
      [{ ...A, party: { kind: 'partner', id: '' } }, ['party', 'id'], 'must be a non-empty string, got ""'],
    ] as const) {
      expect(issuesOf({ registrations: [bad, { ...B, id: 'A' }], asOf }), JSON.stringify(bad)).toEqual([issue(['registrations', 0, ...path], message)]);
    }
  });

  it('reports only the missing id of a registration without one, whatever else is wrong with it', () => {
    expect(issuesOf({ registrations: [{ ...A, id: undefined }], asOf })).toEqual([issue(['registrations', 0, 'id'], REQUIRED_NAME)]);
    expect(issuesOf({ registrations: [{ ...A, id: null, registeredAt: 'yesterday' }], asOf })).toEqual([
      issue(['registrations', 0, 'id'], 'must be a non-empty string, got null'),
      issue(['registrations', 0, 'registeredAt'], `must be ${INSTANT}, got "yesterday"`),
    ]);
  });

  it('caps the issues at 100 and counts the rest, however many there are', () => {
    for (const rows of [101, 200, 250]) {
      const input = { registrations: Array.from({ length: rows }, (_, i) => ({ ...B, id: `R${i}`, registeredAt: 'yesterday' })), asOf };
      const issues = issuesOf(input);
      expect(issues).toHaveLength(101);
      expect(issues[99]).toEqual(issue(['registrations', 99, 'registeredAt'], `must be ${INSTANT}, got "yesterday"`));
      expect(issues[100]).toEqual(issue([], `and ${rows - 100} more problems`));
    }
  });
});

describe('resolveOwnership input messages: progress (CONV-5, REG-1)', () => {
  it('says what progress must be, and what each entry must be', () => {
    expect(issuesOf({ registrations: [{ ...A, progress: 3 }, { ...B, progress: null }], asOf })).toEqual([
      issue(['registrations', 0, 'progress'], 'must be an array of { stage, at } entries, got 3'),
      issue(['registrations', 1, 'progress'], 'must be an array of { stage, at } entries, got null'),
    ]);
    const at = '2026-03-03T00:00:00Z';
    expect(
      issuesOf({
        registrations: [{ ...A, progress: ['stage 3', {}, { stage: 0, at }, { stage: '3', at }, { stage: 2, at, note: 'call' }, { stage: 4, at: '2026-03-02T00:59:59Z' }] }],
        asOf,
      }),
    ).toEqual([
      issue(['registrations', 0, 'progress', 0], 'must be an object { stage, at }, got "stage 3"'),
      issue(['registrations', 0, 'progress', 1, 'stage'], 'is required (expected a stage 1 to 5)'),
      issue(['registrations', 0, 'progress', 1, 'at'], `is required (expected ${INSTANT})`),
      issue(['registrations', 0, 'progress', 2, 'stage'], 'must be a stage 1 to 5, got 0'),
      issue(['registrations', 0, 'progress', 3, 'stage'], 'must be a stage 1 to 5, got "3"'),
      issue(['registrations', 0, 'progress', 4, 'note'], UNKNOWN),
      issue(['registrations', 0, 'progress', 5, 'at'], 'is before the registration it belongs to (REG-1)'),
    ]);
  });

  it('does not count a bad stage as reached, so a later good one is no going back', () => {
    const progress = [
      { stage: 6, at: '2026-03-03T00:00:00Z' },
      { stage: 3, at: '2026-03-04T00:00:00Z' },
    ];
    expect(issuesOf({ registrations: [{ ...A, progress }], asOf })).toEqual([issue(['registrations', 0, 'progress', 0, 'stage'], 'must be a stage 1 to 5, got 6')]);
  });

  it('says which entry went back, to which stage, after which stage reached when', () => {
    const progress = [
      { stage: 3, at: '2026-03-10T00:00:00Z' },
      { stage: 4, at: '2026-03-05T08:00:00+08:00' },
      { stage: 1, at: '2026-03-03T00:00:00Z' },
      { stage: 2, at: '2026-03-11T00:00:00Z' },
    ];
    expect(issuesOf({ registrations: [{ ...A, progress }], asOf })).toEqual([
      issue(['registrations', 0, 'progress', 0, 'stage'], 'goes back to stage 3 after stage 4 was reached at 2026-03-05T00:00:00.000Z (REG-1)'),
      issue(['registrations', 0, 'progress', 3, 'stage'], 'goes back to stage 2 after stage 4 was reached at 2026-03-05T00:00:00.000Z (REG-1)'),
    ]);
  });

  it('says which field of an entry could not be read, the entry when its keys cannot be listed, and the progress when its iterator throws', () => {
    const entry = { stage: 1, at: '2026-03-03T00:00:00Z' };
    expect(issuesOf({ registrations: [{ ...A, progress: [entry, throwing(entry, 'stage', 'stage locked'), throwing(entry, 'at', 'at locked'), keyless(entry)] }], asOf })).toEqual([
      issue(['registrations', 0, 'progress', 1, 'stage'], 'could not be read: stage locked'),
      issue(['registrations', 0, 'progress', 2, 'at'], 'could not be read: at locked'),
      issue(['registrations', 0, 'progress', 3], 'could not be read: keys withheld'),
    ]);
    const broken = {
      *[Symbol.iterator]() {
        yield entry;
        throw new Error('progress lost');
      },
    };
    expect(issuesOf({ registrations: [B, { ...A, progress: broken }], asOf })).toEqual([issue(['registrations', 1, 'progress'], 'could not be read: progress lost')]);
  });
});

describe('resolveOwnership input messages: takeovers (CONV-5, REG-1)', () => {
  const ok = { customerId: C, registrationId: 'B', at: '2026-03-31T00:00:00Z' };

  it('says what a takeover must be, and names each missing, wrong or unknown field', () => {
    expect(issuesOf({ registrations: [A, B], takeovers: [5, {}, { ...ok, customerId: 7, registrationId: '', at: 'soon', note: 'agreed' }], asOf })).toEqual([
      issue(['takeovers', 0], 'must be an object { customerId, registrationId, at }, got 5'),
      issue(['takeovers', 1, 'customerId'], REQUIRED_NAME),
      issue(['takeovers', 1, 'registrationId'], REQUIRED_NAME),
      issue(['takeovers', 1, 'at'], `is required (expected ${INSTANT})`),
      issue(['takeovers', 2, 'note'], UNKNOWN),
      issue(['takeovers', 2, 'customerId'], 'must be a non-empty string, got 7'),
      issue(['takeovers', 2, 'registrationId'], 'must be a non-empty string, got ""'),
      issue(['takeovers', 2, 'at'], `must be ${INSTANT}, got "soon"`),
    ]);
  });

  it('looks up no registration for a takeover with a bad field of its own', () => {
    expect(issuesOf({ registrations: [A, B], takeovers: [{ ...ok, registrationId: 'Z', at: 'soon' }, { ...ok, customerId: 'C-2', note: 1 }], asOf })).toEqual([
      issue(['takeovers', 0, 'at'], `must be ${INSTANT}, got "soon"`),
      issue(['takeovers', 1, 'note'], UNKNOWN),
    ]);
  });

  it('looks up no registration when registrations are bad: the one named may just have failed its checks', () => {
    expect(issuesOf({ registrations: [{ ...A, registeredAt: 'yesterday' }, B], takeovers: [{ ...ok, registrationId: 'A' }, { ...ok, registrationId: 'Z' }], asOf })).toEqual([
      issue(['registrations', 0, 'registeredAt'], `must be ${INSTANT}, got "yesterday"`),
    ]);
  });

  it('says which registration a takeover names wrongly, and why', () => {
    expect(
      issuesOf({
        registrations: [A, B, X],
        takeovers: [
          { ...ok, registrationId: 'Z' },
          { ...ok, registrationId: 'X' },
          { ...ok, at: '2026-03-02T09:29:59+08:00' },
          ok,
        ],
        asOf,
      }),
    ).toEqual([
      issue(['takeovers', 0, 'registrationId'], 'names no registration in registrations, got "Z"'),
      issue(['takeovers', 1, 'customerId'], 'is not the customer of registrations[2] ("C-2")'),
      issue(['takeovers', 2, 'at'], 'is before registrations[1], the registration it names, was made'),
    ]);
  });

  it('says which field of a takeover could not be read, and the takeover when its keys cannot be listed', () => {
    for (const field of ['customerId', 'registrationId', 'at']) {
      expect(issuesOf({ registrations: [A, B], takeovers: [ok, throwing(ok, field, `${field} locked`)], asOf }), field).toEqual([
        issue(['takeovers', 1, field], `could not be read: ${field} locked`),
      ]);
    }
    expect(issuesOf({ registrations: [A, B], takeovers: [keyless(ok)], asOf })).toEqual([issue(['takeovers', 0], 'could not be read: keys withheld')]);
  });
});
