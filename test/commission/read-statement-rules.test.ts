/**
 * A statement read back (mergeStatements, diffStatements) cites only rules of
 * the policy book: any other rule id is INVALID_INPUT at its path, so it is
 * never copied into a result.
 */
import { describe, expect, it } from 'vitest';
import { commissionStatement, diffStatements, mergeStatements } from '../../src/commission/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { policyErrorOf } from '../helpers.js';

type Json = { lines: { rules: unknown[] }[]; clawbacks: { rules: unknown[] }[] };

function statement(refunds = true): Json {
  const receipt = { id: 'R1', customerId: 'C1', line: 'conference', amount: '100.00', receivedOn: '2026-01-10', customerStartOn: '2025-06-01' };
  const s = commissionStatement(telecomProgram, {
    partnerId: 'P1',
    period: { from: '2026-01-01', to: '2026-03-31' },
    receipts: [receipt],
    refunds: refunds ? [{ id: 'F1', receipt, amount: '10.00', refundedOn: '2026-02-01' }] : [],
  });
  return JSON.parse(JSON.stringify(s)) as Json;
}

describe('reading a statement back: rule ids', () => {
  it('accepts the rules a statement cites, as written', () => {
    const s = statement();
    expect(s.lines[0]!.rules.length).toBeGreaterThan(0);
    expect(s.clawbacks[0]!.rules.length).toBeGreaterThan(0);
    expect(mergeStatements(s as never, statement(false) as never).lines[0]!.rules).toEqual(s.lines[0]!.rules);
    expect(() => diffStatements(s as never, statement() as never)).not.toThrow();
  });

  it('refuses a rule id that is not one of the policy book, naming where it is', () => {
    for (const bad of ['', 'COM-99', 'toString', '__proto__', 'com-6']) {
      const a = statement();
      const n = a.lines[0]!.rules.push(bad);
      const e = policyErrorOf(() => mergeStatements(a as never, statement() as never));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues).toEqual([{ path: ['a', 'lines', 0, 'rules', n - 1], message: `must be a rule id of the policy book, such as "COM-6", got ${JSON.stringify(bad)}` }]);
    }
    const paid = statement();
    paid.clawbacks[0]!.rules[0] = { id: 'COM-7' };
    const e = policyErrorOf(() => diffStatements(paid as never, statement() as never));
    expect([e.code, e.issues.map((i) => i.path)]).toEqual(['INVALID_INPUT', [['paid', 'clawbacks', 0, 'rules', 0]]]);
    const recomputed = statement();
    recomputed.lines[0]!.rules[0] = 'x'.repeat(100);
    expect(policyErrorOf(() => diffStatements(statement() as never, recomputed as never)).issues).toEqual([
      { path: ['recomputed', 'lines', 0, 'rules', 0], message: `must be a rule id of the policy book, such as "COM-6", got "${'x'.repeat(40)}…"` },
    ]);
  });
});
