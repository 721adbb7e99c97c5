import { describe, expect, it } from 'vitest';
import { checkMonth, checkQuarter } from '../../src/core/quarters.js';
import { addQuarters, monthRange, quarterRange } from '../../src/periods/index.js';
import { issueList, policyErrorOf } from '../helpers.js';

describe('quarters and months of year 0000 and 0001 (PER-3, CONV-3)', () => {
  it('accepts year 0001, the first supported year', () => {
    expect(checkQuarter('0001-Q1', ['quarter'])).toEqual({ year: 1, q: 1 });
    expect(checkMonth('0001-01', ['month'])).toEqual({ year: 1, month: 1 });
    expect(checkMonth('0001-12', ['month'])).toEqual({ year: 1, month: 12 });
    expect(quarterRange('0001-Q1')).toEqual({ from: '0001-01-01', to: '0001-03-31' });
    expect(monthRange('0001-01')).toEqual({ from: '0001-01-01', to: '0001-01-31' });
    expect(monthRange('0001-02')).toEqual({ from: '0001-02-01', to: '0001-02-28' });
  });

  it('refuses year 0000 with the field’s path and the value quoted', () => {
    let e = policyErrorOf(() => checkQuarter('0000-Q4', ['quarter']));
    expect(e.code).toBe('INVALID_INPUT');
    expect(issueList(e)).toEqual([
      { path: ['quarter'], message: 'must be a calendar quarter written YYYY-Qn, such as "2026-Q1", got "0000-Q4"' },
    ]);
    e = policyErrorOf(() => checkMonth('0000-12', ['month']));
    expect(e.code).toBe('INVALID_INPUT');
    expect(issueList(e)).toEqual([
      { path: ['month'], message: 'must be a calendar month written YYYY-MM, such as "2026-01", got "0000-12"' },
    ]);
    expect(issueList(policyErrorOf(() => quarterRange('0000-Q1')))).toEqual([
      { path: ['quarter'], message: 'must be a calendar quarter written YYYY-Qn, such as "2026-Q1", got "0000-Q1"' },
    ]);
    expect(issueList(policyErrorOf(() => addQuarters('0000-Q4', 1)))).toEqual([
      { path: ['quarter'], message: 'must be a calendar quarter written YYYY-Qn, such as "2026-Q1", got "0000-Q4"' },
    ]);
    expect(issueList(policyErrorOf(() => monthRange('0000-01')))).toEqual([
      { path: ['month'], message: 'must be a calendar month written YYYY-MM, such as "2026-01", got "0000-01"' },
    ]);
  });
});
