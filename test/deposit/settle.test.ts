import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { settleDeposit, type DepositClaim } from '../../src/deposit/index.js';
import { cloudProgram, telecomProgram } from '../../src/policy/index.js';
import { deepFreeze, expectPolicyError, policyErrorOf, snapshot } from './helpers.js';

const settle = (balance: string, claims: DepositClaim[], asOf = '2026-05-01', required = balance) =>
  settleDeposit(telecomProgram, { balance, required, asOf, claims });

describe('DEP-3: only overdue claims are deducted', () => {
  test('a claim due today is not yet overdue; one due yesterday is', () => {
    const r = settle('5000', [
      { id: 'today', kind: 'clawback', amount: '100', dueOn: '2026-05-01' },
      { id: 'yesterday', kind: 'clawback', amount: '200', dueOn: '2026-04-30' },
      { id: 'later', kind: 'arrears', amount: '300', dueOn: '2026-06-30' },
    ]);
    expect(r.deductions.map((d) => [d.claimId, d.deducted, d.outstanding])).toEqual([['yesterday', '200.00', '0.00']]);
    expect(r.skipped.map((s) => [s.claimId, s.reason])).toEqual([
      ['today', 'not-due'],
      ['later', 'not-due'],
    ]);
    expect(r.balance).toBe('4800.00');
  });

  test('arrears caused by the company’s service quality are never deducted, overdue or not', () => {
    const r = settle('5000', [
      { id: 'sq-old', kind: 'arrears', amount: '1000', dueOn: '2025-01-01', cause: 'service-quality' },
      { id: 'sq-new', kind: 'arrears', amount: '1000', dueOn: '2027-01-01', cause: 'service-quality' },
      { id: 'other', kind: 'arrears', amount: '700', dueOn: '2026-01-01', cause: 'other' },
      { id: 'plain', kind: 'arrears', amount: '300', dueOn: '2026-01-02' },
    ]);
    expect(r.skipped.map((s) => [s.claimId, s.reason, s.claim, s.rules])).toEqual([
      ['sq-old', 'service-quality', '1000.00', ['DEP-3']],
      ['sq-new', 'service-quality', '1000.00', ['DEP-3']],
    ]);
    expect(r.deductions.map((d) => d.claimId)).toEqual(['other', 'plain']);
    expect(r.balance).toBe('4000.00');
  });

  test('overdue clawbacks the partner did not return are deducted like arrears', () => {
    const r = settle('90000', [{ id: 'cb', kind: 'clawback', amount: '1234.56', dueOn: '2026-03-31' }]);
    expect(r.deductions).toEqual([
      { claimId: 'cb', kind: 'clawback', dueOn: '2026-03-31', claim: '1234.56', deducted: '1234.56', outstanding: '0.00', balanceAfter: '88765.44', rules: ['DEP-2', 'DEP-3'] },
    ]);
  });
});

