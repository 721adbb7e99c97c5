/**
 * Prototype pollution is impossible: through definePolicy's overrides (API:
 * "keys such as __proto__ or constructor can never reach a prototype") and
 * through any input object of any public function.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError, cloudProgram, definePolicy, telecomProgram, type Policy } from '../../src/index.js';
import { applyHostility } from './hostile.js';
import { globalState, pollutionSince } from './globals.js';
import { allEntries } from './table.js';
import { fingerprint } from './snapshot.js';

const POISON = ['__proto__', 'constructor', 'prototype'] as const;

function policyErrorOf(call: () => unknown): PolicyError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

describe('definePolicy keeps overrides away from every prototype', () => {
  it.each([
    ['{"__proto__":{"polluted":"yes"}}', ['__proto__']],
    ['{"constructor":{"prototype":{"polluted":"yes"}}}', ['constructor']],
    ['{"prototype":{"polluted":"yes"}}', ['prototype']],
    ['{"tiers":{"__proto__":{"polluted":"yes"}}}', ['tiers', '__proto__']],
    ['{"tiers":{"thresholds":{"constructor":{"prototype":{"polluted":"yes"}}}}}', ['tiers', 'thresholds', 'constructor']],
    ['{"commission":{"lines":{"__proto__":{"kind":"margin"}}}}', ['commission', 'lines', '__proto__']],
    ['{"payout":{"steps":[{"step":"x","days":1,"__proto__":{"polluted":"yes"}}]}}', ['payout', 'steps', 0, '__proto__']],
  ] as const)('refuses the overrides %s as INVALID_POLICY at %j, and Object.prototype stays clean', (json, path) => {
    const before = globalState();
    const overrides = JSON.parse(json) as object;
    const e = policyErrorOf(() => definePolicy(telecomProgram, overrides));
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.issues.map((i) => i.path)).toContainEqual(path);
    expect(pollutionSince(before)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a base policy carrying such a key, whatever its depth', () => {
    for (const json of ['{"__proto__":{"polluted":"yes"}}', '{"bids":{"weights":{"__proto__":{"polluted":"yes"}}}}']) {
      const base = { ...(JSON.parse(JSON.stringify(cloudProgram)) as Policy) };
      const poisoned = JSON.parse(json) as Record<string, unknown>;
      const merged = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      if ('bids' in poisoned) Object.defineProperty((merged.bids as { weights: object }).weights, '__proto__', { value: { polluted: 'yes' }, enumerable: true });
      else Object.defineProperty(merged, '__proto__', { value: { polluted: 'yes' }, enumerable: true });
      const before = globalState();
      expect(policyErrorOf(() => definePolicy(merged as unknown as Policy, {})).code).toBe('INVALID_POLICY');
      expect(pollutionSince(before)).toBeNull();
    }
  });

  it('for any override path, a __proto__, constructor or prototype key never reaches a prototype and the result has plain prototypes', () => {
    const path = fc.array(fc.constantFrom('tiers', 'thresholds', 'commission', 'lines', 'port', 'deposit', 'byTier', 'bids', 'weights', 'x'), { maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(telecomProgram, cloudProgram), path, fc.constantFrom(...POISON), (base, keys, poison) => {
        const before = globalState();
        const json = keys.reduceRight((inner, k) => `{"${k}":${inner}}`, `{"${poison}":{"polluted":"yes","prototype":{"polluted":"yes"}}}`);
        try {
          const p = definePolicy(base, JSON.parse(json) as object);
          // Only reachable when the poisoned key sat under an unknown or replaced key that the schema then refused; never silently kept.
          expect(JSON.stringify(p)).not.toContain('polluted');
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyError);
        }
        expect(pollutionSince(before)).toBeNull();
      }),
    );
  });
});

describe('no input object of any public function can pollute a prototype', () => {
  // Every place in one valid input of every row, given each poisoned own key in turn, as JSON.parse makes it.
  it.each(allEntries().filter((r) => r.entry.hostile !== false).map((r) => [r.id, r] as const))('%s', (_id, row) => {
    const [valid] = fc.sample(row.entry.valid, { numRuns: 1, seed: 42 });
    const call = row.entry.call ?? (row.fn as (...a: unknown[]) => unknown);
    for (let at = 0; at < 60; at++) {
      for (const key of POISON) {
        const args = applyHostility(valid!, { kind: 'proto-key', at, key });
        const before = globalState();
        const snapshot = fingerprint(args);
        try {
          call(...args);
        } catch {
          // Refusing the input is fine; what is checked is that nothing leaked.
        }
        expect(pollutionSince(before), `${row.id} with ${key} at place ${at}`).toBeNull();
        expect(fingerprint(args)).toBe(snapshot);
      }
    }
  });
});
