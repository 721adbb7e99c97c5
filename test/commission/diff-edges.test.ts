import { describe, expect, test } from 'vitest';
import { commissionStatement, diffStatements } from '../../src/commission/index.js';
import type { CommissionStatement, Receipt, Refund } from '../../src/commission/types.js';
import type { RuleId } from '../../src/core/rules.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { policyErrorOf as errorOf } from '../helpers.js';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const JAN = { from: '2026-01-01', to: '2026-01-31' };
const r1: Receipt = { id: 'R1', customerId: 'C1', line: 'port', amount: '10000.00', receivedOn: '2026-04-15', customerStartOn: '2026-04-01' };
const r2: Receipt = { id: 'R2', customerId: 'C2', line: 'conference', amount: '500.00', receivedOn: '2026-05-15', customerStartOn: '2026-04-01' };
const base = { partnerId: 'P-0107', period: Q2, receipts: [r1, r2] };
const ecs = (id: string, amount: string): Receipt => ({ id, customerId: 'C1', line: 'ecs', amount, receivedOn: '2026-01-10' });

/** The rules of a year-1 port receipt at a partner's tier (TIER-2, COM-2, COM-4, COM-5) as shown on a statement line. */
const PORT_LINE = ['TIER-2', 'COM-1', 'COM-2', 'COM-4', 'COM-5', 'COM-6', 'COM-10'];

describe('COM-8, COM-10: adjustment lines', () => {
  test('a tier corrected downward: lines come in statement order, each citing the rules of the bucket it reverses or pays', () => {
    const paid = commissionStatement(telecomProgram, { ...base, tiers: 'gold' });
    const recomputed = commissionStatement(telecomProgram, { ...base, tiers: 'silver' });
    const d = diffStatements(paid, recomputed);
    // The gold bucket (40%) goes, the silver bucket (30%) comes: lower rate first, as on a statement.
    expect(d.lines).toEqual([
      { line: 'port', rate: '0.3', base: '10000.00', commission: '3000.00', rules: PORT_LINE, kind: 'rate' },
      { line: 'port', rate: '0.4', base: '-10000.00', commission: '-4000.00', rules: PORT_LINE, kind: 'rate' },
    ]);
    expect(d).toMatchObject({ commission: '-1000.00', clawback: '0.00', payable: '-1000.00' });
  });

  test('a bucket whose base changed but whose rounded commission did not is still a line (COM-6)', () => {
    // 20% of 0.03 = 0.006 → 0.01; 20% of 0.04 = 0.008 → 0.01.
    const paid = commissionStatement(cloudProgram, { partnerId: 'SC-7', period: JAN, receipts: [ecs('R1', '0.03')] });
    const recomputed = commissionStatement(cloudProgram, { partnerId: 'SC-7', period: JAN, receipts: [ecs('R1', '0.03'), ecs('R2', '0.01')] });
    const d = diffStatements(paid, recomputed);
    expect(d.lines.map((l) => [l.line, l.rate, l.base, l.commission])).toEqual([['ecs', '0.2', '0.01', '0.00']]);
    expect(d.payable).toBe('0.00');
  });

  test('a ladder slice whose rounded base did not change but whose commission did is still a line (COM-3, COM-6, CONV-1)', () => {
    // Ladder bounds may have more places than the currency (CONV-1); the statement reader recomputes each slice
    // from the exact bounds, and a slice's base is the difference of its rounded ends. Here 50% applies to
    // [0, 0.005) and [0.011, ∞), 90% to [0.005, 0.011).
    // Volume 0.01: 50% on 0.005 (base 0.01, commission 0.0025 → 0.00); 90% on 0.005 (base 0.01 − 0.01 = 0.00, 0.0045 → 0.00).
    // Volume 0.02: 50% on 0.005 + 0.009 (base 0.01 + 0.01, 0.007 → 0.01); 90% on 0.006 (base 0.01 − 0.01 = 0.00, 0.0054 → 0.01).
    const rules: RuleId[] = ['COM-1', 'COM-3', 'COM-6'];
    const brackets = [
      { from: '0', to: '0.005', rate: '0.5' },
      { from: '0.005', to: '0.011', rate: '0.9' },
      { from: '0.011', to: null, rate: '0.5' },
    ];
    const statement = (volume: string, half: [string, string], ninety: string, total: string): CommissionStatement => ({
      partnerId: 'SC-7',
      period: JAN,
      currency: { code: 'CNY', scale: 2 },
      lines: [
        { line: 'ecs', rate: '0.5', base: half[0], commission: half[1], receipts: 1, rules, kind: 'ladder' },
        { line: 'ecs', rate: '0.9', base: '0.00', commission: ninety, receipts: 1, rules, kind: 'ladder' },
      ],
      clawbacks: [],
      ladders: [{ line: 'ecs', mode: 'marginal', brackets, volume, receipts: 1, rules }],
      totals: { base: volume, commission: total, clawback: '0.00', carriedIn: '0.00', payable: total, rules: ['CONV-2', 'COM-8'] },
      warnings: [],
    });
    const d = diffStatements(statement('0.01', ['0.01', '0.00'], '0.00', '0.00'), statement('0.02', ['0.02', '0.01'], '0.01', '0.02'));
    expect(d.lines).toEqual([
      { line: 'ecs', rate: '0.5', base: '0.01', commission: '0.01', rules: [...rules, 'COM-10'], kind: 'ladder' },
      { line: 'ecs', rate: '0.9', base: '0.00', commission: '0.01', rules: [...rules, 'COM-10'], kind: 'ladder' },
    ]);
    expect(d.payable).toBe('0.02');
  });

  test('statements of different partners, periods or currencies name the field of the recomputed one', () => {
    const s = commissionStatement(telecomProgram, base);
    expect(errorOf(() => diffStatements(s, commissionStatement(telecomProgram, { ...base, partnerId: 'P-0233' })))).toMatchObject({
      code: 'STATEMENT_MISMATCH',
      issues: [{ path: ['recomputed', 'partnerId'], message: 'is "P-0233", not "P-0107"' }],
    });
    const may = commissionStatement(telecomProgram, { ...base, period: { from: '2026-05-01', to: '2026-05-31' } });
    expect(errorOf(() => diffStatements(s, may))).toMatchObject({
      code: 'STATEMENT_MISMATCH',
      issues: [{ path: ['recomputed', 'period'], message: 'is 2026-05-01 to 2026-05-31, not 2026-04-01 to 2026-06-30' }],
    });
  });
});