describe('DEP-3: claims apply in order of due date, then id, each up to the remaining balance', () => {
  test('the earlier due date is served first, whatever the input order', () => {
    // 100 of deposit: B (due 1 Feb, 50) is covered in full, A (due 1 Mar, 80) gets the remaining 50 and 30 stays owed.
    const r = settle('100', [
      { id: 'A', kind: 'arrears', amount: '80', dueOn: '2026-03-01' },
      { id: 'B', kind: 'clawback', amount: '50', dueOn: '2026-02-01' },
    ]);
    expect(r.deductions.map((d) => [d.claimId, d.claim, d.deducted, d.outstanding, d.balanceAfter])).toEqual([
      ['B', '50.00', '50.00', '0.00', '50.00'],
      ['A', '80.00', '50.00', '30.00', '0.00'],
    ]);
    expect(r).toMatchObject({ opening: '100.00', balance: '0.00', deducted: '100.00', outstanding: '30.00' });
  });

  test('on one due date, the smaller id goes first', () => {
    const r = settle('60', [
      { id: 'b', kind: 'clawback', amount: '50', dueOn: '2026-02-01' },
      { id: 'a', kind: 'clawback', amount: '50', dueOn: '2026-02-01' },
    ]);
    expect(r.deductions.map((d) => [d.claimId, d.deducted, d.outstanding])).toEqual([
      ['a', '50.00', '0.00'],
      ['b', '10.00', '40.00'],
    ]);
  });

  test('ids compare by code units, not by locale or as numbers: "B" < "a10" < "a9" < "b"', () => {
    // One due date, 10 each, 25 of deposit: B and a10 in full, a9 gets the last 5, b nothing.
    const r = settle('25', [
      { id: 'b', kind: 'arrears', amount: '10', dueOn: '2026-02-01' },
      { id: 'a9', kind: 'clawback', amount: '10', dueOn: '2026-02-01' },
      { id: 'B', kind: 'arrears', amount: '10', dueOn: '2026-02-01' },
      { id: 'a10', kind: 'clawback', amount: '10', dueOn: '2026-02-01' },
    ]);
    expect(r.deductions.map((d) => [d.claimId, d.deducted, d.outstanding, d.balanceAfter])).toEqual([
      ['B', '10.00', '0.00', '15.00'],
      ['a10', '10.00', '0.00', '5.00'],
      ['a9', '5.00', '5.00', '0.00'],
      ['b', '0.00', '10.00', '0.00'],
    ]);
  });

  test('the due date decides before the id: an earlier claim with a larger id goes first', () => {
    // z is due 1 Feb, a on 1 Mar; 100 of deposit, 80 each: z in full, a gets 20.
    const r = settle('100', [
      { id: 'a', kind: 'clawback', amount: '80', dueOn: '2026-03-01' },
      { id: 'z', kind: 'clawback', amount: '80', dueOn: '2026-02-01' },
    ]);
    expect(r.deductions.map((d) => [d.claimId, d.deducted, d.outstanding])).toEqual([
      ['z', '80.00', '0.00'],
      ['a', '20.00', '60.00'],
    ]);
    // And the other way round, the later claim with the smaller id still goes second.
    const r2 = settle('100', [
      { id: 'z', kind: 'clawback', amount: '80', dueOn: '2026-03-01' },
      { id: 'a', kind: 'clawback', amount: '80', dueOn: '2026-02-01' },
    ]);
    expect(r2.deductions.map((d) => [d.claimId, d.deducted])).toEqual([
      ['a', '80.00'],
      ['z', '20.00'],
    ]);
  });

  test('skipped claims are listed in the same order: due date, then id', () => {
    const r = settle('0', [
      { id: 'n2', kind: 'clawback', amount: '1', dueOn: '2026-06-01' },
      { id: 'sq', kind: 'arrears', amount: '1', dueOn: '2026-06-01', cause: 'service-quality' },
      { id: 'n1', kind: 'arrears', amount: '1', dueOn: '2026-05-01' },
      { id: 'm', kind: 'arrears', amount: '1', dueOn: '2026-06-01' },
    ]);
    expect(r.skipped.map((s) => [s.claimId, s.reason])).toEqual([
      ['n1', 'not-due'],
      ['m', 'not-due'],
      ['n2', 'not-due'],
      ['sq', 'service-quality'],
    ]);
  });

  test('once the deposit is empty, a later claim is deducted 0.00 and stays owed in full', () => {
    const r = settle('40000', [
      { id: 'c1', kind: 'clawback', amount: '25000', dueOn: '2026-04-10' },
      { id: 'a1', kind: 'arrears', amount: '20000', dueOn: '2026-04-20' },
      { id: 'a3', kind: 'arrears', amount: '999.99', dueOn: '2026-04-25' },
      { id: 'a2', kind: 'arrears', amount: '3000', dueOn: '2026-04-01', cause: 'service-quality' },
      { id: 'c2', kind: 'clawback', amount: '1000', dueOn: '2026-05-01' },
    ]);
    expect(r.deductions.map((d) => [d.claimId, d.claim, d.deducted, d.outstanding, d.balanceAfter])).toEqual([
      ['c1', '25000.00', '25000.00', '0.00', '15000.00'],
      ['a1', '20000.00', '15000.00', '5000.00', '0.00'],
      ['a3', '999.99', '0.00', '999.99', '0.00'],
    ]);
    expect(r.skipped.map((s) => [s.claimId, s.reason])).toEqual([
      ['a2', 'service-quality'],
      ['c2', 'not-due'],
    ]);
    expect(r).toMatchObject({ balance: '0.00', deducted: '40000.00', outstanding: '5999.99' });
  });

  test('cents are kept exactly: 0.10 + 0.20 of claims leave 0.70 of a 1.00 deposit', () => {
    const r = settle('1', [
      { id: 'x', kind: 'clawback', amount: 0.1, dueOn: '2026-01-01' },
      { id: 'y', kind: 'clawback', amount: new Decimal('0.2'), dueOn: '2026-01-02' },
    ]);
    expect(r.balance).toBe('0.70');
    expect(r.deducted).toBe('0.30');
  });

  test('no claims: nothing deducted', () => {
    expect(settle('5000', [])).toEqual({
      opening: '5000.00', balance: '5000.00', deducted: '0.00', outstanding: '0.00',
      deductions: [], skipped: [], required: '5000.00', shortfall: '0.00', excess: '0.00',
      rules: ['DEP-2', 'DEP-3', 'DEP-4'],
    });
  });
});

