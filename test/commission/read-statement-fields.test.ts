/**
 * A statement read back (mergeStatements, diffStatements) is checked field by
 * field: each money figure, each line against its own base × rate (COM-6),
 * each ladder against its lines (COM-3), each clawback against its refund
 * (COM-7) and each total against the sum of its lines (COM-8). A real
 * statement is corrupted one field at a time; the refusal is INVALID_INPUT
 * naming exactly that field.
 */
import { describe, expect, it } from 'vitest';
import { commissionStatement, diffStatements, mergeStatements } from '../../src/commission/index.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { issueList, policyErrorOf } from '../helpers.js';
import { marginalLadder } from './arbitraries.js';

interface LineJson { line: string; rate: string; base: string; commission: string; receipts: number; rules: string[]; kind: string }
interface ClawbackJson { refundId: string; receiptId: string; refund: string; rate: string; clawback: string; rules: string[]; line: string; base: string; receiptAmount: string }
interface LadderJson { line: string; mode: string; brackets: { from: string; to: string | null; rate: string }[]; volume: string; receipts: number; rules: string[] }
type Total = 'base' | 'commission' | 'clawback' | 'carriedIn' | 'payable';
interface StatementJson {
  partnerId: string;
  period: { from: string; to: string };
  currency: { code: string; scale: number };
  lines: LineJson[];
  clawbacks: ClawbackJson[];
  ladders: LadderJson[];
  totals: Record<Total, string> & { rules: string[] };
  warnings: { code: string; receiptId?: string; refundId?: string; message: string }[];
}

const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const sold = { id: 'R1', customerId: 'C1', line: 'conference', amount: '100.00', receivedOn: '2026-01-10', customerStartOn: '2025-06-01' };

/**
 * A telecom statement through JSON: conference 100.00 at 10% (10.00), port
 * 33.33 at the ordinary 20% (6.67), a 10.00 refund of the conference receipt
 * clawing back 1.00, 1.00 carried in: payable 16.67 − 1.00 − 1.00 = 14.67.
 */
function telecom(): StatementJson {
  const s = commissionStatement(telecomProgram, {
    partnerId: 'P1',
    period: Q1,
    receipts: [sold, { ...sold, id: 'R2', line: 'port', amount: '33.33' }],
    refunds: [{ id: 'F1', receipt: sold, amount: '10.00', refundedOn: '2026-02-01' }],
    carriedIn: '1.00',
  });
  return JSON.parse(JSON.stringify(s)) as StatementJson;
}

/** The telecom statement of no receipts, same partner and period. */
function empty(): StatementJson {
  return JSON.parse(JSON.stringify(commissionStatement(telecomProgram, { partnerId: 'P1', period: Q1, receipts: [] }))) as StatementJson;
}

/** A cloud statement: ecs 10.00 on the preset's single 20% ladder bracket (COM-3), 2.00. */
function cloud(): StatementJson {
  const s = commissionStatement(cloudProgram, {
    partnerId: 'SC',
    period: Q1,
    receipts: [{ id: 'R1', customerId: 'C1', line: 'ecs', amount: '10.00', receivedOn: '2026-01-10' }],
  });
  return JSON.parse(JSON.stringify(s)) as StatementJson;
}

/** The issues of reading `s` as argument `a` of mergeStatements; the code must be INVALID_INPUT. */
function refusal(s: StatementJson, other: StatementJson = s.partnerId === 'P1' ? empty() : cloudEmpty()) {
  const e = policyErrorOf(() => mergeStatements(s as never, other as never));
  expect(e.code).toBe('INVALID_INPUT');
  return issueList(e);
}

function cloudEmpty(): StatementJson {
  return JSON.parse(JSON.stringify(commissionStatement(cloudProgram, { partnerId: 'SC', period: Q1, receipts: [] }))) as StatementJson;
}

