import { describe, expect, it } from 'vitest';
import { formatPath, PolicyError } from '../../src/core/errors.js';

describe('PolicyError (CONV-5)', () => {
  it('carries a stable code, every issue with its path, and a readable message', () => {
    const e = new PolicyError('INVALID_INPUT', [
      { path: ['receipts', 3, 'amount'], message: 'must not be negative' },
      { path: ['period', 'from'], message: 'must be a real calendar date' },
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PolicyError');
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(2);
    expect(e.message).toBe('receipts[3].amount: must not be negative; period.from: must be a real calendar date');
    expect(Object.isFrozen(e.issues)).toBe(true);
  });

  it('always has at least one issue', () => {
    const e = new PolicyError('NOT_CONFIGURED', [], 'no deposit');
    expect(e.issues).toEqual([{ path: [], message: 'no deposit' }]);
  });

  it('is recognised across copies of the library by instanceof', () => {
    // A copy's error carries the same registered brand symbol.
    const foreign = Object.create(Error.prototype, { [Symbol.for('channel-policy.PolicyError')]: { value: true } }) as unknown;
    expect(foreign instanceof PolicyError).toBe(true);
    expect(new Error('x') instanceof PolicyError).toBe(false);
    expect((null as unknown) instanceof PolicyError).toBe(false);
  });

  it('formats paths the way users read them', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['a', 0, 'b', 12])).toBe('a[0].b[12]');
    expect(formatPath([2, 'x'])).toBe('[2].x');
  });
});
