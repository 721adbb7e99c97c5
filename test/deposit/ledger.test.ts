import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { depositLedger, type DepositEntry } from '../../src/deposit/index.js';
import { cloudProgram, telecomProgram } from '../../src/policy/index.js';
import { deepFreeze, expectPolicyError, snapshot } from './helpers.js';

const ledger = (entries: DepositEntry[]) => depositLedger(telecomProgram, { entries });

describe('DEP-2: paid in, topped up, deducted with a reason, returned', () => {
  test('a silver partner’s year: the running balance after each entry', () => {
    const r = ledger([
      { kind: 'paid-in', amount: '40000', on: '2026-01-05' },
      { kind: 'deduction', amount: '1500.50', on: '2026-03-02', reason: 'clawback c1 overdue' },
      { kind: 'top-up', amount: '1500.50', on: '2026-03-20' },
      { kind: 'return', amount: '35000', on: '2026-07-01', reason: 'downgraded to ordinary' },
    ]);
    expect(r.lines.map((l) => [l.kind, l.amount, l.balance])).toEqual([
      ['paid-in', '40000.00', '40000.00'],
      ['deduction', '1500.50', '38499.50'],
      ['top-up', '1500.50', '40000.00'],
      ['return', '35000.00', '5000.00'],
    ]);
    expect(r.lines[1]).toEqual({
      index: 1, kind: 'deduction', on: '2026-03-02', amount: '1500.50', balance: '38499.50', reason: 'clawback c1 overdue', rules: ['DEP-2'],
    });
    expect(r.totals).toEqual({ paidIn: '40000.00', toppedUp: '1500.50', deducted: '1500.50', returned: '35000.00' });
    expect(r.balance).toBe('5000.00');
    expect(r.rules).toEqual(['DEP-2']);
  });

  test('entries apply in date order; same-day entries in the order given', () => {
    const r = ledger([
      { kind: 'deduction', amount: '100', on: '2026-02-01', reason: 'arrears' },
      { kind: 'top-up', amount: '50', on: '2026-01-10' },
      { kind: 'paid-in', amount: '5000', on: '2026-01-10' },
    ]);
    expect(r.lines.map((l) => [l.index, l.balance])).toEqual([
      [1, '50.00'],
      [2, '5050.00'],
      [0, '4950.00'],
    ]);
  });

  test('a deduction may empty the deposit exactly', () => {
    expect(ledger([{ kind: 'paid-in', amount: 5000, on: '2026-01-01' }, { kind: 'deduction', amount: new Decimal(5000), on: '2026-01-02', reason: 'arrears' }]).balance).toBe('0.00');
  });

  test('no entries: a balance of 0.00', () => {
    expect(ledger([]).balance).toBe('0.00');
  });
});

describe('DEP-2: the balance is never negative', () => {
  test('a deduction beyond the balance is refused, naming the entry', () => {
    const e = expectPolicyError(
      () =>
        ledger([
          { kind: 'paid-in', amount: '5000', on: '2026-01-01' },
          { kind: 'deduction', amount: '5000.01', on: '2026-02-01', reason: 'arrears' },
        ]),
      'INVALID_INPUT',
      [['entries', 1, 'amount']],
    );
    expect(e.message).toContain('negative');
  });

  test('a return dated before the paying-in is refused even though it comes later in the input', () => {
    expectPolicyError(
      () =>
        ledger([
          { kind: 'paid-in', amount: '5000', on: '2026-03-01' },
          { kind: 'return', amount: '5000', on: '2026-02-01' },
        ]),
      'INVALID_INPUT',
      [['entries', 1, 'amount']],
    );
  });
});

describe('DEP-6 and bad input', () => {
  test('the cloud program configures no deposit', () => {
    expectPolicyError(() => depositLedger(cloudProgram, { entries: [] }), 'NOT_CONFIGURED', [['policy', 'deposit']]);
  });

  test('a deduction needs a reason', () => {
    expectPolicyError(
      () => ledger([{ kind: 'paid-in', amount: '1', on: '2026-01-01' }, { kind: 'deduction', amount: '1', on: '2026-01-02' }]),
      'INVALID_INPUT',
      [['entries', 1, 'reason']],
    );
  });

  test('every bad field is named', () => {
    const entries = [
      { kind: 'refund', amount: '1', on: '2026-01-01' },
      { kind: 'top-up', amount: '1.234', on: '2026-13-01' },
      { kind: 'top-up', amount: '1', on: '2026-01-01', reason: '' },
      'paid-in',
    ];
    expectPolicyError(() => depositLedger(telecomProgram, { entries } as never), 'INVALID_INPUT', [
      ['entries', 0, 'kind'],
      ['entries', 1, 'amount'],
      ['entries', 1, 'on'],
      ['entries', 2, 'reason'],
      ['entries', 3],
    ]);
    expectPolicyError(() => depositLedger(telecomProgram, { entries: new Set() } as never), 'INVALID_INPUT', [['entries']]);
    expectPolicyError(() => depositLedger(telecomProgram, undefined as never), 'INVALID_INPUT', [[]]);
  });

  test('a deeply frozen input works and is not changed', () => {
    const input = deepFreeze({
      entries: [
        { kind: 'top-up' as const, amount: '10', on: '2026-02-01' },
        { kind: 'paid-in' as const, amount: '5000', on: '2026-01-01' },
      ],
    });
    const before = snapshot(input);
    expect(depositLedger(telecomProgram, input).balance).toBe('5010.00');
    expect(snapshot(input)).toEqual(before);
  });
});
