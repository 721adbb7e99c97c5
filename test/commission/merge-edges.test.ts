import { describe, expect, test } from 'vitest';
import { commissionStatement, mergeStatements } from '../../src/commission/index.js';
import type { CommissionStatement, Receipt } from '../../src/commission/types.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import type { Policy } from '../../src/policy/types.js';
import { policyErrorOf as errorOf } from '../helpers.js';

const JAN = { from: '2026-01-01', to: '2026-01-31' };
const receipt = (id: string, line: string, amount: string): Receipt => ({ id, customerId: 'C1', line, amount, receivedOn: '2026-01-10' });

type Bracket = { from: string; to: string | null; rate: string };
const ladder = (mode: 'marginal' | 'whole', brackets: Bracket[]): Policy =>
  definePolicy(cloudProgram, { commission: { otherLines: { kind: 'ladder', mode, brackets } } });
const month = (policy: Policy, receipts: Receipt[]) => commissionStatement(policy, { partnerId: 'SC-7', period: JAN, receipts });

const TWO: Bracket[] = [
  { from: '0', to: '1000', rate: '0.1' },
  { from: '1000', to: null, rate: '0.2' },
];

describe('COM-3, COM-10: parts computed under different ladders are not parts of one statement', () => {
  const a = month(ladder('marginal', TWO), [receipt('R1', 'ecs', '500.00')]);
  const refused = (policy: Policy) => errorOf(() => mergeStatements(a, month(policy, [receipt('R2', 'ecs', '200.00')])));
  const mismatch = { code: 'STATEMENT_MISMATCH', issues: [{ path: ['b', 'ladders', 0], message: "the ladder of line ecs differs from statement a's" }] };

  test('the same brackets under the same mode merge: 10% of 700.00', () => {
    const m = mergeStatements(a, month(ladder('marginal', TWO), [receipt('R2', 'ecs', '200.00')]));
    expect(m.lines.map((l) => [l.line, l.rate, l.base, l.commission, l.receipts])).toEqual([['ecs', '0.1', '700.00', '70.00', 2]]);
    expect(m.ladders.map((l) => [l.line, l.volume, l.receipts])).toEqual([['ecs', '700.00', 2]]);
  });

  test('another mode with the same brackets', () => {
    expect(refused(ladder('whole', TWO))).toMatchObject(mismatch);
  });

  test('another rate in one bracket only', () => {
    expect(refused(ladder('marginal', [TWO[0]!, { from: '1000', to: null, rate: '0.25' }]))).toMatchObject(mismatch);
  });

  test('other bounds at the same rates', () => {
    expect(refused(ladder('marginal', [{ from: '0', to: '2000', rate: '0.1' }, { from: '2000', to: null, rate: '0.2' }]))).toMatchObject(mismatch);
  });

  test('one open bracket at another rate', () => {
    expect(refused(ladder('marginal', [{ from: '0', to: null, rate: '0.15' }]))).toMatchObject(mismatch);
  });

  test('a statement whose ladder lost its open bracket (a truncated one) is not the same ladder', () => {
    // Statement a's own lines are still the slices of its volume (500 in the first bracket), so it reads back;
    // only its ladder differs from b's, in the number of brackets, or in the end of its one bracket.
    const truncated: CommissionStatement = { ...a, ladders: [{ ...a.ladders[0]!, brackets: [TWO[0]!] }] };
    expect(errorOf(() => mergeStatements(truncated, month(ladder('marginal', TWO), [receipt('R2', 'ecs', '200.00')])))).toMatchObject(mismatch);
    const open = ladder('marginal', [{ from: '0', to: null, rate: '0.1' }]);
    expect(errorOf(() => mergeStatements(truncated, month(open, [receipt('R2', 'ecs', '200.00')])))).toMatchObject(mismatch);
  });

  test('the issue names the index of the differing ladder in statement b', () => {
    const oss = definePolicy(cloudProgram, {
      commission: { lines: { oss: { kind: 'ladder', mode: 'whole', brackets: TWO } }, otherLines: { kind: 'ladder', mode: 'marginal', brackets: TWO } },
    });
    const b = month(oss, [receipt('R2', 'ecs', '200.00'), receipt('R3', 'oss', '100.00')]);
    const both = month(ladder('marginal', TWO), [receipt('R1', 'ecs', '500.00'), receipt('R4', 'oss', '100.00')]);
    expect(b.ladders.map((l) => l.line)).toEqual(['ecs', 'oss']);
    expect(errorOf(() => mergeStatements(both, b))).toMatchObject({
      code: 'STATEMENT_MISMATCH',
      issues: [{ path: ['b', 'ladders', 1], message: "the ladder of line oss differs from statement a's" }],
    });
  });
});

describe('COM-7 across parts: one refund once, and the refunds of one receipt within it', () => {
  const sold: Receipt = { id: 'R0', customerId: 'C', line: 'port', amount: '100.00', receivedOn: '2026-01-02', customerStartOn: '2026-01-01' };
  const part = (id: string, amount: string, of: Receipt = sold) =>
    commissionStatement(telecomProgram, { partnerId: 'P', period: JAN, receipts: [], refunds: [{ id, receipt: of, amount, refundedOn: '2026-01-20' }] });

  test('a refund in both parts is INVALID_INPUT naming it', () => {
    expect(errorOf(() => mergeStatements(part('F1', '10.00'), part('F1', '10.00')))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['b', 'clawbacks', 0, 'refundId'], message: 'refund F1 is also in statement a' }],
    });
  });

  test('one receipt id with two different amounts across the parts is INVALID_INPUT', () => {
    const other: Receipt = { ...sold, amount: '90.00' };
    expect(errorOf(() => mergeStatements(part('F1', '10.00'), part('F2', '10.00', other)))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['b', 'clawbacks', 0, 'receiptAmount'], message: "differs from receipt R0's amount in statement a" }],
    });
  });

  test('refunds of one receipt adding up to more than it are REFUND_EXCEEDS_RECEIPT with the sum and the amount', () => {
    expect(errorOf(() => mergeStatements(part('F1', '60.00'), part('F2', '40.01')))).toMatchObject({
      code: 'REFUND_EXCEEDS_RECEIPT',
      issues: [{ path: ['b', 'clawbacks', 0, 'refund'], message: 'the refunds of receipt R0 add up to 100.01, more than its amount 100.00' }],
    });
  });
});