describe('COM-7, COM-10: adjustment clawbacks', () => {
  const refund = (id: string, receipt: Receipt, amount: string): Refund => ({ id, receipt, amount, refundedOn: '2026-06-01' });

  test('a refund recorded by mistake is given back; new refunds are taken; sorted by refund id', () => {
    const paid = commissionStatement(telecomProgram, { ...base, tiers: 'gold', refunds: [refund('F3', r1, '2500.00')] });
    const recomputed = commissionStatement(telecomProgram, { ...base, tiers: 'gold', refunds: [refund('F1', r1, '1000.00'), refund('F2', r2, '100.00')] });
    const d = diffStatements(paid, recomputed);
    const port = ['TIER-2', 'COM-2', 'COM-4', 'COM-5', 'COM-7', 'COM-10'];
    // F1: 40% of 1000.00; F2: conference 10% of 100.00; F3: 40% of 2500.00 given back.
    expect(d.clawbacks).toEqual([
      { refundId: 'F1', clawback: '400.00', rules: port },
      { refundId: 'F2', clawback: '10.00', rules: ['COM-2', 'COM-4', 'COM-7', 'COM-10'] },
      { refundId: 'F3', clawback: '-1000.00', rules: port },
    ]);
    expect(d).toMatchObject({ lines: [], commission: '0.00', clawback: '-590.00', carriedIn: '0.00', payable: '590.00' });
  });

  test('a clawback that grew is the difference; a total clawback is their sum', () => {
    const paid = commissionStatement(telecomProgram, { ...base, tiers: 'silver', refunds: [refund('F1', r1, '1000.00')] });
    const recomputed = commissionStatement(telecomProgram, { ...base, tiers: 'gold', refunds: [refund('F1', r1, '1000.00')] });
    const d = diffStatements(paid, recomputed);
    // 30% → 40% of 1000.00: 100.00 more taken back; 30% → 40% of 10000.00: 1000.00 more paid.
    expect(d.clawbacks.map((c) => [c.refundId, c.clawback])).toEqual([['F1', '100.00']]);
    expect(d).toMatchObject({ commission: '1000.00', clawback: '100.00', payable: '900.00' });
  });
});
