import { describe, expect, it } from 'vitest';
import { invalidInput, PolicyError, policyError, receivedValue } from '../../src/core/errors.js';

describe('PolicyError: its message', () => {
  it('writes each issue as "path: message", and an issue at the root as its message alone', () => {
    const e = new PolicyError('INVALID_INPUT', [
      { path: [], message: 'must be an object, got null' },
      { path: ['receipts', 0], message: 'is required' },
    ]);
    expect(e.message).toBe('must be an object, got null; receipts[0]: is required');
  });

  it('puts a summary before the issues when there are issues', () => {
    const e = new PolicyError('REFUND_EXCEEDS_RECEIPT', [{ path: ['refunds', 1, 'amount'], message: 'takes receipt R1 past its amount' }], 'refunds exceed their receipt');
    expect(e.message).toBe('refunds exceed their receipt: refunds[1].amount: takes receipt R1 past its amount');
    expect(e.issues).toEqual([{ path: ['refunds', 1, 'amount'], message: 'takes receipt R1 past its amount' }]);
  });

  it('with a summary and no issues, the summary is the message and the one issue, said once', () => {
    const e = new PolicyError('NOT_CONFIGURED', [], 'the policy has no deposit figures');
    expect(e.message).toBe('the policy has no deposit figures');
    expect(e.issues).toEqual([{ path: [], message: 'the policy has no deposit figures' }]);
  });

  it('with neither issues nor a summary, the code is the message and the one issue', () => {
    const e = new PolicyError('STATEMENT_MISMATCH', []);
    expect(e.message).toBe('STATEMENT_MISMATCH');
    expect(e.issues).toEqual([{ path: [], message: 'STATEMENT_MISMATCH' }]);
  });
});

describe('PolicyError: instanceof', () => {
  it('holds for the errors this copy makes, and they carry the registered brand another copy checks', () => {
    const made = [new PolicyError('INVALID_INPUT', []), policyError('INVALID_POLICY', ['tiers'], 'is wrong'), invalidInput(['amount'], 'is required')];
    for (const e of made) {
      expect(e instanceof PolicyError).toBe(true);
      expect((e as unknown as Record<symbol, unknown>)[Symbol.for('channel-policy.PolicyError')]).toBe(true);
    }
    expect([made[1]!.code, made[2]!.code]).toEqual(['INVALID_POLICY', 'INVALID_INPUT']);
  });
});

describe('receivedValue: null, undefined and values with no better words', () => {
  it('writes null and undefined as written, a symbol and a bigint by their type', () => {
    expect([null, undefined, Symbol('s'), 10n].map(receivedValue)).toEqual(['null', 'undefined', 'a symbol', 'a bigint']);
  });
});
