/**
 * A statement read back (mergeStatements, diffStatements) holds its rates as
 * plain decimal strings within [0, 1]: on lines, clawbacks and ladder
 * brackets. Any other rate is INVALID_INPUT at that rate's path, never a
 * failure to read the statement as a whole (CONV-5).
 */
import { describe, expect, it } from 'vitest';
import { commissionStatement, mergeStatements } from '../../src/commission/index.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { issueList, policyErrorOf } from '../helpers.js';

type Rated = { rate: string };
type Json = { lines: Rated[]; clawbacks: Rated[]; ladders: { brackets: (Rated & { from: string; to: string | null })[] }[] };

const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const sold = { id: 'R1', customerId: 'C1', line: 'conference', amount: '100.00', receivedOn: '2026-01-10', customerStartOn: '2025-06-01' };
const viaJson = (x: unknown): Json => JSON.parse(JSON.stringify(x)) as Json;
/** Conference 100.00 at 10%, refunded 10.00. */
const telecom = () => viaJson(commissionStatement(telecomProgram, { partnerId: 'P1', period: Q1, receipts: [sold], refunds: [{ id: 'F1', receipt: sold, amount: '10.00', refundedOn: '2026-02-01' }] }));
/** ecs 10.00 on the preset's single 20% bracket. */
const cloud = () => viaJson(commissionStatement(cloudProgram, { partnerId: 'P1', period: Q1, receipts: [{ id: 'R1', customerId: 'C1', line: 'ecs', amount: '10.00', receivedOn: '2026-01-10' }] }));

function refusal(s: Json) {
  const e = policyErrorOf(() => mergeStatements(s as never, telecom() as never));
  expect(e.code).toBe('INVALID_INPUT');
  return issueList(e);
}

const PLAIN = 'must be a plain decimal string such as "0.4"';
const NOT_PLAIN = ['.5', '0.', '0.5 ', ' 0.5', '0.5x', 'x0.5', '-0.1', '+0.1', '1e-1', '0,5', 'Infinity', 'NaN', ''];

describe('reading a statement back: rates', () => {
  it('a line rate that is not a plain decimal is refused at its path', () => {
    for (const bad of NOT_PLAIN) {
      const s = telecom();
      s.lines[0]!.rate = bad;
      expect([bad, refusal(s)]).toEqual([bad, [{ path: ['a', 'lines', 0, 'rate'], message: PLAIN }]]);
    }
  });

  it('a clawback rate or a bracket rate that is not a plain decimal is refused at its path', () => {
    for (const bad of NOT_PLAIN) {
      const s = telecom();
      s.clawbacks[0]!.rate = bad;
      expect([bad, refusal(s)]).toEqual([bad, [{ path: ['a', 'clawbacks', 0, 'rate'], message: PLAIN }]]);
      const c = cloud();
      c.ladders[0]!.brackets[0]!.rate = bad;
      expect([bad, refusal(c)]).toEqual([bad, [{ path: ['a', 'ladders', 0, 'brackets', 0, 'rate'], message: PLAIN }]]);
    }
  });

  it('a bracket bound that is not a plain decimal is refused at its path', () => {
    for (const bad of ['.5', '0.', '1e3', '-1', '0 ']) {
      const c = cloud();
      c.ladders[0]!.brackets[0]!.from = bad;
      expect([bad, refusal(c)]).toEqual([bad, [{ path: ['a', 'ladders', 0, 'brackets', 0, 'from'], message: PLAIN }]]);
      c.ladders[0]!.brackets[0]!.from = '0';
      c.ladders[0]!.brackets[0]!.to = bad;
      expect([bad, refusal(c)]).toEqual([bad, [{ path: ['a', 'ladders', 0, 'brackets', 0, 'to'], message: PLAIN }]]);
    }
  });

  it('a rate above 1 is refused; 1 itself is a rate (the margin line earns at 1, COM-2)', () => {
    for (const bad of ['1.01', '1.0000000001', '2']) {
      const s = telecom();
      s.clawbacks[0]!.rate = bad;
      expect(refusal(s)).toEqual([{ path: ['a', 'clawbacks', 0, 'rate'], message: 'a rate must lie within [0, 1]' }]);
    }
    const s = telecom();
    s.lines[0]!.rate = '1.00';
    // 100.00 × 1 is not the 10.00 written: the rate is read, and the line is then checked against it.
    expect(refusal(s)).toEqual([{ path: ['a', 'lines', 0, 'commission'], message: 'is not base × rate rounded half-up (COM-6)' }]);
  });
});
