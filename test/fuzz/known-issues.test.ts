/**
 * Each known issue the fuzz suite excuses still reproduces. When one of these
 * fails, the issue is fixed: delete its entry from known-issues.ts, so the
 * fuzz suite holds those functions to the full contract again.
 */
import { describe, expect, it } from 'vitest';
import { PolicyError, telecomProgram } from '../../src/index.js';
import { commissionStatement, mergeStatements } from '../../src/commission/index.js';
import { KNOWN_ISSUES } from './known-issues.js';

/** A statement whose first line cites a rule id that is not one. */
function statementWithBadRule(): unknown {
  const s = commissionStatement(telecomProgram, {
    partnerId: 'P1',
    period: { from: '2026-01-01', to: '2026-03-31' },
    receipts: [{ id: 'R1', customerId: 'C1', line: 'conference', amount: '100.00', receivedOn: '2026-01-10', customerStartOn: '2025-06-01' }],
  });
  const json = JSON.parse(JSON.stringify(s)) as { lines: { rules: unknown[] }[] };
  json.lines[0]!.rules.push('');
  return json;
}

const REPRODUCTIONS: Record<string, () => boolean> = {
  'statement-rule-ids': () => {
    try {
      const merged = mergeStatements(statementWithBadRule() as never, statementWithBadRule() as never);
      return merged.lines.some((l) => l.rules.includes(''));
    } catch (e) {
      return !(e instanceof PolicyError);
    }
  },
};

describe('known issues excused by the fuzz suite', () => {
  it('each has a reproduction', () => {
    expect(Object.keys(REPRODUCTIONS).sort()).toEqual(KNOWN_ISSUES.map((k) => k.id).sort());
  });

  it.each(KNOWN_ISSUES.map((k) => [k.id, k] as const))('%s still reproduces (once it does not, delete it from known-issues.ts)', (id) => {
    expect(REPRODUCTIONS[id]!(), `${id} is fixed: delete it from KNOWN_ISSUES`).toBe(true);
  });
});