describe('DEP-4: shortfall and excess', () => {
  test('after deductions, a gold partner owes a top-up back to 90,000', () => {
    const r = settle('90000', [{ id: 'a', kind: 'arrears', amount: '12000', dueOn: '2026-04-01' }], '2026-05-01', '90000');
    expect(r).toMatchObject({ balance: '78000.00', required: '90000.00', shortfall: '12000.00', excess: '0.00' });
  });

  test('after a downgrade from gold to silver, the excess is reported, not returned', () => {
    const r = settle('90000', [], '2026-07-01', '40000');
    expect(r).toMatchObject({ balance: '90000.00', shortfall: '0.00', excess: '50000.00' });
  });

  test('after an upgrade from ordinary to gold, the shortfall is the difference', () => {
    const r = settle('5000', [], '2026-07-01', '90000');
    expect(r).toMatchObject({ shortfall: '85000.00', excess: '0.00' });
  });
});

describe('DEP-6: the cloud program configures no deposit', () => {
  test('NOT_CONFIGURED', () => {
    const e = expectPolicyError(
      () => settleDeposit(cloudProgram, { balance: '0', required: '0', asOf: '2026-01-01', claims: [] }),
      'NOT_CONFIGURED',
      [['policy', 'deposit']],
    );
    expect(e.issues[0]!.message).toBe('the cloud program configures no deposit (DEP-6)');
  });
});