describe('reading a statement back: the real statement', () => {
  it('reads back as it was written: merging it with an empty one gives it again', () => {
    expect(mergeStatements(telecom() as never, empty() as never)).toEqual(telecom());
    expect(mergeStatements(cloudEmpty() as never, cloud() as never)).toEqual(cloud());
    const t = telecom();
    expect([t.totals.base, t.totals.commission, t.totals.clawback, t.totals.carriedIn, t.totals.payable]).toEqual(['133.33', '16.67', '1.00', '1.00', '14.67']);
  });

  it('a negative payable is a balance owed (COM-8), not a bad figure', () => {
    const owed = JSON.parse(
      JSON.stringify(commissionStatement(telecomProgram, { partnerId: 'P1', period: Q1, receipts: [sold], carriedIn: '20.00' })),
    ) as StatementJson;
    expect(owed.totals.payable).toBe('-10.00');
    expect(mergeStatements(owed as never, empty() as never).totals.payable).toBe('-10.00');
  });
});

describe('reading a statement back: money figures', () => {
  it('a line base or commission that is not a non-negative figure at the currency scale is refused at its path', () => {
    for (const bad of ['-100.00', '100.001', 'abc', '']) {
      const s = telecom();
      s.lines[0]!.base = bad;
      expect(refusal(s)).toContainEqual({ path: ['a', 'lines', 0, 'base'], message: `must be a non-negative money string at 2 places, got ${JSON.stringify(bad)}` });
      const c = telecom();
      c.lines[1]!.commission = bad;
      expect(refusal(c)).toContainEqual({ path: ['a', 'lines', 1, 'commission'], message: `must be a non-negative money string at 2 places, got ${JSON.stringify(bad)}` });
    }
  });

  it('a negative line is refused even when every figure derived from it agrees', () => {
    // −100.00 at 10% is −10.00, and the totals follow: only the sign is wrong (CONV-1: cash is non-negative).
    // Each refused figure then counts as nothing, so the totals no longer add up to the lines that remain:
    // base 33.33, commission 6.67, payable 6.67 − 1.00 − 1.00 = 4.67.
    const s = telecom();
    Object.assign(s.lines[0]!, { base: '-100.00', commission: '-10.00' });
    Object.assign(s.totals, { base: '-66.67', commission: '-3.33', payable: '-5.33' });
    const sum = (field: string) => ({ path: ['a', 'totals', field], message: `does not add up: the statement's lines give a different ${field}` });
    expect(refusal(s)).toEqual([
      { path: ['a', 'lines', 0, 'base'], message: 'must be a non-negative money string at 2 places, got "-100.00"' },
      { path: ['a', 'lines', 0, 'commission'], message: 'must be a non-negative money string at 2 places, got "-10.00"' },
      { path: ['a', 'totals', 'base'], message: 'must be a non-negative money string at 2 places, got "-66.67"' },
      { path: ['a', 'totals', 'commission'], message: 'must be a non-negative money string at 2 places, got "-3.33"' },
      sum('base'),
      sum('commission'),
      sum('payable'),
    ]);
  });

  it('each clawback figure is checked at its own path', () => {
    for (const field of ['refund', 'base', 'clawback', 'receiptAmount'] as const) {
      const s = telecom();
      s.clawbacks[0]![field] = '1.5.0';
      expect(refusal(s)).toContainEqual({ path: ['a', 'clawbacks', 0, field], message: 'must be a non-negative money string at 2 places, got "1.5.0"' });
    }
  });

  it('each total is checked at its own path; the payable alone may be negative', () => {
    for (const field of ['base', 'commission', 'clawback', 'carriedIn'] as const) {
      const s = telecom();
      s.totals[field] = '-0.01';
      expect(refusal(s)).toContainEqual({ path: ['a', 'totals', field], message: 'must be a non-negative money string at 2 places, got "-0.01"' });
    }
    const s = telecom();
    s.totals.payable = '14.670';
    expect(refusal(s)).toEqual([{ path: ['a', 'totals', 'payable'], message: 'must be a money string at 2 places, got "14.670"' }, { path: ['a', 'totals', 'payable'], message: "does not add up: the statement's lines give a different payable" }]);
  });

  it('a ladder volume that is not a figure is refused at its path', () => {
    // A statement writes every figure at exactly the currency scale; a refused volume counts as nothing, so its line no longer matches.
    for (const bad of ['10', '10.000', '-10.00']) {
      const s = cloud();
      s.ladders[0]!.volume = bad;
      expect(refusal(s)).toEqual([
        { path: ['a', 'ladders', 0, 'volume'], message: `must be a non-negative money string at 2 places, got ${JSON.stringify(bad)}` },
        { path: ['a', 'ladders', 0], message: 'its lines do not match the slices of its volume at rate 0.2 (COM-3)' },
      ]);
    }
  });
});

