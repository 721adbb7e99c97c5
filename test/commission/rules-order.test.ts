/**
 * The rules a commission figure cites are listed once each, in policy-book
 * order, however the parts they come from listed them: a merged line cites
 * the rules of both parts (COM-10).
 */
import { describe, expect, it } from 'vitest';
import { commissionStatement, mergeStatements } from '../../src/commission/index.js';
import { sortRules } from '../../src/commission/rules.js';
import { RULES } from '../../src/core/rules.js';
import { definePolicy } from '../../src/policy/index.js';
import { telecomProgram } from '../../src/policy/presets.js';

describe('rules in policy-book order', () => {
  it('sorts known ids by their place in the policy book, not by text, and lists each once', () => {
    // The book lists CONV, TIER, COM, DEP, …: text order would put COM before CONV and TIER.
    expect(sortRules(['COM-10', 'DEP-3', 'COM-2', 'TIER-2', 'COM-2', 'CONV-1', 'COM-10'])).toEqual(['CONV-1', 'TIER-2', 'COM-2', 'COM-10', 'DEP-3']);
    expect(sortRules([])).toEqual([]);
    const book = Object.keys(RULES);
    expect(sortRules([...book].reverse())).toEqual(book);
    expect(sortRules(new Set(['COM-8', 'CONV-2']))).toEqual(['CONV-2', 'COM-8']);
  });

  it('puts ids the book does not have last, in text order', () => {
    expect(sortRules(['X-2', 'COM-6', 'A-1', 'X-10', 'CONV-1', 'X-2'])).toEqual(['CONV-1', 'COM-6', 'A-1', 'X-10', 'X-2']);
    expect(sortRules(['b', 'a', 'c'])).toEqual(['a', 'b', 'c']);
    expect(sortRules(['c', 'a', 'b'])).toEqual(['a', 'b', 'c']);
  });

  it('a bucket merged from two parts cites the rules of both, in book order (COM-10)', () => {
    // Port at 10% in year 1 (an ordinary partner, tier rate 10%: TIER-2, COM-5) and in year 2 (COM-4: 10% whatever the tier).
    const policy = definePolicy(telecomProgram, { commission: { lines: { port: { kind: 'rate', rates: [{ gold: '0.4', silver: '0.3', ordinary: '0.1' }, '0.1'] } } } });
    const period = { from: '2026-01-01', to: '2026-03-31' };
    const port = (id: string, customerStartOn: string) => ({ id, customerId: id, line: 'port', amount: '100.00', receivedOn: '2026-01-10', customerStartOn });
    const year1 = commissionStatement(policy, { partnerId: 'P1', period, receipts: [port('R1', '2025-06-01')] });
    const year2 = commissionStatement(policy, { partnerId: 'P1', period, receipts: [port('R2', '2024-06-01')] });
    expect(year1.lines.map((l) => [l.rate, l.rules])).toEqual([['0.1', ['TIER-2', 'COM-1', 'COM-2', 'COM-4', 'COM-5', 'COM-6']]]);
    expect(year2.lines.map((l) => [l.rate, l.rules])).toEqual([['0.1', ['COM-1', 'COM-2', 'COM-4', 'COM-6']]]);
    const both = ['TIER-2', 'COM-1', 'COM-2', 'COM-4', 'COM-5', 'COM-6'];
    expect(mergeStatements(year2, year1).lines.map((l) => [l.base, l.rules])).toEqual([['200.00', both]]);
    expect(mergeStatements(year1, year2).lines.map((l) => [l.base, l.rules])).toEqual([['200.00', both]]);
  });

  it('a foreign statement citing its rules out of order merges into book order', () => {
    const period = { from: '2026-01-01', to: '2026-03-31' };
    const s = commissionStatement(telecomProgram, {
      partnerId: 'P1',
      period,
      receipts: [{ id: 'R1', customerId: 'C1', line: 'conference', amount: '100.00', receivedOn: '2026-01-10', customerStartOn: '2025-06-01' }],
    });
    const foreign = { ...s, lines: [{ ...s.lines[0]!, rules: ['COM-6', 'COM-4', 'CONV-2', 'COM-1'] }] };
    const empty = commissionStatement(telecomProgram, { partnerId: 'P1', period, receipts: [] });
    expect(mergeStatements(foreign, empty).lines[0]!.rules).toEqual(['CONV-2', 'COM-1', 'COM-4', 'COM-6']);
  });
});
