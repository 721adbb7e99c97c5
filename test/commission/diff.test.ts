import { expect, test } from 'vitest';
import { commissionStatement, diffStatements } from '../../src/commission/index.js';
import type { Receipt } from '../../src/commission/types.js';
import { PolicyError } from '../../src/core/errors.js';
import { telecomProgram } from '../../src/policy/presets.js';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const r1: Receipt = { id: 'R1', customerId: 'C1', line: 'port', amount: '10000.00', receivedOn: '2026-04-15', customerStartOn: '2026-04-01' };
const r2: Receipt = { id: 'R2', customerId: 'C2', line: 'conference', amount: '500.00', receivedOn: '2026-05-15', customerStartOn: '2026-04-01' };
const base = { partnerId: 'P-0107', period: Q2, receipts: [r1, r2] };

test('a corrected tier: the silver bucket is reversed and the gold bucket paid', () => {
  const paid = commissionStatement(telecomProgram, { ...base, tiers: 'silver' });
  const recomputed = commissionStatement(telecomProgram, { ...base, tiers: 'gold' });
  const d = diffStatements(paid, recomputed);
  expect(d.lines.map((l) => [l.line, l.rate, l.base, l.commission])).toEqual([
    ['port', '0.3', '-10000.00', '-3000.00'],
    ['port', '0.4', '10000.00', '4000.00'],
  ]);
  expect(d).toMatchObject({ clawbacks: [], commission: '1000.00', clawback: '0.00', carriedIn: '0.00', payable: '1000.00', rules: ['COM-8', 'COM-10'] });
  expect(d.lines[0]!.rules).toContain('COM-10');
});

test('a late refund: the adjustment is the new clawback, taken back from the partner', () => {
  const paid = commissionStatement(telecomProgram, { ...base, tiers: 'gold' });
  const recomputed = commissionStatement(telecomProgram, {
    ...base,
    tiers: 'gold',
    refunds: [{ id: 'F1', receipt: r1, amount: '2500.00', refundedOn: '2026-06-01' }],
  });
  const d = diffStatements(paid, recomputed);
  expect(d.lines).toEqual([]);
  expect(d.clawbacks).toEqual([{ refundId: 'F1', clawback: '1000.00', rules: ['TIER-2', 'COM-2', 'COM-4', 'COM-5', 'COM-7', 'COM-10'] }]);
  expect(d.payable).toBe('-1000.00');
});

test('a statement compared with itself needs no adjustment', () => {
  const s = commissionStatement(telecomProgram, { ...base, tiers: 'gold', carriedIn: '12.00' });
  expect(diffStatements(s, s)).toEqual({ lines: [], clawbacks: [], commission: '0.00', clawback: '0.00', carriedIn: '0.00', payable: '0.00', rules: ['COM-8', 'COM-10'] });
});

test('statements of different partners are STATEMENT_MISMATCH; a malformed one names its field', () => {
  const s = commissionStatement(telecomProgram, base);
  const other = commissionStatement(telecomProgram, { ...base, partnerId: 'P-0233' });
  let error: unknown;
  try {
    diffStatements(s, other);
  } catch (e) {
    error = e;
  }
  expect((error as PolicyError).code).toBe('STATEMENT_MISMATCH');
  try {
    diffStatements(s, { ...s, lines: 'none' } as never);
  } catch (e) {
    error = e;
  }
  expect((error as PolicyError).issues[0]!.path).toEqual(['recomputed', 'lines']);
});