describe('reading a statement back: lines (COM-6)', () => {
  it('a line commission that is not its base × rate rounded half-up is refused, even when the totals follow it', () => {
    const s = telecom();
    s.lines[1]!.commission = '6.66'; // 33.33 × 0.2 = 6.666 → 6.67
    Object.assign(s.totals, { commission: '16.66', payable: '14.66' });
    expect(refusal(s)).toEqual([{ path: ['a', 'lines', 1, 'commission'], message: 'is not base × rate rounded half-up (COM-6)' }]);
  });

  it('a bucket given twice is refused at the second, however its rate is written', () => {
    const s = telecom();
    s.lines.push({ ...s.lines[0]!, rate: '0.10' });
    Object.assign(s.totals, { base: '233.33', commission: '26.67', payable: '24.67' });
    expect(refusal(s)).toEqual([{ path: ['a', 'lines', 2], message: 'repeats the bucket conference (rate) at rate 0.1' }]);
  });
});

describe('reading a statement back: ladders (COM-3)', () => {
  it('a ladder line whose base differs from the slice of the volume is refused, even when its commission agrees', () => {
    const s = cloud();
    s.lines[0]!.base = '10.01'; // 10.01 × 0.2 = 2.002 → 2.00, the slice's commission
    s.totals.base = '10.01';
    expect(refusal(s)).toEqual([{ path: ['a', 'ladders', 0], message: 'its lines do not match the slices of its volume at rate 0.2 (COM-3)' }]);
  });

  it('a ladder line whose commission differs from the slice is refused, even when the totals follow it', () => {
    const s = cloud();
    s.lines[0]!.commission = '2.01';
    Object.assign(s.totals, { commission: '2.01', payable: '2.01' });
    expect(refusal(s)).toEqual([{ path: ['a', 'ladders', 0], message: 'its lines do not match the slices of its volume at rate 0.2 (COM-3)' }]);
  });

  it('a ladder whose slice has no line is refused, naming the rate of the missing slice', () => {
    // Marginal brackets [0, 1000) at 10%, [1000, 50000.5) at 15%: 1500.00 is slices 1000.00 (100.00) and 500.00 (75.00).
    const s = JSON.parse(
      JSON.stringify(
        commissionStatement(marginalLadder, { partnerId: 'SC', period: Q1, receipts: [{ id: 'R1', customerId: 'C1', line: 'ecs', amount: '1500.00', receivedOn: '2026-01-10' }] }),
      ),
    ) as StatementJson;
    expect(s.lines.map((l) => [l.rate, l.base, l.commission])).toEqual([
      ['0.1', '1000.00', '100.00'],
      ['0.15', '500.00', '75.00'],
    ]);
    s.lines.splice(1, 1);
    Object.assign(s.totals, { base: '1000.00', commission: '100.00', payable: '100.00' });
    expect(refusal(s, cloudEmpty())).toEqual([{ path: ['a', 'ladders', 0], message: 'its lines do not match the slices of its volume at rate 0.15 (COM-3)' }]);
  });

  it('a ladder given twice is refused at its line', () => {
    const s = cloud();
    s.ladders.push({ ...s.ladders[0]! });
    expect(refusal(s)).toEqual([{ path: ['a', 'ladders', 1, 'line'], message: 'repeats the ladder of line ecs' }]);
  });

  it('a ladder line with no ladder is refused at its kind', () => {
    const s = cloud();
    s.ladders = [];
    expect(refusal(s)).toEqual([{ path: ['a', 'lines', 0, 'kind'], message: 'is a ladder line with no entry for ecs in ladders' }]);
  });
});

