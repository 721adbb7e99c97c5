/**
 * Validating, freezing and recognising policies.
 * @module
 */
import { PolicyError } from '../core/errors.js';
import { parseWith } from '../core/validate.js';
import { policySchema } from './schema.js';
import type { Policy } from './types.js';

/** Policies this library validated and froze itself. */
const sealed = new WeakSet<object>();
/** Frozen policies from elsewhere (rebuilt from JSON, say), validated once. */
const checkedForeign = new WeakMap<object, Policy>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Validates a policy, then returns it as a fresh, deeply frozen object. */
export function sealPolicy(input: unknown, base: readonly (string | number)[] = []): Policy {
  const policy = deepFreeze(parseWith(policySchema, input, 'INVALID_POLICY', base) as Policy);
  sealed.add(policy);
  return policy;
}

/**
 * The policy argument of every calculation. Policies made by this library pass
 * at once; any other object is validated (frozen ones only once).
 */
export function usePolicy(policy: unknown): Policy {
  if (typeof policy !== 'object' || policy === null) {
    throw new PolicyError('INVALID_POLICY', [{ path: ['policy'], message: 'must be a policy object such as telecomProgram' }]);
  }
  if (sealed.has(policy)) return policy as Policy;
  const hit = checkedForeign.get(policy);
  if (hit !== undefined) return hit;
  const checked = sealPolicy(policy, ['policy']);
  if (Object.isFrozen(policy)) checkedForeign.set(policy, checked);
  return checked;
}

/** The section of a policy a calculation needs, or `NOT_CONFIGURED` when the program has none. */
export function requireSection<K extends keyof Policy>(policy: Policy, key: K, what: string): NonNullable<Policy[K]> {
  const section = policy[key];
  if (section === null) {
    throw new PolicyError('NOT_CONFIGURED', [
      { path: ['policy', key], message: `the ${policy.program} program configures no ${what}` },
    ]);
  }
  return section as NonNullable<Policy[K]>;
}
