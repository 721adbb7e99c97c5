/**
 * The streaming statement at its edges (COM-1 to COM-8): period bounds,
 * commission years turning over exactly on the anniversaries, a tier that
 * starts on the deciding date, margins of exactly zero and beyond the
 * number range, refunds and their exact errors and warnings, and how a bad
 * stream is reported. Every expected figure is worked out by hand in a comment.
 */
import { describe, expect, it } from 'vitest';
import { commissionStatement, explainStatement } from '../../src/commission/index.js';
import type { CommissionStatement } from '../../src/commission/types.js';
import { PolicyError, type PolicyIssue } from '../../src/core/errors.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { policyErrorOf } from '../helpers.js';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const DATE = 'must be a real calendar date written YYYY-MM-DD';

// Inputs are written as plain objects, bad ones included, as they would arrive from a file or a database.
const run = (input: Record<string, unknown>): CommissionStatement => commissionStatement(telecomProgram, { partnerId: 'P', period: Q2, receipts: [], ...input } as never);
const errorOf = (input: Record<string, unknown>) => policyErrorOf(() => run(input));
const figures = (s: CommissionStatement) => s.lines.map((l) => [l.line, l.kind, l.rate, l.base, l.commission, l.receipts]);
const warnings = (s: CommissionStatement) => s.warnings.map((w) => [w.code, w.receiptId, w.message]);

const receipt = (id: string, line: string, amount: string, receivedOn: string, extra: object = {}) => ({
  id,
  customerId: `C-${id}`,
  line,
  amount,
  receivedOn,
  customerStartOn: '2026-01-01',
  ...extra,
});

describe('COM-1: the period is inclusive at both ends', () => {
  it('receipts on the first and last day count; the days just outside are reported with the period', () => {
    const s = run({
      receipts: [
        receipt('E1', 'conference', '10.00', '2026-03-31'),
        receipt('E2', 'conference', '10.00', '2026-04-01'),
        receipt('E3', 'conference', '10.00', '2026-06-30'),
        receipt('E4', 'conference', '10.00', '2026-07-01'),
      ],
    });
    expect(figures(s)).toEqual([['conference', 'rate', '0.1', '20.00', '2.00', 2]]); // E2 + E3 = 20.00, 10% = 2.00
    expect(warnings(s)).toEqual([
      ['OUTSIDE_PERIOD', 'E1', 'received on 2026-03-31, outside the period 2026-04-01 to 2026-06-30: not counted'],
      ['OUTSIDE_PERIOD', 'E4', 'received on 2026-07-01, outside the period 2026-04-01 to 2026-06-30: not counted'],
    ]);
  });
});

describe('COM-4: commission years turn over exactly on the anniversaries of the customer start', () => {
  it('start 2024-05-10: year 2 from 2025-05-10, nothing from 2026-05-10; a deciding date before the start is year 1', () => {
    const at = (id: string, deciding: string) => receipt(id, 'port', '1000.00', '2026-05-12', { customerStartOn: '2024-05-10', coversFrom: deciding });
    const s = run({
      tiers: 'gold',
      receipts: [
        at('W1', '2025-05-09'), // last day of year 1: gold 40%
        at('W2', '2025-05-10'), // first anniversary: year 2, 10%
        at('W3', '2026-05-09'), // last day of year 2
        at('W4', '2026-05-10'), // second anniversary: past the window
        at('W5', '2024-05-09'), // paid before the start (a prepayment): year 1
      ],
    });
    expect(figures(s)).toEqual([
      ['port', 'rate', '0.1', '2000.00', '200.00', 2], // W2 + W3 at 10%
      ['port', 'rate', '0.4', '2000.00', '800.00', 2], // W1 + W5 at 40%
      ['port', 'expired', '0', '1000.00', '0.00', 1], // W4
    ]);
  });

  it('start 2024-02-29: the anniversaries in common years fall on 28 February', () => {
    const at = (id: string, deciding: string) => receipt(id, 'conference', '100.00', '2026-04-02', { customerStartOn: '2024-02-29', coversFrom: deciding });
    const s = explainStatement(telecomProgram, {
      partnerId: 'P',
      period: Q2,
      receipts: [at('L1', '2025-02-27'), at('L2', '2025-02-28'), at('L3', '2026-02-27'), at('L4', '2026-02-28')],
    });
    expect(s.receipts.map((r) => [r.receiptId, r.kind, r.year])).toEqual([
      ['L1', 'rate', 1],
      ['L2', 'rate', 2],
      ['L3', 'rate', 2],
      ['L4', 'expired', null],
    ]);
  });
});