describe('reading a statement back: clawbacks (COM-7)', () => {
  it('a refund larger than its receipt is refused', () => {
    const s = telecom();
    s.clawbacks[0]!.refund = '100.01';
    expect(refusal(s)).toEqual([{ path: ['a', 'clawbacks', 0, 'refund'], message: 'is more than receiptAmount (COM-7)' }]);
    s.clawbacks[0]!.refund = '100.00'; // the whole receipt may be refunded
    expect(mergeStatements(s as never, empty() as never).clawbacks[0]!.refund).toBe('100.00');
  });

  it('a clawback base larger than the refund is refused', () => {
    const s = telecom();
    s.clawbacks[0]!.base = '10.01'; // 10.01 × 0.1 = 1.001 → 1.00, the clawback as written
    expect(refusal(s)).toEqual([{ path: ['a', 'clawbacks', 0, 'base'], message: 'is more than the refund (COM-7)' }]);
  });

  it('a clawback that is not base × rate rounded half-up is refused, even when the totals follow it', () => {
    const s = telecom();
    s.clawbacks[0]!.clawback = '1.01';
    Object.assign(s.totals, { clawback: '1.01', payable: '14.66' });
    expect(refusal(s)).toEqual([{ path: ['a', 'clawbacks', 0, 'clawback'], message: 'is not base × rate rounded half-up (COM-7)' }]);
  });

  it('a refund given twice is refused at the second', () => {
    const s = telecom();
    s.clawbacks.push({ ...s.clawbacks[0]! });
    Object.assign(s.totals, { clawback: '2.00', payable: '13.67' });
    expect(refusal(s)).toEqual([{ path: ['a', 'clawbacks', 1, 'refundId'], message: 'repeats the refund F1' }]);
  });
});

describe('reading a statement back: totals (COM-8)', () => {
  it('each total one cent off is refused at that total, and only there', () => {
    for (const [field, off] of [
      ['base', '133.34'],
      ['commission', '16.66'],
      ['clawback', '1.01'],
      ['payable', '14.68'],
    ] as const) {
      const s = telecom();
      s.totals[field] = off;
      expect(refusal(s)).toEqual([{ path: ['a', 'totals', field], message: `does not add up: the statement's lines give a different ${field}` }]);
    }
  });

  it('a carried-in balance one cent off moves the payable that must follow from it', () => {
    const s = telecom();
    s.totals.carriedIn = '1.01';
    expect(refusal(s)).toEqual([{ path: ['a', 'totals', 'payable'], message: "does not add up: the statement's lines give a different payable" }]);
    s.totals.payable = '14.66';
    expect(mergeStatements(s as never, empty() as never).totals).toMatchObject({ carriedIn: '1.01', payable: '14.66' });
  });

  it('the argument is named as the caller named it', () => {
    const s = telecom();
    s.totals.base = '0.00';
    const paid = policyErrorOf(() => diffStatements(s as never, telecom() as never));
    expect([paid.code, issueList(paid)]).toEqual(['INVALID_INPUT', [{ path: ['paid', 'totals', 'base'], message: "does not add up: the statement's lines give a different base" }]]);
    const recomputed = policyErrorOf(() => diffStatements(telecom() as never, s as never));
    expect(recomputed.issues.map((i) => i.path)).toEqual([['recomputed', 'totals', 'base']]);
    expect(policyErrorOf(() => mergeStatements(telecom() as never, s as never)).issues.map((i) => i.path)).toEqual([['b', 'totals', 'base']]);
  });
});

