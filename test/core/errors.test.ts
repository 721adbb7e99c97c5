import { assert, describe, expect, it } from 'vitest';
import { describeThrown, formatPath, PolicyError, quoteValue, receivedValue, showValue, unreadable } from '../../src/core/errors.js';

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

describe('showValue: a bad value in words, without running its code', () => {
  it('writes a primitive as String does, and names anything else by its type', () => {
    expect([2026, '2026', true, null, undefined, 10n, Number.NaN].map(showValue)).toEqual(['2026', '2026', 'true', 'null', 'undefined', '10', 'NaN']);
    expect([{}, Object.create(null), [1], () => 1].map(showValue)).toEqual(['an object', 'an object', 'an array', 'a function']);
  });

  it('runs no toString, getter or proxy trap, and says "an object" for a revoked proxy', () => {
    const trapped = new Proxy([], { get: () => assert.fail('a trap ran'), getPrototypeOf: () => assert.fail('a trap ran') });
    expect(showValue(trapped)).toBe('an array');
    expect(showValue({ toString: () => assert.fail('toString ran') })).toBe('an object');
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(showValue(proxy)).toBe('an object');
  });
});

describe('describeThrown: what a caller’s getter or trap threw, in words, without throwing', () => {
  it('gives an Error’s message, and anything else as showValue writes it', () => {
    expect(describeThrown(new TypeError('bad getter'))).toBe('bad getter');
    expect(describeThrown('a string')).toBe('a string');
    expect(describeThrown(42)).toBe('42');
    expect(describeThrown(undefined)).toBe('undefined');
    expect(describeThrown(Symbol('s'))).toBe('Symbol(s)');
    expect(describeThrown({ message: 'not an Error' })).toBe('an object');
    expect(describeThrown(Object.create(null))).toBe('an object');
  });

  it('never throws: a revoked proxy, an Error whose message getter throws, an Error whose message is not text', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeThrown(proxy)).toBe('an object');
    const exploding = Object.defineProperty(new Error('x'), 'message', { get: () => assert.fail('the message getter ran and threw') });
    expect(describeThrown(exploding)).toBe('an object');
    const numbered = Object.defineProperty(new Error('x'), 'message', { value: 7 });
    expect(describeThrown(numbered)).toBe('an object');
  });
});

describe('the words for a bad value in messages', () => {
  it('unreadable: "could not be read: " and what was thrown', () => {
    expect(unreadable(new Error('getter exploded'))).toBe('could not be read: getter exploded');
    expect(unreadable(Object.create(null))).toBe('could not be read: an object');
  });

  it('quoteValue: a string quoted as JSON, anything else by showValue', () => {
    expect(['2026-Q5', 7, null, [1], { a: 1 }].map(quoteValue)).toEqual(['"2026-Q5"', '7', 'null', 'an array', 'an object']);
  });

  it('receivedValue: a string quoted and cut at 40 characters, a number or boolean as written, anything else by its type', () => {
    expect(receivedValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
    expect([null, Number.NaN, 12.5, false, [1], () => 1, undefined, 10n].map(receivedValue)).toEqual(['null', 'NaN', '12.5', 'false', 'an array', 'a function', 'undefined', 'a bigint']);
  });
});
