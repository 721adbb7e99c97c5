/**
 * Ladder bounds are amounts of volume, not cash paid: they may have more
 * places than the currency (CONV-1). A policy accepts them, refuses bounds
 * that are not plain non-negative decimals, and statements over such a ladder
 * keep their line bases adding up to the cash received (COM-3, CONV-2).
 */
import { describe, expect, it } from 'vitest';
import { commissionStatement } from '../../src/commission/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { policyErrorOf } from '../helpers.js';

const ladder = (mode: 'marginal' | 'whole', bound: unknown) => ({
  commission: { lines: { cloud: { kind: 'ladder', mode, brackets: [{ from: '0', to: bound, rate: '0.1' }, { from: bound, to: null, rate: '0.2' }] } } },
});
const month = (mode: 'marginal' | 'whole', amount: string) =>
  commissionStatement(definePolicy(cloudProgram, ladder(mode, '100.005') as never), {
    partnerId: 'SC-1',
    period: { from: '2026-01-01', to: '2026-01-31' },
    receipts: [{ id: 'R1', customerId: 'C1', line: 'cloud', amount, receivedOn: '2026-01-05' }],
  });

describe('ladder bounds finer than the currency (CONV-1)', () => {
  it('are accepted, to any number of places', () => {
    for (const bound of ['100.005', '0.000001', '99999.123456789']) {
      expect(definePolicy(cloudProgram, ladder('marginal', bound) as never).commission.lines['cloud']).toMatchObject({ kind: 'ladder' });
    }
  });

  it('must still be plain, non-negative decimals below 10^15', () => {
    const at = ['commission', 'lines', 'cloud', 'brackets', 0, 'to'];
    expect(policyErrorOf(() => definePolicy(cloudProgram, ladder('marginal', '1e3') as never)).issues[0]).toEqual({
      path: at,
      message: 'must be a plain decimal string such as "1234.56", got "1e3"',
    });
    expect(policyErrorOf(() => definePolicy(cloudProgram, ladder('marginal', '-100.005') as never)).issues[0]).toEqual({
      path: at,
      message: 'must not be negative, got "-100.005"',
    });
    expect(policyErrorOf(() => definePolicy(cloudProgram, ladder('marginal', '1000000000000000') as never)).issues[0]).toEqual({
      path: at,
      message: 'is out of range: its magnitude must be below 10^15, got "1000000000000000"',
    });
  });

  it('marginal: 100.01 over a bound at 100.005 is 100.005 at 10% and 0.005 at 20%, bases adding up to 100.01', () => {
    const s = month('marginal', '100.01');
    // Bases: round(100.005) − 0 = 100.01 and round(100.01) − round(100.005) = 0.00. Commissions 10.0005 → 10.00, 0.001 → 0.00.
    expect(s.lines.map((l) => [l.rate, l.base, l.commission])).toEqual([
      ['0.1', '100.01', '10.00'],
      ['0.2', '0.00', '0.00'],
    ]);
    expect(s.totals.base).toBe('100.01');
  });

  it('whole: 100.00 stays below a bound at 100.005; 100.01 reaches it', () => {
    expect(month('whole', '100.00').lines.map((l) => [l.rate, l.commission])).toEqual([['0.1', '10.00']]);
    expect(month('whole', '100.01').lines.map((l) => [l.rate, l.commission])).toEqual([['0.2', '20.00']]);
  });
});