describe('reading a statement back: warnings', () => {
  it('keeps each warning with exactly the ids it has', () => {
    const s = telecom();
    s.warnings = [
      { code: 'FOREIGN', message: 'no ids' },
      { code: 'OUTSIDE_PERIOD', receiptId: 'R9', message: 'a receipt only' },
      { code: 'REFUND_OUTSIDE_PERIOD', receiptId: 'R8', refundId: 'F8', message: 'both' },
    ];
    const merged = mergeStatements(s as never, empty() as never).warnings;
    expect(merged).toStrictEqual([
      { code: 'FOREIGN', message: 'no ids' },
      { code: 'OUTSIDE_PERIOD', receiptId: 'R9', message: 'a receipt only' },
      { code: 'REFUND_OUTSIDE_PERIOD', receiptId: 'R8', refundId: 'F8', message: 'both' },
    ]);
    expect(merged.map((w) => Object.keys(w))).toEqual([['code', 'message'], ['code', 'receiptId', 'message'], ['code', 'receiptId', 'refundId', 'message']]);
  });
});

describe('statements of different scopes are STATEMENT_MISMATCH (COM-10)', () => {
  const mismatch = (a: StatementJson, b: StatementJson) => {
    const e = policyErrorOf(() => mergeStatements(a as never, b as never));
    expect(e.code).toBe('STATEMENT_MISMATCH');
    return issueList(e);
  };

  it('names the partner, the period and the currency of the second statement', () => {
    const other = empty();
    other.partnerId = 'P2';
    expect(mismatch(telecom(), other)).toEqual([{ path: ['b', 'partnerId'], message: 'is "P2", not "P1"' }]);
    const later = empty();
    later.period.from = '2026-01-02';
    expect(mismatch(telecom(), later)).toEqual([{ path: ['b', 'period'], message: 'is 2026-01-02 to 2026-03-31, not 2026-01-01 to 2026-03-31' }]);
    const shorter = empty();
    shorter.period.to = '2026-03-30';
    expect(mismatch(telecom(), shorter)).toEqual([{ path: ['b', 'period'], message: 'is 2026-01-01 to 2026-03-30, not 2026-01-01 to 2026-03-31' }]);
    const usd = empty();
    usd.currency.code = 'USD';
    expect(mismatch(telecom(), usd)).toEqual([{ path: ['b', 'currency'], message: 'is USD at 2 places, not CNY at 2' }]);
    const mills = empty();
    mills.currency.scale = 3;
    Object.assign(mills.totals, { base: '0.000', commission: '0.000', clawback: '0.000', carriedIn: '0.000', payable: '0.000' });
    expect(mismatch(telecom(), mills)).toEqual([{ path: ['b', 'currency'], message: 'is CNY at 3 places, not CNY at 2' }]);
  });

  it('names every difference at once, with the names diffStatements gives', () => {
    const other = empty();
    Object.assign(other, { partnerId: 'P2', period: { from: '2026-04-01', to: '2026-06-30' }, currency: { code: 'USD', scale: 2 } });
    const e = policyErrorOf(() => diffStatements(telecom() as never, other as never));
    expect([e.code, issueList(e)]).toEqual([
      'STATEMENT_MISMATCH',
      [
        { path: ['recomputed', 'partnerId'], message: 'is "P2", not "P1"' },
        { path: ['recomputed', 'period'], message: 'is 2026-04-01 to 2026-06-30, not 2026-01-01 to 2026-03-31' },
        { path: ['recomputed', 'currency'], message: 'is USD at 2 places, not CNY at 2' },
      ],
    ]);
  });
});
