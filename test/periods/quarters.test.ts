import { assert, describe, expect, it } from 'vitest';
import { addQuarters, monthRange, quarterOf, quarterRange } from '../../src/periods/index.js';
import { policyErrorOf } from '../helpers.js';

describe('quarter and month helpers (PER-3)', () => {
  it('names the quarter of a date', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('gives the bounds of quarters and months', () => {
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('moves by quarters both ways', () => {
    expect(addQuarters('2026-Q4', 1)).toBe('2027-Q1');
    expect(addQuarters('2026-Q1', -1)).toBe('2025-Q4');
    expect(addQuarters('2026-Q2', 0)).toBe('2026-Q2');
    expect(addQuarters('2026-Q2', -9)).toBe('2024-Q1');
  });

  it('rejects malformed input', () => {
    expect(() => quarterRange('2026-Q0')).toThrowError(/quarter: must be a calendar quarter/);
    expect(() => monthRange('2026-00')).toThrowError(/month: must be a calendar month/);
    expect(() => quarterOf('2026-02-30')).toThrowError(/date/);
    expect(() => addQuarters('9999-Q4', 1)).toThrowError(/n:/);
    expect(() => addQuarters('2026-Q1', 0.5)).toThrowError(/n:/);
  });
});

describe('quarter helpers at the ends of years 0001–9999 (PER-3)', () => {
  it('reaches the first and the last quarter, and no further', () => {
    expect(addQuarters('0002-Q1', -4)).toBe('0001-Q1');
    expect(addQuarters('9998-Q4', 1)).toBe('9999-Q1');
    expect(addQuarters('0001-Q1', 9999 * 4 - 1)).toBe('9999-Q4');
    const outside = [{ path: ['n'], message: 'moves the quarter outside years 0001–9999' }];
    expect(policyErrorOf(() => addQuarters('0001-Q1', -1)).issues).toEqual(outside);
    expect(policyErrorOf(() => addQuarters('9999-Q4', 1)).issues).toEqual(outside);
  });

  it('names the argument at fault', () => {
    expect(policyErrorOf(() => quarterOf('2026-02-30')).issues).toEqual([
      { path: ['date'], message: 'must be a real calendar date written YYYY-MM-DD, got "2026-02-30"' },
    ]);
    expect(policyErrorOf(() => addQuarters('2026-Q5', 1)).issues).toEqual([
      { path: ['quarter'], message: 'must be a calendar quarter written YYYY-Qn, such as "2026-Q1", got "2026-Q5"' },
    ]);
    // A string is quoted; anything else is named without running its code (a cycle, a BigInt, a toJSON, a proxy trap).
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const trapped = new Proxy({}, { get: () => assert.fail('a trap ran') });
    for (const [quarter, shown] of [[cyclic, 'an object'], [10n, '10'], [{ toJSON: () => '2026-Q1' }, 'an object'], [trapped, 'an object'], [[2026, 1], 'an array'], [Number.NaN, 'NaN']] as const) {
      expect(policyErrorOf(() => quarterRange(quarter as never)).issues).toEqual([{ path: ['quarter'], message: `must be a calendar quarter written YYYY-Qn, such as "2026-Q1", got ${shown}` }]);
    }
    for (const [month, shown] of [[cyclic, 'an object'], [202601, '202601'], ['2026-1', '"2026-1"']] as const) {
      expect(policyErrorOf(() => monthRange(month as never)).issues).toEqual([{ path: ['month'], message: `must be a calendar month written YYYY-MM, such as "2026-01", got ${shown}` }]);
    }
    for (const [n, shown] of [['1', '1'], [0.5, '0.5'], [Number.POSITIVE_INFINITY, 'Infinity'], [2 ** 53, '9007199254740992']] as const) {
      expect(policyErrorOf(() => addQuarters('2026-Q1', n as number)).issues).toEqual([{ path: ['n'], message: `must be a whole number, got ${shown}` }]);
    }
    // Anything but a primitive is named by its type: its toString, getters and proxy traps never run.
    for (const [n, shown] of [[Object.create(null), 'an object'], [[1], 'an array']] as const) {
      expect(policyErrorOf(() => addQuarters('2026-Q1', n as never)).issues).toEqual([{ path: ['n'], message: `must be a whole number, got ${shown}` }]);
    }
  });
});
