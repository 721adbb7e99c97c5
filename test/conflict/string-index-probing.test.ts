import { describe, expect, it } from 'vitest';
import { resolveOwnership, type OwnershipInput } from '../../src/conflict/index.js';
import { StringIndex } from '../../src/conflict/string-index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { expectPolicyError, partner, reg } from './helpers.js';

/** FNV-1a over UTF-16 code units, the index's hash: only used here to build keys that crowd one slot. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** `count` keys whose hashes all name slot 0 of a table of `size` slots. */
function crowding(count: number, size: number): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.length < count; i++) if ((fnv1a(`K${i}`) & (size - 1)) === 0) keys.push(`K${i}`);
  return keys;
}

// Pairs of different strings with the same 32-bit FNV-1a hash.
const COLLIDING = [
  ['costarring', 'liquid'],
  ['declinate', 'macallums'],
  ['altarage', 'zinke'],
] as const;

describe('StringIndex with colliding hashes and crowded slots', () => {
  it('tells apart different keys whose hashes are equal', () => {
    for (const [a, b] of COLLIDING) {
      expect(fnv1a(a)).toBe(fnv1a(b));
      const keys = [a, b];
      const index = new StringIndex(2);
      expect(index.claim(a, 0, keys)).toBe(-1);
      expect(index.find(b, keys)).toBe(-1);
      expect(index.claim(b, 1, keys)).toBe(-1);
      expect(index.find(a, keys)).toBe(0);
      expect(index.find(b, keys)).toBe(1);
    }
  });

  it('finds a key that went past the probing cap even when the slot after the cap is free', () => {
    // Capacity 9 gives 64 slots: 32 keys starting at slot 0 fill slots 0–31, the 33rd goes to the overflow, slot 32 stays free.
    const keys = crowding(33, 64);
    const index = new StringIndex(9);
    expect(keys.map((k, r) => index.claim(k, r, keys))).toEqual(keys.map(() => -1));
    expect(keys.map((k) => index.find(k, keys))).toEqual(keys.map((_, r) => r));
    expect(keys.map((k) => index.claim(k, 99, keys))).toEqual(keys.map((_, r) => r));
  });

  it('answers -1 for a missing key when every slot it probes is taken and nothing has overflowed', () => {
    // Capacity 0 still gives 16 slots; 16 keys fill them all.
    const keys = Array.from({ length: 16 }, (_, i) => `K${i}`);
    const index = new StringIndex(0);
    expect(keys.map((k, r) => index.claim(k, r, keys))).toEqual(keys.map(() => -1));
    expect(index.find('K16', keys)).toBe(-1);
    expect(index.find('', keys)).toBe(-1);
    expect(keys.map((k) => index.find(k, keys))).toEqual(keys.map((_, r) => r));
  });
});

describe('resolveOwnership with registration ids whose hashes collide (REG-1)', () => {
  const asOf = '2026-04-01T00:00:00Z';
  const run = (input: unknown) => () => resolveOwnership(telecomProgram, input as OwnershipInput);

  it('does not take two different ids with one hash for a duplicate', () => {
    const result = resolveOwnership(telecomProgram, {
      registrations: [reg('costarring', 'C-1', partner('P-1'), '2026-03-01T00:00:00Z'), reg('liquid', 'C-2', partner('P-2'), '2026-03-02T00:00:00Z')],
      asOf,
    });
    expect(result.map((o) => [o.customerId, o.owner])).toEqual([
      ['C-1', 'costarring'],
      ['C-2', 'liquid'],
    ]);
  });

  it('does not let a takeover name a registration through another id with the same hash', () => {
    const error = expectPolicyError(
      run({
        registrations: [reg('costarring', 'C-1', partner('P-1'), '2026-03-01T00:00:00Z')],
        takeovers: [{ customerId: 'C-1', registrationId: 'liquid', at: '2026-03-31T00:00:00Z' }],
        asOf,
      }),
      'INVALID_INPUT',
      [['takeovers', 0, 'registrationId']],
    );
    expect(error.issues[0]!.message).toBe('names no registration in registrations, got "liquid"');
  });

  it('keeps customers whose ids share a hash apart', () => {
    const result = resolveOwnership(telecomProgram, {
      registrations: [reg('R1', 'declinate', partner('P-1'), '2026-03-01T00:00:00Z'), reg('R2', 'macallums', partner('P-2'), '2026-03-01T00:00:00Z')],
      asOf,
    });
    expect(result.map((o) => [o.customerId, o.owner, o.status])).toEqual([
      ['declinate', 'R1', 'owned'],
      ['macallums', 'R2', 'owned'],
    ]);
  });
});