describe('bad input raises PolicyError naming every bad field', () => {
  const ok = { balance: '100', required: '100', asOf: '2026-05-01', claims: [] };

  test('bad figures and dates at the top level', () => {
    expectPolicyError(
      () => settleDeposit(telecomProgram, { balance: Number.NaN, required: '1e3', asOf: '2026-02-30', claims: [] } as never),
      'INVALID_INPUT',
      [['balance'], ['required'], ['asOf']],
    );
    expectPolicyError(() => settleDeposit(telecomProgram, { ...ok, balance: '-0.01' }), 'INVALID_INPUT', [['balance']]);
    expectPolicyError(() => settleDeposit(telecomProgram, { ...ok, required: Number.POSITIVE_INFINITY }), 'INVALID_INPUT', [['required']]);
    expectPolicyError(() => settleDeposit(telecomProgram, { ...ok, asOf: '2026-5-1' }), 'INVALID_INPUT', [['asOf']]);
  });

  test('bad claims, with their index', () => {
    const claims = [
      { id: 'ok', kind: 'clawback', amount: '1', dueOn: '2026-01-01' },
      { id: 'k', kind: 'fine', amount: '1', dueOn: '2026-01-01' },
      { id: 'm', kind: 'arrears', amount: '12.345', dueOn: '2026-01-01' },
      { id: 'd', kind: 'arrears', amount: '1', dueOn: '2026-02-29' },
      { id: '', kind: 'arrears', amount: '1', dueOn: '2026-01-01' },
      { id: 'c', kind: 'arrears', amount: '1', dueOn: '2026-01-01', cause: 'weather' },
      null,
    ];
    expectPolicyError(() => settleDeposit(telecomProgram, { ...ok, claims } as never), 'INVALID_INPUT', [
      ['claims', 1, 'kind'],
      ['claims', 2, 'amount'],
      ['claims', 3, 'dueOn'],
      ['claims', 4, 'id'],
      ['claims', 5, 'cause'],
      ['claims', 6],
    ]);
  });

  test('a repeated claim id', () => {
    const claims: DepositClaim[] = [
      { id: 'x', kind: 'clawback', amount: '1', dueOn: '2026-01-01' },
      { id: 'y', kind: 'clawback', amount: '1', dueOn: '2026-01-01' },
      { id: 'x', kind: 'arrears', amount: '2', dueOn: '2026-02-01' },
    ];
    const e = expectPolicyError(() => settleDeposit(telecomProgram, { ...ok, claims }), 'INVALID_INPUT', [['claims', 2, 'id']]);
    expect(e.issues[0]!.message).toBe('repeats the id of claims[0]');
  });

  test('"service-quality" on a clawback is refused (DEP-3: the exemption concerns arrears only); "other" on a clawback is fine', () => {
    const claims: DepositClaim[] = [
      { id: 'x', kind: 'clawback', amount: '1', dueOn: '2026-01-01', cause: 'other' },
      { id: 'y', kind: 'clawback', amount: '1', dueOn: '2026-01-01', cause: 'service-quality' },
    ];
    const e = policyErrorOf(() => settleDeposit(telecomProgram, { ...ok, claims }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([
      { path: ['claims', 1, 'cause'], message: '"service-quality" applies to arrears only: a clawback is deducted whatever its cause' },
    ]);
    expect(settleDeposit(telecomProgram, { ...ok, claims: claims.slice(0, 1) }).deductions.map((d) => d.claimId)).toEqual(['x']);
  });

  test('each bad field says what is wrong with it', () => {
    const e = policyErrorOf(() =>
      settleDeposit(telecomProgram, {
        required: '1.005',
        asOf: '2026-05-01',
        claims: [{ id: 'k', kind: 'fine', amount: '1', dueOn: '2026-01-01', cause: 'weather' }],
      } as never),
    );
    expect(e.issues).toEqual([
      { path: ['balance'], message: 'is required (a decimal string, a finite number or a Decimal)' },
      { path: ['required'], message: 'must have at most 2 decimal places, got "1.005"' },
      { path: ['claims', 0, 'kind'], message: 'must be one of "clawback", "arrears", got "fine"' },
      { path: ['claims', 0, 'cause'], message: 'must be one of "service-quality", "other", got "weather"' },
    ]);
  });

  test('claims that are not an array, missing, or a misspelt field', () => {
    for (const claims of [null, 'c1', 42, { 0: {} }, undefined]) {
      expectPolicyError(() => settleDeposit(telecomProgram, { ...ok, claims } as never), 'INVALID_INPUT', [['claims']]);
    }
    expectPolicyError(
      () => settleDeposit(telecomProgram, { ...ok, claims: [{ id: 'x', kind: 'arrears', amount: '1', dueDate: '2026-01-01' }] } as never),
      'INVALID_INPUT',
      [['claims', 0, 'dueOn'], ['claims', 0, 'dueDate']],
    );
  });

  test('not an object, or a getter that throws', () => {
    expectPolicyError(() => settleDeposit(telecomProgram, null as never), 'INVALID_INPUT', [[]]);
    const input = {
      ...ok,
      get claims(): never {
        throw new Error('unreadable');
      },
    };
    const e = expectPolicyError(() => settleDeposit(telecomProgram, input), 'INVALID_INPUT', [[]]);
    expect(e.message).toContain('unreadable');
  });
});

describe('inputs are never changed', () => {
  test('a deeply frozen input works, and the caller’s claims keep their order', () => {
    const input = deepFreeze({
      balance: '100',
      required: '100',
      asOf: '2026-05-01',
      claims: [
        { id: 'late', kind: 'arrears' as const, amount: '80', dueOn: '2026-03-01' },
        { id: 'early', kind: 'clawback' as const, amount: '50', dueOn: '2026-02-01' },
      ],
    });
    const before = snapshot(input);
    expect(settleDeposit(telecomProgram, input).balance).toBe('0.00');
    expect(snapshot(input)).toEqual(before);
    expect(input.claims.map((c) => c.id)).toEqual(['late', 'early']);
  });
});