it('COM-5: a tier counts from the very day its history entry starts', () => {
  const at = (id: string, deciding: string) => receipt(id, 'port', '100.00', '2026-05-15', { coversFrom: deciding });
  const s = run({
    tiers: [
      { tier: 'silver', from: '2026-04-10' },
      { tier: 'gold', from: '2026-05-01' },
    ],
    receipts: [at('T1', '2026-04-09'), at('T2', '2026-04-10'), at('T3', '2026-04-30'), at('T4', '2026-05-01')],
  });
  expect(figures(s)).toEqual([
    ['port', 'rate', '0.2', '100.00', '20.00', 1], // T1: before the history, ordinary (TIER-4)
    ['port', 'rate', '0.3', '200.00', '60.00', 2], // T2, T3: silver
    ['port', 'rate', '0.4', '100.00', '40.00', 1], // T4: gold
  ]);
});

it('COM-8: payable = commission − clawbacks − carried-in; warnings are listed by code, then receipt id, then refund id', () => {
  const r0 = receipt('A0', 'port', '100.00', '2026-01-10'); // ordinary tier, year 1: port 20%
  const s = run({
    carriedIn: '0.05',
    receipts: [
      receipt('Z1', 'margin', '10.00', '2026-04-02', { cost: '12.00' }), // negative margin: 0
      receipt('A2', 'conference', '10.00', '2026-07-01'), // after the period
      receipt('B1', 'conference', '0.15', '2026-04-02'), // 10% of 0.15 = 0.015 → 0.02
      receipt('A1', 'conference', '10.00', '2026-03-31'), // before the period
    ],
    refunds: [
      { id: 'F2', receipt: r0, amount: '1.00', refundedOn: '2026-03-01' }, // before the period
      { id: 'F1', receipt: r0, amount: '1.00', refundedOn: '2026-07-02' }, // after the period
      { id: 'F3', receipt: r0, amount: '0.03', refundedOn: '2026-04-02' }, // 0.03 × 20% = 0.006 → 0.01
    ],
  });
  // 0.02 − 0.01 − 0.05 = −0.04, owed by the partner.
  expect(s.totals).toMatchObject({ commission: '0.02', clawback: '0.01', carriedIn: '0.05', payable: '-0.04' });
  expect(s.warnings.map((w) => [w.code, w.receiptId, w.refundId])).toEqual([
    ['NEGATIVE_MARGIN', 'Z1', undefined],
    ['OUTSIDE_PERIOD', 'A1', undefined],
    ['OUTSIDE_PERIOD', 'A2', undefined],
    ['REFUND_OUTSIDE_PERIOD', 'A0', 'F1'],
    ['REFUND_OUTSIDE_PERIOD', 'A0', 'F2'],
  ]);
});

describe('COM-2: margins', () => {
  it('a margin of exactly 0 earns 0 without a warning; a negative one earns 0 with one naming both figures', () => {
    const s = run({
      receipts: [
        receipt('M1', 'margin', '250.00', '2026-04-02', { cost: '250.00' }),
        receipt('M2', 'margin', '100.00', '2026-04-02', { cost: '130.00' }),
      ],
    });
    expect(figures(s)).toEqual([['margin', 'margin', '1', '0.00', '0.00', 2]]);
    expect(warnings(s)).toEqual([['NEGATIVE_MARGIN', 'M2', 'amount 100.00 is below its floor-price cost 130.00: the margin earns 0']]);
  });

  it('amounts and costs of 10^13 and more are exact, and a small figure after a large one is read as itself', () => {
    // Figures of 10^13 yuan and more are 10^15 fen and more, held as bigints; the others as numbers.
    const s = run({
      receipts: [
        receipt('B1', 'margin', '30000000000000.00', '2026-04-02', { cost: '20000000000000.00' }), // margin 10000000000000.00
        receipt('B2', 'margin', '500.00', '2026-04-02', { cost: '10000000000000.00' }), // negative: 0
        receipt('B3', 'margin', '0', '2026-04-02', { cost: '10000000000000.00' }), // negative: 0
        receipt('B4', 'margin', '40000000000000.00', '2026-04-02', { cost: '0' }), // margin 40000000000000.00
        receipt('B5', 'margin', '10000000000000.00', '2026-04-02', { cost: '10000000000000.01' }), // negative by one fen: 0
      ],
    });
    // Base = 10000000000000.00 + 40000000000000.00 = 50000000000000.00, at rate 1.
    expect(figures(s)).toEqual([['margin', 'margin', '1', '50000000000000.00', '50000000000000.00', 5]]);
    expect(warnings(s)).toEqual([
      ['NEGATIVE_MARGIN', 'B2', 'amount 500.00 is below its floor-price cost 10000000000000.00: the margin earns 0'],
      ['NEGATIVE_MARGIN', 'B3', 'amount 0.00 is below its floor-price cost 10000000000000.00: the margin earns 0'],
      ['NEGATIVE_MARGIN', 'B5', 'amount 10000000000000.00 is below its floor-price cost 10000000000000.01: the margin earns 0'],
    ]);
  });
});

