import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { parseWith } from '../../src/core/validate.js';
import { requiredDeposit } from '../../src/deposit/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { policyErrorOf } from '../helpers.js';

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('parseWith: what a bad value is said to be', () => {
  it('names a value that cannot be looked at (a revoked proxy) as an object, with the code and path of the field', () => {
    const schema = z.object({ tier: z.enum(['gold', 'silver']), count: z.number() });
    const e = policyErrorOf(() => parseWith(schema, { tier: revoked(), count: revoked() }, 'INVALID_POLICY', ['policy']));
    expect(e).toBeInstanceOf(PolicyError);
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.issues).toEqual([
      { path: ['policy', 'tier'], message: 'must be one of "gold", "silver", got an object' },
      { path: ['policy', 'count'], message: 'must be a number, got an object' },
    ]);
  });

  it('still names arrays, objects and functions by their type', () => {
    const e = policyErrorOf(() => parseWith(z.object({ a: z.string(), b: z.string(), c: z.string() }), { a: [], b: {}, c: () => 1 }));
    expect(e.issues.map((i) => i.message)).toEqual(['must be a string, got an array', 'must be a string, got an object', 'must be a string, got a function']);
  });

  it('gives INVALID_INPUT at the field for a revoked proxy given to a public function', () => {
    const e = policyErrorOf(() => requiredDeposit(telecomProgram, { tier: revoked() as never }));
    expect([e.code, e.issues]).toEqual(['INVALID_INPUT', [{ path: ['tier'], message: 'must be one of "gold", "silver", "ordinary", got an object' }]]);
  });
});
