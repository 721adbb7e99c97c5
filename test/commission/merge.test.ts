import { describe, expect, test } from 'vitest';
import { commissionStatement, mergeStatements } from '../../src/commission/index.js';
import type { Receipt } from '../../src/commission/types.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { deepFreeze } from './arbitraries.js';
import { policyErrorOf as errorOf } from '../helpers.js';

const JAN = { from: '2026-01-01', to: '2026-01-31' };
const ecs = (id: string, amount: string): Receipt => ({ id, customerId: 'C1', line: 'ecs', amount, receivedOn: '2026-01-10' });
const month = (receipts: Receipt[], extra: object = {}) => commissionStatement(cloudProgram, { partnerId: 'SC-7', period: JAN, receipts, ...extra });

describe('COM-10: merging partial statements', () => {
  test('re-rounds from the exact merged base, as the statement of the whole does', () => {
    const a = month([ecs('R1', '0.03')]); // 0.006 → 0.01
    const b = month([ecs('R2', '0.04')]); // 0.008 → 0.01
    const m = mergeStatements(a, b);
    expect(m.lines.map((l) => [l.base, l.commission, l.receipts])).toEqual([['0.07', '0.01', 2]]); // 0.014 → 0.01, not 0.02
    expect(m).toEqual(month([ecs('R1', '0.03'), ecs('R2', '0.04')]));
  });

  test('works on statements that went through JSON, and on frozen ones, without changing them', () => {
    const a = deepFreeze(JSON.parse(JSON.stringify(month([ecs('R1', '10.00')]))) as ReturnType<typeof month>);
    const b = deepFreeze(month([ecs('R2', '20.00')], { carriedIn: '1.00' }));
    const before = JSON.stringify([a, b]);
    expect(mergeStatements(a, b).totals).toMatchObject({ base: '30.00', commission: '6.00', carriedIn: '1.00', payable: '5.00' });
    expect(JSON.stringify([a, b])).toBe(before);
  });

  test('statements of different partners or periods are STATEMENT_MISMATCH', () => {
    const a = month([ecs('R1', '10.00')]);
    const other = commissionStatement(cloudProgram, { partnerId: 'SC-8', period: JAN, receipts: [] });
    const feb = commissionStatement(cloudProgram, { partnerId: 'SC-7', period: { from: '2026-02-01', to: '2026-02-28' }, receipts: [] });
    expect(errorOf(() => mergeStatements(a, other))).toMatchObject({ code: 'STATEMENT_MISMATCH' });
    expect(errorOf(() => mergeStatements(a, other)).issues[0]!.path).toEqual(['b', 'partnerId']);
    expect(errorOf(() => mergeStatements(a, feb)).issues[0]!.path).toEqual(['b', 'period']);
  });

  test('a statement whose figures were edited, or that is not a statement, is INVALID_INPUT with the path', () => {
    const a = month([ecs('R1', '10.00')]);
    const edited = { ...a, lines: [{ ...a.lines[0]!, commission: '3.00' }] };
    expect(errorOf(() => mergeStatements(a, edited)).issues.map((i) => i.path)).toContainEqual(['b', 'ladders', 0]);
    const total = { ...a, totals: { ...a.totals, payable: '9.99' } };
    expect(errorOf(() => mergeStatements(total, a)).issues.map((i) => i.path)).toEqual([['a', 'totals', 'payable']]);
    expect(errorOf(() => mergeStatements(a, { partnerId: 'SC-7' } as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => mergeStatements(null as never, a)).issues[0]!.path).toEqual(['a']);
  });

  test('a refund in both parts is refused; refunds of one receipt across parts may not exceed it', () => {
    const sold: Receipt = { id: 'R0', customerId: 'C', line: 'port', amount: '100.00', receivedOn: '2026-01-02', customerStartOn: '2026-01-01' };
    const part = (id: string, amount: string) =>
      commissionStatement(telecomProgram, { partnerId: 'P', period: JAN, receipts: [], refunds: [{ id, receipt: sold, amount, refundedOn: '2026-01-20' }] });
    expect(errorOf(() => mergeStatements(part('F1', '10.00'), part('F1', '10.00'))).issues[0]!.path).toEqual(['b', 'clawbacks', 0, 'refundId']);
    expect(errorOf(() => mergeStatements(part('F1', '60.00'), part('F2', '40.01'))).code).toBe('REFUND_EXCEEDS_RECEIPT');
    expect(mergeStatements(part('F1', '60.00'), part('F2', '40.00')).totals.clawback).toBe('20.00'); // 20% ordinary × 100
  });
});