describe('CONV-5: how a bad receipt stream is reported', () => {
  it('receipts outside the period still count in the index of the receipts after them', () => {
    const bad = { ...receipt('R2', 'conference', 'x', '2026-04-02') };
    expect(errorOf({ receipts: [receipt('R0', 'conference', '1.00', '2026-03-01'), receipt('R1', 'conference', '1.00', '2026-07-01'), bad] }).issues).toEqual([
      { path: ['receipts', 2, 'amount'], message: 'must be a plain decimal string such as "1234.56", got "x"' },
    ]);
  });

  it('reading stops at 100 issues, so a stream of bad receipts is not read to its end', () => {
    let pulled = 0;
    function* stream() {
      for (let k = 0; k < 150; k++) {
        pulled++;
        yield receipt(`R${k}`, 'conference', '-1', '2026-04-02');
      }
    }
    const e = errorOf({ receipts: stream() });
    expect(e.issues).toHaveLength(100);
    expect(e.issues[99]).toEqual({ path: ['receipts', 99, 'amount'], message: 'must not be negative, got "-1"' });
    expect(pulled).toBe(100);
  });

  it('a PolicyError thrown by the receipt stream itself reaches the caller unchanged', () => {
    const upstream = new PolicyError('INVALID_INPUT', [{ path: ['rows', 3, 'amount'], message: 'must be a number' }]);
    function* stream() {
      yield receipt('R0', 'conference', '1.00', '2026-04-02');
      throw upstream;
    }
    expect(errorOf({ receipts: stream() })).toBe(upstream);
  });
});

