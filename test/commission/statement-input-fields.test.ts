import { describe, expect, test } from 'vitest';
import { commissionStatement } from '../../src/commission/index.js';
import { DATE_MESSAGE } from '../../src/core/dates.js';
import { type PolicyIssue } from '../../src/core/errors.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { policyErrorOf as errorOf } from '../helpers.js';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };

/** The issues commissionStatement reports for `input`, after checking the error's code. */
function issuesOf(input: unknown): { path: PolicyIssue['path']; message: string }[] {
  const e = errorOf(() => commissionStatement(telecomProgram, input as never));
  expect(e.code).toBe('INVALID_INPUT');
  return e.issues.map((i) => ({ path: i.path, message: i.message }));
}

const withInput = (extra: object) => issuesOf({ partnerId: 'P', period: Q2, receipts: [], ...extra });

const OBJECT_MESSAGE = 'must be an object { partnerId, period, receipts, … }';

describe('CONV-5: the statement input itself', () => {
  test.each([null, undefined, 5, 'P-0107', true])('%s is not an input object: one issue at the root', (input) => {
    expect(issuesOf(input)).toEqual([{ path: [], message: OBJECT_MESSAGE }]);
  });

  test('a field whose getter throws becomes one INVALID_INPUT issue at the root that quotes the cause', () => {
    const input = Object.defineProperty({ period: Q2, receipts: [] }, 'partnerId', {
      enumerable: true,
      get() {
        throw new Error('database cursor closed');
      },
    });
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual([]);
    expect(issues[0]!.message).toMatch(/^could not be read: .*database cursor closed/);
  });

  test('unknown fields, each with its own path', () => {
    expect(withInput({ extra: 1, Receipts: [] })).toEqual([
      { path: ['extra'], message: 'is not a known field' },
      { path: ['Receipts'], message: 'is not a known field' },
    ]);
  });

  test.each([[''], [5], [null]])('partnerId %j is refused', (partnerId) => {
    expect(withInput({ partnerId })).toEqual([{ path: ['partnerId'], message: 'must be a non-empty string' }]);
  });

  test('a missing partnerId is refused', () => {
    expect(issuesOf({ period: Q2, receipts: [] })).toEqual([{ path: ['partnerId'], message: 'must be a non-empty string' }]);
  });
});

describe('CONV-3, CONV-5: the period', () => {
  const PERIOD_MESSAGE = 'must be an object { from, to } of dates, inclusive';

  test.each([[null], ['2026-Q2'], [5], [undefined]])('period %j is not an object: one issue at period', (period) => {
    expect(withInput({ period })).toEqual([{ path: ['period'], message: PERIOD_MESSAGE }]);
  });

  test('a bad from is reported at period.from alone, with a good to', () => {
    expect(withInput({ period: { from: '2026-02-30', to: '2026-06-30' } })).toEqual([{ path: ['period', 'from'], message: DATE_MESSAGE }]);
    expect(withInput({ period: { to: '2026-06-30' } })).toEqual([{ path: ['period', 'from'], message: DATE_MESSAGE }]);
  });

  test('a bad to is reported at period.to alone, with a good from (no order issue as well)', () => {
    expect(withInput({ period: { from: '2026-04-01', to: '2026-06-31' } })).toEqual([{ path: ['period', 'to'], message: DATE_MESSAGE }]);
    expect(withInput({ period: { from: '2026-04-01', to: '' } })).toEqual([{ path: ['period', 'to'], message: DATE_MESSAGE }]);
    expect(withInput({ period: { from: '2026-04-01' } })).toEqual([{ path: ['period', 'to'], message: DATE_MESSAGE }]);
  });

  test('both bad: two issues', () => {
    expect(withInput({ period: {} })).toEqual([
      { path: ['period', 'from'], message: DATE_MESSAGE },
      { path: ['period', 'to'], message: DATE_MESSAGE },
    ]);
  });

  test('a period ending the day before it starts is refused, naming the start', () => {
    expect(withInput({ period: { from: '2026-04-01', to: '2026-03-31' } })).toEqual([
      { path: ['period', 'to'], message: 'must not be before period.from (2026-04-01)' },
    ]);
  });

  test('a one-day period (from = to) is a valid period', () => {
    const s = commissionStatement(telecomProgram, { partnerId: 'P', period: { from: '2026-04-01', to: '2026-04-01' }, receipts: [] });
    expect(s.period).toEqual({ from: '2026-04-01', to: '2026-04-01' });
    expect(s.totals.payable).toBe('0.00');
  });
});

describe('CONV-5: the streams and the carried-in balance', () => {
  const RECEIPTS_MESSAGE = 'must be an iterable of receipts (an array, a Set, a generator, …)';
  const REFUNDS_MESSAGE = 'must be an iterable of refunds (an array, a Set, a generator, …)';

  test.each([['R1'], [{}], [{ length: 0 }], [null], [5]])('receipts %j is not an iterable of receipts', (receipts) => {
    expect(withInput({ receipts })).toEqual([{ path: ['receipts'], message: RECEIPTS_MESSAGE }]);
  });

  test('missing receipts are refused', () => {
    expect(issuesOf({ partnerId: 'P', period: Q2 })).toEqual([{ path: ['receipts'], message: RECEIPTS_MESSAGE }]);
  });

  test.each([['F1'], [{}], [null], [5]])('refunds %j is not an iterable of refunds', (refunds) => {
    expect(withInput({ refunds })).toEqual([{ path: ['refunds'], message: REFUNDS_MESSAGE }]);
  });

  test('a Set and a generator are iterables; refunds may be left out', () => {
    function* none() {}
    expect(commissionStatement(telecomProgram, { partnerId: 'P', period: Q2, receipts: new Set(), refunds: none() }).lines).toEqual([]);
    expect(commissionStatement(telecomProgram, { partnerId: 'P', period: Q2, receipts: none() }).clawbacks).toEqual([]);
  });

  test('a negative carried-in balance is refused at carriedIn', () => {
    expect(withInput({ carriedIn: '-1.00' })).toEqual([{ path: ['carriedIn'], message: 'must not be negative, got "-1.00"' }]);
  });

  test('every bad field at once, in field order', () => {
    expect(withInput({ partnerId: '', period: null, receipts: 'R1', refunds: 5, extra: true }).map((i) => i.path)).toEqual([
      ['extra'],
      ['partnerId'],
      ['period'],
      ['receipts'],
      ['refunds'],
    ]);
  });
});
