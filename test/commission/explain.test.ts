import { expect, test } from 'vitest';
import { explainStatement } from '../../src/commission/index.js';
import type { Receipt } from '../../src/commission/types.js';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';

const JAN = { from: '2026-01-01', to: '2026-01-31' };
const ecs = (id: string, amount: string): Receipt => ({ id, customerId: 'C1', line: 'ecs', amount, receivedOn: '2026-01-10' });

test('shares follow the receipts’ parts of the base; cents left over go to the largest remainders, ties to the smaller id', () => {
  // 20% of 0.05 + 0.05 + 0.05 = 0.03: each exact share is 0.01.
  const even = explainStatement(cloudProgram, { partnerId: 'SC-7', period: JAN, receipts: [ecs('R1', '0.05'), ecs('R2', '0.05'), ecs('R3', '0.05')] });
  expect(even.receipts.map((r) => [r.receiptId, r.share])).toEqual([['R1', '0.01'], ['R2', '0.01'], ['R3', '0.01']]);

  // 20% of 0.10 = 0.02 over three receipts of 0.03, 0.03, 0.04: exact 0.006, 0.006, 0.008 (cents: 0.6, 0.6, 0.8).
  // Floors are 0 each; 2 cents go to the largest remainders: R3 (0.8), then R1 before R2 (tie at 0.6, smaller id).
  const tie = explainStatement(cloudProgram, { partnerId: 'SC-7', period: JAN, receipts: [ecs('R2', '0.03'), ecs('R3', '0.04'), ecs('R1', '0.03')] });
  expect(tie.statement.lines[0]!.commission).toBe('0.02');
  expect(tie.receipts.map((r) => [r.receiptId, r.share, r.base, r.rate, r.year])).toEqual([
    ['R1', '0.01', '0.03', '0.2', null],
    ['R2', '0.00', '0.03', '0.2', null],
    ['R3', '0.01', '0.04', '0.2', null],
  ]);
});

test('telecom receipts carry their bucket, commission year and rules; a negative margin shares nothing', () => {
  const { receipts } = explainStatement(telecomProgram, {
    partnerId: 'P',
    period: JAN,
    tiers: 'silver',
    receipts: [
      { id: 'A', customerId: 'C', line: 'port', amount: '1000.00', receivedOn: '2026-01-05', customerStartOn: '2025-12-01' },
      { id: 'B', customerId: 'C', line: 'port', amount: '1000.00', receivedOn: '2026-01-05', customerStartOn: '2024-12-01' },
      { id: 'M', customerId: 'C', line: 'margin', amount: '10.00', cost: '12.00', receivedOn: '2026-01-05', customerStartOn: '2025-12-01' },
    ],
  });
  expect(receipts).toEqual([
    { receiptId: 'A', line: 'port', rate: '0.3', year: 1, share: '300.00', rules: ['TIER-2', 'COM-1', 'COM-2', 'COM-4', 'COM-5', 'COM-6'], kind: 'rate', base: '1000.00' },
    { receiptId: 'B', line: 'port', rate: '0.1', year: 2, share: '100.00', rules: ['COM-1', 'COM-2', 'COM-4', 'COM-6'], kind: 'rate', base: '1000.00' },
    { receiptId: 'M', line: 'margin', rate: '1', year: 1, share: '0.00', rules: ['COM-1', 'COM-2', 'COM-4', 'COM-6'], kind: 'margin', base: '0.00' },
  ]);
});

test('in a marginal ladder every receipt shares every slice in proportion to its amount', () => {
  const ladder = definePolicy(cloudProgram, {
    commission: { otherLines: { kind: 'ladder', mode: 'marginal', brackets: [{ from: '0', to: '100', rate: '0.1' }, { from: '100', to: null, rate: '0.2' }] } },
  });
  // Volume 300: slice 100 at 10% = 10.00, slice 200 at 20% = 40.00; R1 holds 1/3, R2 2/3 of each.
  const { receipts } = explainStatement(ladder, { partnerId: 'SC', period: JAN, receipts: [ecs('R1', '100'), ecs('R2', '200')] });
  expect(receipts.map((r) => [r.receiptId, r.rate, r.share])).toEqual([
    ['R1', '0.1', '3.33'],
    ['R1', '0.2', '13.33'],
    ['R2', '0.1', '6.67'],
    ['R2', '0.2', '26.67'],
  ]);
});

test('two counted receipts with one id are refused, naming the second', () => {
  let error: unknown;
  try {
    explainStatement(cloudProgram, { partnerId: 'SC', period: JAN, receipts: [ecs('R1', '1'), ecs('R2', '1'), ecs('R1', '2')] });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PolicyError);
  expect((error as PolicyError).issues.map((i) => i.path)).toEqual([['receipts', 2, 'id']]);
});
