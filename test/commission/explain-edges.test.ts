import { describe, expect, test } from 'vitest';
import { explainStatement } from '../../src/commission/index.js';
import type { Receipt } from '../../src/commission/types.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { policyErrorOf as errorOf } from '../helpers.js';

const JAN = { from: '2026-01-01', to: '2026-01-31' };
const ecs = (id: string, amount: string): Receipt => ({ id, customerId: 'C1', line: 'ecs', amount, receivedOn: '2026-01-10' });

describe('largest remainder, not largest receipt', () => {
  test('the cent left goes to the larger remainder even when it belongs to the smaller receipt', () => {
    // 20% of 0.06 + 0.04 = 0.02. Exact shares 0.012 and 0.008: floors 0.01 and 0.00, remainders 0.2 and 0.8 of a cent.
    const { statement, receipts } = explainStatement(cloudProgram, { partnerId: 'SC-7', period: JAN, receipts: [ecs('R1', '0.06'), ecs('R2', '0.04')] });
    expect(statement.lines.map((l) => l.commission)).toEqual(['0.02']);
    expect(receipts.map((r) => [r.receiptId, r.base, r.share])).toEqual([
      ['R1', '0.06', '0.01'],
      ['R2', '0.04', '0.01'],
    ]);
  });
});

describe('each receipt is traced to the lines of its own bucket only', () => {
  test('a line earning 0% in year 2 keeps its year-2 receipts apart from those past the window (COM-4)', () => {
    const yearOneOnly = definePolicy(telecomProgram, { commission: { lines: { conference: { kind: 'rate', rates: ['0.1', '0'] } } } });
    const conf = (id: string, customerStartOn: string): Receipt => ({ id, customerId: id, line: 'conference', amount: '100.00', receivedOn: '2026-01-10', customerStartOn });
    const { statement, receipts } = explainStatement(yearOneOnly, {
      partnerId: 'P',
      period: JAN,
      receipts: [conf('Y1', '2025-06-01'), conf('Y2', '2024-06-01'), conf('X', '2023-06-01')],
    });
    expect(statement.lines.map((l) => [l.line, l.kind, l.rate, l.base, l.receipts])).toEqual([
      ['conference', 'rate', '0', '100.00', 1],
      ['conference', 'rate', '0.1', '100.00', 1],
      ['conference', 'expired', '0', '100.00', 1],
    ]);
    expect(receipts.map((r) => [r.receiptId, r.kind, r.rate, r.year, r.share])).toEqual([
      ['X', 'expired', '0', null, '0.00'],
      ['Y1', 'rate', '0.1', 1, '10.00'],
      ['Y2', 'rate', '0', 2, '0.00'],
    ]);
  });

  test('a ladder line added to a program with a window: receipts past it are not shares of the ladder (COM-3, COM-4)', () => {
    const ladder = definePolicy(telecomProgram, {
      commission: {
        lines: {
          hosting: {
            kind: 'ladder',
            mode: 'marginal',
            brackets: [
              { from: '0', to: '100', rate: '0.1' },
              { from: '100', to: null, rate: '0.2' },
            ],
          },
        },
      },
    });
    const hosting = (id: string, customerStartOn: string): Receipt => ({ id, customerId: id, line: 'hosting', amount: '150.00', receivedOn: '2026-01-10', customerStartOn });
    const { statement, receipts } = explainStatement(ladder, { partnerId: 'P', period: JAN, receipts: [hosting('A', '2025-06-01'), hosting('X', '2023-06-01')] });
    // Volume 150.00 in the window: 100.00 at 10% = 10.00 and 50.00 at 20% = 10.00; X earns nothing (expired).
    expect(statement.lines.map((l) => [l.kind, l.rate, l.base, l.commission])).toEqual([
      ['ladder', '0.1', '100.00', '10.00'],
      ['ladder', '0.2', '50.00', '10.00'],
      ['expired', '0', '150.00', '0.00'],
    ]);
    expect(receipts.map((r) => [r.receiptId, r.kind, r.rate, r.share])).toEqual([
      ['A', 'ladder', '0.1', '10.00'],
      ['A', 'ladder', '0.2', '10.00'],
      ['X', 'expired', '0', '0.00'],
    ]);
  });
});

describe('repeated receipt ids', () => {
  test('are INVALID_INPUT naming each repeat and the first receipt with the id', () => {
    expect(errorOf(() => explainStatement(cloudProgram, { partnerId: 'SC', period: JAN, receipts: [ecs('R1', '1'), ecs('R2', '1'), ecs('R1', '2')] }))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['receipts', 2, 'id'], message: 'repeats the id of receipts[0]' }],
    });
  });

  test('at most 100 issues are listed, the first 100 repeats', () => {
    const same = Array.from({ length: 102 }, () => ecs('R', '1'));
    const e = errorOf(() => explainStatement(cloudProgram, { partnerId: 'SC', period: JAN, receipts: same }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(100);
    expect(e.issues[0]).toEqual({ path: ['receipts', 1, 'id'], message: 'repeats the id of receipts[0]' });
    expect(e.issues[99]).toEqual({ path: ['receipts', 100, 'id'], message: 'repeats the id of receipts[0]' });
  });
});
