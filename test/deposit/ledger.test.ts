import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { depositLedger, type DepositEntry } from '../../src/deposit/index.js';
import { cloudProgram, telecomProgram } from '../../src/policy/index.js';
import { deepFreeze, expectPolicyError, policyErrorOf, snapshot } from './helpers.js';

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

describe('DEP-2: entries apply by date, same-day entries in the order given', () => {
  test('a same-day deduction listed before the top-up that would fund it is refused; listed after it, it goes through', () => {
    // 100 paid in; on 1 Feb the deduction of 150 is listed before the top-up of 100: 100 − 150 < 0.
    const e = policyErrorOf(() =>
      ledger([
        { kind: 'paid-in', amount: '100', on: '2026-01-01' },
        { kind: 'deduction', amount: '150', on: '2026-02-01', reason: 'arrears a1' },
        { kind: 'top-up', amount: '100', on: '2026-02-01' },
      ]),
    );
    expect(e.issues).toEqual([
      { path: ['entries', 1, 'amount'], message: 'would make the deposit balance negative (DEP-2): 150.00 deducted on 2026-02-01 from a balance of 100.00' },
    ]);
    // The other way round: 100 + 100 − 150 = 50.
    const r = ledger([
      { kind: 'paid-in', amount: '100', on: '2026-01-01' },
      { kind: 'top-up', amount: '100', on: '2026-02-01' },
      { kind: 'deduction', amount: '150', on: '2026-02-01', reason: 'arrears a1' },
    ]);
    expect(r.lines.map((l) => [l.index, l.balance])).toEqual([
      [0, '100.00'],
      [1, '200.00'],
      [2, '50.00'],
    ]);
  });

  test('entries given latest first, three on one day and two on another', () => {
    // By date: 15 Jan: #1 +1000, #3 +50, #5 +5 (input order); 1 Feb: #2 −200, #4 −100; 1 Mar: #0 +30.
    const r = ledger([
      { kind: 'top-up', amount: '30', on: '2026-03-01' },
      { kind: 'paid-in', amount: '1000', on: '2026-01-15' },
      { kind: 'deduction', amount: '200', on: '2026-02-01', reason: 'clawback c7 overdue' },
      { kind: 'top-up', amount: '50', on: '2026-01-15' },
      { kind: 'return', amount: '100', on: '2026-02-01' },
      { kind: 'top-up', amount: '5', on: '2026-01-15' },
    ]);
    expect(r.lines.map((l) => [l.index, l.on, l.balance])).toEqual([
      [1, '2026-01-15', '1000.00'],
      [3, '2026-01-15', '1050.00'],
      [5, '2026-01-15', '1055.00'],
      [2, '2026-02-01', '855.00'],
      [4, '2026-02-01', '755.00'],
      [0, '2026-03-01', '785.00'],
    ]);
    expect(r.totals).toEqual({ paidIn: '1000.00', toppedUp: '85.00', deducted: '200.00', returned: '100.00' });
    // A line carries a reason only when its entry has one.
    expect(r.lines.map((l) => 'reason' in l)).toEqual([false, false, false, true, false, false]);
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
    expect(e.issues[0]!.message).toBe(
      'would make the deposit balance negative (DEP-2): 5000.01 deducted on 2026-02-01 from a balance of 5000.00',
    );
  });

  test('a return dated before the paying-in is refused even though it comes later in the input; the message says "returned"', () => {
    const e = expectPolicyError(
      () =>
        ledger([
          { kind: 'paid-in', amount: '5000', on: '2026-03-01' },
          { kind: 'return', amount: '5000', on: '2026-02-01' },
        ]),
      'INVALID_INPUT',
      [['entries', 1, 'amount']],
    );
    expect(e.issues[0]!.message).toBe('would make the deposit balance negative (DEP-2): 5000.00 returned on 2026-02-01 from a balance of 0.00');
  });

  test('only the first entry, in the order applied, that would overdraw is named', () => {
    // Applied: 1 Jan paid-in 100 (100.00); 1 Feb return 60 (40.00); 1 Mar deduction 50.50: refused; the 1 Apr return is never reached.
    const e = policyErrorOf(() =>
      ledger([
        { kind: 'return', amount: '1000', on: '2026-04-01' },
        { kind: 'deduction', amount: '50.50', on: '2026-03-01', reason: 'arrears a1' },
        { kind: 'return', amount: '60', on: '2026-02-01' },
        { kind: 'paid-in', amount: '100', on: '2026-01-01' },
      ]),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([
      { path: ['entries', 1, 'amount'], message: 'would make the deposit balance negative (DEP-2): 50.50 deducted on 2026-03-01 from a balance of 40.00' },
    ]);
  });
});

describe('DEP-6 and bad input', () => {
  test('the cloud program configures no deposit', () => {
    const e = expectPolicyError(() => depositLedger(cloudProgram, { entries: [] }), 'NOT_CONFIGURED', [['policy', 'deposit']]);
    expect(e.issues[0]!.message).toBe('the cloud program configures no deposit (DEP-6)');
  });

  test('a deduction needs a reason; a return may go without one', () => {
    const e = policyErrorOf(() =>
      ledger([
        { kind: 'paid-in', amount: '1', on: '2026-01-01' },
        { kind: 'deduction', amount: '1', on: '2026-01-02' },
        { kind: 'return', amount: '0', on: '2026-01-03' },
        { kind: 'deduction', amount: '0', on: '2026-01-04' },
      ]),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([
      { path: ['entries', 1, 'reason'], message: 'is required on a deduction (DEP-2)' },
      { path: ['entries', 3, 'reason'], message: 'is required on a deduction (DEP-2)' },
    ]);
  });

  test('bad fields are named with what is wrong: the kinds DEP-2 knows, the figure, the date', () => {
    const e = policyErrorOf(() =>
      depositLedger(telecomProgram, {
        entries: [
          { kind: 'refund', amount: '1', on: '2026-01-01' },
          { kind: 'top-up', on: '2026-01-01' },
          { kind: 'paid-in', amount: '-1', on: '2026-01-01' },
          { kind: 'paid-in', amount: '0.001', on: '2026-01-01' },
        ],
      } as never),
    );
    expect(e.issues).toEqual([
      { path: ['entries', 0, 'kind'], message: 'must be one of "paid-in", "top-up", "deduction", "return", got "refund"' },
      { path: ['entries', 1, 'amount'], message: 'is required (a decimal string, a finite number or a Decimal)' },
      { path: ['entries', 2, 'amount'], message: 'must not be negative, got "-1"' },
      { path: ['entries', 3, 'amount'], message: 'must have at most 2 decimal places, got "0.001"' },
    ]);
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