describe('COM-7: refunds', () => {
  const r = receipt('R1', 'port', '100.00', '2026-04-02');
  const refund = (id: unknown, amount: unknown, refundedOn: unknown, of: unknown = r) => ({ id, receipt: of, amount, refundedOn });

  it('each bad refund is named exactly: not an object, its id, its dates, its receipt, a receipt amount that changed', () => {
    const issues: readonly PolicyIssue[] = errorOf({
      refunds: [
        null,
        'F1',
        refund('', '1.00', '2026-04-03'),
        refund('F3', '1.00', '2026-04-03'), // the first good refund of R1
        refund('F3', '1.00', '2026-04-03'),
        refund('F5', '1.00', '2026-03-30'), // before R1 was received
        refund('F6', '1.00', '2026-02-30'), // not a date, and only that is reported
        refund('F7', '1.00', '2026-04-03', { ...r, amount: '50.00' }),
        refund('F8', '1.00', '2026-04-03', { ...r, line: 'sms' }),
        refund('F9', '1.00', '2026-04-03', null),
      ],
    }).issues;
    expect(issues).toEqual([
      { path: ['refunds', 0], message: 'must be a refund object { id, receipt, amount, refundedOn }' },
      { path: ['refunds', 1], message: 'must be a refund object { id, receipt, amount, refundedOn }' },
      { path: ['refunds', 2, 'id'], message: 'must be a non-empty string' },
      { path: ['refunds', 4, 'id'], message: 'repeats the refund id "F3"' },
      { path: ['refunds', 5, 'refundedOn'], message: "must not be before the receipt's receivedOn (2026-04-02)" },
      { path: ['refunds', 6, 'refundedOn'], message: DATE },
      { path: ['refunds', 7, 'receipt', 'amount'], message: 'differs from the amount of receipt "R1" in refunds[3]' },
      { path: ['refunds', 8, 'receipt', 'line'], message: 'is not a product line of the telecom program, got "sms"' },
      {
        path: ['refunds', 9, 'receipt'],
        message: 'must be a receipt object { id, customerId, line, amount, receivedOn, … }, got null',
      },
    ]);
  });

  it('a refund dated outside the period is a warning naming the period, and claws back nothing here', () => {
    const s = run({ refunds: [refund('F1', '10.00', '2026-07-01')] });
    expect(s.clawbacks).toEqual([]);
    expect(s.warnings).toEqual([
      { code: 'REFUND_OUTSIDE_PERIOD', receiptId: 'R1', refundId: 'F1', message: 'refunded on 2026-07-01, outside the period 2026-04-01 to 2026-06-30: not counted here' },
    ]);
  });

  it('reading refunds stops at 100 issues', () => {
    let pulled = 0;
    function* stream() {
      for (let k = 0; k < 150; k++) {
        pulled++;
        yield refund('', '1.00', '2026-04-03');
      }
    }
    const e = errorOf({ refunds: stream() });
    expect(e.issues).toHaveLength(100);
    expect(e.issues[99]).toEqual({ path: ['refunds', 99, 'id'], message: 'must be a non-empty string' });
    expect(pulled).toBe(101); // the 101st refund is taken from the stream, seen to be one too many, and not read
  });

  it('a refund that cannot be read is INVALID_INPUT at its index; a PolicyError from the stream passes unchanged', () => {
    const throwing = Object.defineProperty(refund('F2', '1.00', '2026-04-03'), 'amount', {
      get() {
        throw new Error('ledger offline');
      },
    });
    expect(errorOf({ refunds: [refund('F0', '1.00', '2026-04-03'), refund('F1', '1.00', '2026-04-03'), throwing] }).issues).toEqual([
      { path: ['refunds', 2], message: 'could not be read: ledger offline' },
    ]);
    function* failsAtOnce(): Generator<unknown> {
      throw new Error('stream reset');
    }
    expect(errorOf({ refunds: failsAtOnce() }).issues).toEqual([{ path: ['refunds', 0], message: 'could not be read: stream reset' }]);
    const upstream = new PolicyError('INVALID_INPUT', [{ path: ['ledger', 7], message: 'is closed' }]);
    function* failsWithPolicyError() {
      yield refund('F0', '1.00', '2026-04-03');
      throw upstream;
    }
    expect(errorOf({ refunds: failsWithPolicyError() })).toBe(upstream);
  });

  it('a zero refund of a zero receipt claws back 0, also after a refund of a receipt of 10^13', () => {
    const big = receipt('RB', 'port', '30000000000000.00', '2026-01-10');
    const zero = receipt('RZ', 'port', '0', '2026-04-02');
    const s = run({ refunds: [refund('F1', '1.00', '2026-04-03', big), refund('F2', '0', '2026-04-03', zero)] });
    // Ordinary tier, year 1: port at 20%. F1: 1.00 × 0.2 = 0.20.
    expect(s.clawbacks.map((c) => [c.refundId, c.receiptId, c.refund, c.receiptAmount, c.base, c.rate, c.clawback])).toEqual([
      ['F1', 'RB', '1.00', '30000000000000.00', '1.00', '0.2', '0.20'],
      ['F2', 'RZ', '0.00', '0.00', '0.00', '0.2', '0.00'],
    ]);
    expect(s.totals).toMatchObject({ clawback: '0.20', payable: '-0.20' });
  });

  it('a margin refund claws back refund × margin / amount, with large costs, a zero cost, a zero amount and no margin', () => {
    const m = (id: string, amount: string, cost: string) => receipt(id, 'margin', amount, '2026-04-02', { cost });
    const s = run({
      refunds: [
        refund('F1', '1000.00', '2026-04-03', m('MB', '30000000000000.00', '20000000000000.00')),
        refund('F2', '100.00', '2026-04-03', m('MZ', '1000.00', '0')),
        refund('F3', '0', '2026-04-03', m('M0', '0', '0')),
        refund('F4', '100.00', '2026-04-03', m('MC', '300.00', '300.00')),
        refund('F5', '100.00', '2026-04-03', m('MN', '100.00', '130.00')),
      ],
    });
    expect(s.clawbacks.map((c) => [c.refundId, c.base, c.rate, c.clawback])).toEqual([
      ['F1', '333.33', '1', '333.33'], // 1000.00 × 10^13 / (3 × 10^13) = 333.333… → 333.33
      ['F2', '100.00', '1', '100.00'], // the whole amount was margin: 100.00 × 1000 / 1000
      ['F3', '0.00', '1', '0.00'], // a receipt of 0 earned nothing
      ['F4', '0.00', '1', '0.00'], // margin 300 − 300 = 0
      ['F5', '0.00', '1', '0.00'], // negative margin: it earned 0
    ]);
    expect(s.totals).toMatchObject({ commission: '0.00', clawback: '433.33', payable: '-433.33' }); // 333.33 + 100.00
  });

  it('a refund of a receipt past the window claws back at rate 0', () => {
    const old = receipt('RO', 'port', '500.00', '2026-04-02', { customerStartOn: '2024-04-01' }); // second anniversary 2026-04-01
    const s = run({ tiers: 'gold', refunds: [refund('F1', '500.00', '2026-04-03', old)] });
    expect(s.clawbacks.map((c) => [c.refundId, c.line, c.rate, c.clawback])).toEqual([['F1', 'port', '0', '0.00']]);
  });
});
