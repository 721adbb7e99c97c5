import { describe, expect, test } from 'vitest';
import { commissionStatement } from '../../src/commission/index.js';
import type { Receipt } from '../../src/commission/types.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { deepFreeze } from './arbitraries.js';
import { policyErrorOf as errorOf } from '../helpers.js';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const JAN = { from: '2026-01-01', to: '2026-01-31' };

const figures = (s: ReturnType<typeof commissionStatement>) => s.lines.map((l) => [l.line, l.kind, l.rate, l.base, l.commission, l.receipts]);

const port = (id: string, amount: string, receivedOn: string, customerStartOn: string, extra: Partial<Receipt> = {}): Receipt => ({
  id,
  customerId: `C-${id}`,
  line: 'port',
  amount,
  receivedOn,
  customerStartOn,
  ...extra,
});

describe('COM-1, COM-2, COM-6: a telecom quarter', () => {
  // Computed inside each test, not when the file is collected, so each test is the one that runs the statement.
  const quarter = () => commissionStatement(telecomProgram, {
    partnerId: 'P-0107',
    period: Q2,
    tiers: 'gold',
    receipts: [
      port('R1', '12000.00', '2026-04-15', '2026-04-01'), // year 1, gold: 40%
      port('R2', '6000.00', '2026-05-20', '2025-03-01'), // year 2: 10%
      { id: 'R3', customerId: 'C1', line: 'conference', amount: '850.55', receivedOn: '2026-06-30', customerStartOn: '2026-04-01' },
      { id: 'R4', customerId: 'C1', line: 'margin', amount: '1000.00', cost: '640.00', receivedOn: '2026-05-01', customerStartOn: '2026-04-01' },
      { id: 'R5', customerId: 'C1', line: 'margin', amount: '100.00', cost: '130.00', receivedOn: '2026-05-02', customerStartOn: '2026-04-01' },
      port('R6', '500.00', '2026-07-01', '2026-04-01'), // received after the period
    ],
  });

  test('port at the tier rate in year 1 and 10% in year 2, conference 10%, margin = amount − floor cost at rate 1', () => {
    const s = quarter();
    expect(figures(s)).toEqual([
      ['conference', 'rate', '0.1', '850.55', '85.06', 1], // 85.055 rounds half-up
      ['margin', 'margin', '1', '360.00', '360.00', 2], // 1000 − 640; the negative margin adds 0
      ['port', 'rate', '0.1', '6000.00', '600.00', 1],
      ['port', 'rate', '0.4', '12000.00', '4800.00', 1],
    ]);
    expect(s.totals).toEqual({
      base: '19210.55',
      commission: '5845.06',
      clawback: '0.00',
      carriedIn: '0.00',
      payable: '5845.06',
      rules: ['CONV-2', 'COM-8'],
    });
  });

  test('a negative margin earns 0 and is reported; a receipt outside the period is reported and not counted', () => {
    expect(quarter().warnings.map((w) => [w.code, w.receiptId])).toEqual([
      ['NEGATIVE_MARGIN', 'R5'],
      ['OUTSIDE_PERIOD', 'R6'],
    ]);
  });

  test('every line cites its rules', () => {
    const s = quarter();
    expect(s.lines.find((l) => l.rate === '0.4')!.rules).toEqual(['TIER-2', 'COM-1', 'COM-2', 'COM-4', 'COM-5', 'COM-6']);
    expect(s.lines.find((l) => l.line === 'margin')!.rules).toEqual(['COM-1', 'COM-2', 'COM-4', 'COM-6']);
  });
});

test('COM-6: commission is rounded once per bucket, not per receipt', () => {
  // Three conference receipts of 0.05 at 10%: 0.015 for the bucket rounds to 0.02 (per receipt it would be 3 × 0.01).
  const receipts = ['A', 'B', 'C'].map((id) => ({ id, customerId: 'C', line: 'conference', amount: '0.05', receivedOn: '2026-04-02', customerStartOn: '2026-01-01' }));
  const s = commissionStatement(telecomProgram, { partnerId: 'P', period: Q2, receipts });
  expect(figures(s)).toEqual([['conference', 'rate', '0.1', '0.15', '0.02', 3]]);
});

describe('COM-3: cloud lines', () => {
  test('every product line earns 20% of the month’s paid amount, rounded per line', () => {
    const receipts = [
      { id: 'R1', customerId: 'C1', line: 'ecs', amount: 100, receivedOn: '2026-01-05' },
      { id: 'R2', customerId: 'C2', line: 'oss', amount: '33.33', receivedOn: '2026-01-06' },
      { id: 'R3', customerId: 'C1', line: 'ecs', amount: '0.03', receivedOn: '2026-01-31' },
    ];
    const s = commissionStatement(cloudProgram, { partnerId: 'SC-7', period: JAN, receipts });
    expect(figures(s)).toEqual([
      ['ecs', 'ladder', '0.2', '100.03', '20.01', 2], // 20.006
      ['oss', 'ladder', '0.2', '33.33', '6.67', 1], // 6.666
    ]);
    expect(s.totals.payable).toBe('26.68');
    expect(s.lines[0]!.rules).toEqual(['COM-1', 'COM-3', 'COM-6']);
  });

  const brackets = [
    { from: '0', to: '10000', rate: '0.1' },
    { from: '10000', to: '50000', rate: '0.15' },
    { from: '50000', to: null, rate: '0.2' },
  ];
  const marginal = definePolicy(cloudProgram, { commission: { otherLines: { kind: 'ladder', mode: 'marginal', brackets } } });
  const whole = definePolicy(cloudProgram, { commission: { otherLines: { kind: 'ladder', mode: 'whole', brackets } } });
  const month = (amounts: string[]) => ({
    partnerId: 'SC-7',
    period: JAN,
    receipts: amounts.map((amount, i) => ({ id: `R${i}`, customerId: 'C', line: 'ecs', amount, receivedOn: '2026-01-10' })),
  });

  test('a marginal ladder takes each bracket’s slice of the line’s volume at its own rate', () => {
    const s = commissionStatement(marginal, month(['30000.00', '30000.50']));
    expect(figures(s)).toEqual([
      ['ecs', 'ladder', '0.1', '10000.00', '1000.00', 2],
      ['ecs', 'ladder', '0.15', '40000.00', '6000.00', 2],
      ['ecs', 'ladder', '0.2', '10000.50', '2000.10', 2],
    ]);
    expect(s.totals.commission).toBe('9000.10');
    expect(s.ladders).toEqual([{ line: 'ecs', mode: 'marginal', brackets, volume: '60000.50', receipts: 2, rules: ['COM-1', 'COM-3', 'COM-6'] }]);
  });

  test('a whole ladder applies the rate of the bracket reached to the whole volume; a volume at a bound reaches the next bracket', () => {
    expect(figures(commissionStatement(whole, month(['30000.00', '30000.50'])))).toEqual([['ecs', 'ladder', '0.2', '60000.50', '12000.10', 2]]);
    expect(figures(commissionStatement(whole, month(['49999.99'])))).toEqual([['ecs', 'ladder', '0.15', '49999.99', '7500.00', 1]]); // 7499.9985
    expect(figures(commissionStatement(whole, month(['25000', '25000'])))).toEqual([['ecs', 'ladder', '0.2', '50000.00', '10000.00', 2]]);
  });

  test('a line of zero receipts still shows them, in the first bracket', () => {
    expect(figures(commissionStatement(marginal, month(['0'])))).toEqual([['ecs', 'ladder', '0.1', '0.00', '0.00', 1]]);
  });
});

describe('COM-4: the two-year window', () => {
  test('coversFrom decides the commission year over receivedOn; receipts past the window land at rate 0', () => {
    const s = commissionStatement(telecomProgram, {
      partnerId: 'P',
      period: Q2,
      tiers: 'gold',
      receipts: [
        port('R1', '1000.00', '2026-05-12', '2024-05-10', { coversFrom: '2026-05-01' }), // service in year 2
        port('R2', '1000.00', '2026-05-12', '2024-05-10'), // received after the second anniversary
        port('R3', '1000.00', '2026-04-20', '2025-05-10', { coversFrom: '2026-05-10' }), // pays for year 2 in advance
      ],
    });
    expect(figures(s)).toEqual([
      ['port', 'rate', '0.1', '2000.00', '200.00', 2],
      ['port', 'expired', '0', '1000.00', '0.00', 1],
    ]);
    expect(s.lines[1]!.rules).toEqual(['COM-1', 'COM-4', 'COM-6']);
  });

  test('a customer started on 29 February turns over on 28 February of a common year', () => {
    const s = commissionStatement(telecomProgram, {
      partnerId: 'P',
      period: { from: '2026-02-01', to: '2026-02-28' },
      receipts: [
        { id: 'R1', customerId: 'C', line: 'conference', amount: '100.00', receivedOn: '2026-02-27', customerStartOn: '2024-02-29' },
        { id: 'R2', customerId: 'C', line: 'conference', amount: '100.00', receivedOn: '2026-02-28', customerStartOn: '2024-02-29' },
      ],
    });
    expect(figures(s)).toEqual([
      ['conference', 'rate', '0.1', '100.00', '10.00', 1],
      ['conference', 'expired', '0', '100.00', '0.00', 1],
    ]);
  });
});

test('COM-5: a receipt earns at the tier in effect on its deciding date, from the tier history', () => {
  const s = commissionStatement(telecomProgram, {
    partnerId: 'P',
    period: Q2,
    tiers: [
      { tier: 'gold', from: '2026-04-01' },
      { tier: 'silver', from: '2026-01-01' },
    ],
    receipts: [
      port('R1', '1000.00', '2026-04-05', '2026-01-15', { coversFrom: '2026-03-20' }), // silver on 20 March
      port('R2', '1000.00', '2026-04-05', '2026-01-15'), // gold on 5 April
      port('R3', '1000.00', '2026-04-05', '2026-01-15', { coversFrom: '2025-12-31' }), // before the history: ordinary
    ],
  });
  expect(figures(s)).toEqual([
    ['port', 'rate', '0.2', '1000.00', '200.00', 1],
    ['port', 'rate', '0.3', '1000.00', '300.00', 1],
    ['port', 'rate', '0.4', '1000.00', '400.00', 1],
  ]);
});

describe('COM-7, COM-8: clawbacks and the payable', () => {
  const sold = port('R-old', '12000.00', '2026-01-10', '2026-01-01');
  const tiers = [
    { tier: 'gold' as const, from: '2026-01-01' },
    { tier: 'ordinary' as const, from: '2026-04-01' },
  ];

  test('a refund claws back at the rate the original receipt earned, in the period of the refund', () => {
    const s = commissionStatement(telecomProgram, {
      partnerId: 'P',
      period: Q2,
      tiers,
      receipts: [],
      refunds: [{ id: 'F1', receipt: sold, amount: '3000.00', refundedOn: '2026-05-15' }],
    });
    expect(s.clawbacks).toEqual([
      {
        refundId: 'F1',
        receiptId: 'R-old',
        refund: '3000.00',
        rate: '0.4', // gold in January, though ordinary now
        clawback: '1200.00',
        rules: ['TIER-2', 'COM-2', 'COM-4', 'COM-5', 'COM-7'],
        line: 'port',
        base: '3000.00',
        receiptAmount: '12000.00',
      },
    ]);
    expect(s.totals).toMatchObject({ commission: '0.00', clawback: '1200.00', payable: '-1200.00' });
  });

  test('a negative payable is owed by the partner; a carried-in balance is subtracted', () => {
    const s = commissionStatement(telecomProgram, {
      partnerId: 'P',
      period: Q2,
      tiers,
      receipts: [port('R1', '1000.00', '2026-05-01', '2026-04-01')], // ordinary: 200.00
      refunds: [{ id: 'F1', receipt: sold, amount: '1000.00', refundedOn: '2026-05-15' }], // 400.00
      carriedIn: '150.50',
    });
    expect(s.totals).toEqual({ base: '1000.00', commission: '200.00', clawback: '400.00', carriedIn: '150.50', payable: '-350.50', rules: ['CONV-2', 'COM-8'] });
  });

  test('a refund dated outside the period is reported, not counted', () => {
    const s = commissionStatement(telecomProgram, {
      partnerId: 'P',
      period: Q2,
      tiers,
      receipts: [],
      refunds: [{ id: 'F1', receipt: sold, amount: '1000.00', refundedOn: '2026-03-15' }],
    });
    expect(s.clawbacks).toEqual([]);
    expect(s.warnings.map((w) => [w.code, w.refundId])).toEqual([['REFUND_OUTSIDE_PERIOD', 'F1']]);
  });

  test('a margin refund claws back its share of the margin; a ladder refund the ladder’s lowest rate', () => {
    const margin = { id: 'M', customerId: 'C', line: 'margin', amount: '1000.00', cost: '600.00', receivedOn: '2026-04-02', customerStartOn: '2026-01-01' };
    const m = commissionStatement(telecomProgram, { partnerId: 'P', period: Q2, receipts: [], refunds: [{ id: 'F', receipt: margin, amount: '250.00', refundedOn: '2026-04-03' }] });
    expect(m.clawbacks[0]).toMatchObject({ refund: '250.00', base: '100.00', rate: '1', clawback: '100.00' }); // 250 × 400 / 1000

    const ladder = definePolicy(cloudProgram, {
      commission: { otherLines: { kind: 'ladder', mode: 'marginal', brackets: [{ from: '0', to: '100', rate: '0.25' }, { from: '100', to: null, rate: '0.1' }] } },
    });
    const cloud = { id: 'E', customerId: 'C', line: 'ecs', amount: '500.00', receivedOn: '2026-01-02' };
    const l = commissionStatement(ladder, { partnerId: 'P', period: JAN, receipts: [], refunds: [{ id: 'F', receipt: cloud, amount: '100.00', refundedOn: '2026-01-03' }] });
    expect(l.clawbacks[0]).toMatchObject({ rate: '0.1', clawback: '10.00' });
  });

  test('refunds of one receipt adding up to more than it are an error, not a clamp', () => {
    const e = errorOf(() =>
      commissionStatement(telecomProgram, {
        partnerId: 'P',
        period: Q2,
        receipts: [],
        refunds: [
          { id: 'F1', receipt: sold, amount: '7000.00', refundedOn: '2026-05-15' },
          { id: 'F2', receipt: sold, amount: '5000.01', refundedOn: '2026-06-15' },
        ],
      }),
    );
    expect(e.code).toBe('REFUND_EXCEEDS_RECEIPT');
    expect(e.issues.map((i) => i.path)).toEqual([['refunds', 1, 'amount']]);
  });
});

describe('CONV-5: bad input names the field', () => {
  const good = port('R0', '1.00', '2026-04-02', '2026-01-01');
  const paths = (input: object, policy = telecomProgram) => errorOf(() => commissionStatement(policy, { partnerId: 'P', period: Q2, receipts: [], ...input } as never)).issues.map((i) => i.path);

  test('each bad receipt field, with its index', () => {
    expect(
      paths({
        receipts: [
          good,
          { ...good, id: 'R1', amount: Number.NaN },
          { ...good, id: 'R2', receivedOn: '2026-13-01', coversFrom: null },
          null,
          { ...good, id: 'R4', line: 'margin' },
          { ...good, id: '', amount: '12,5', customerStartOn: undefined },
        ],
      }),
    ).toEqual([
      ['receipts', 1, 'amount'],
      ['receipts', 2, 'receivedOn'],
      ['receipts', 2, 'coversFrom'],
      ['receipts', 3],
      ['receipts', 4, 'cost'],
      ['receipts', 5, 'id'],
      ['receipts', 5, 'amount'],
      ['receipts', 5, 'customerStartOn'],
    ]);
  });

  test('negative amounts, more places than the currency, exponents, Infinity and out-of-range figures are refused', () => {
    for (const amount of ['-1.00', '1.001', '1e3', '', Infinity, '1e400', 1e15, {}, null, true]) {
      expect(paths({ receipts: [{ ...good, amount }] })).toEqual([['receipts', 0, 'amount']]);
    }
  });

  test('the input itself: partner, period, tiers, iterables, carried-in and unknown fields', () => {
    expect(paths({ partnerId: '', period: { from: '2026-04-01', to: '2026-03-31' }, receipts: 'R1', refunds: 5, tiers: 'platinum', carriedIn: -1, extra: 1 })).toEqual([
      ['extra'],
      ['partnerId'],
      ['period', 'to'],
      ['tiers'],
      ['receipts'],
      ['refunds'],
      ['carriedIn'],
    ]);
    expect(errorOf(() => commissionStatement(telecomProgram, null as never)).code).toBe('INVALID_INPUT');
  });

  test('refunds: each field, the refunded receipt’s fields, repeated ids, and a refund before its receipt', () => {
    expect(
      paths({
        refunds: [
          { id: 'F1', receipt: { ...good, line: 'sms' }, amount: '1.00', refundedOn: '2026-04-03' },
          { id: 'F2', receipt: good, amount: 'x', refundedOn: '2026-02-30' },
          { id: 'F3', receipt: good, amount: '0.50', refundedOn: '2026-04-01' },
          { id: 'F3', receipt: good, amount: '0.10', refundedOn: '2026-04-03' },
        ],
      }),
    ).toEqual([
      ['refunds', 0, 'receipt', 'line'],
      ['refunds', 1, 'amount'],
      ['refunds', 1, 'refundedOn'],
      ['refunds', 2, 'refundedOn'],
      ['refunds', 3, 'id'],
    ]);
  });

  test('a getter or an iterator that throws becomes a PolicyError at the receipt it reached', () => {
    const throwing = Object.defineProperty({ ...good }, 'amount', {
      get() {
        throw new Error('database cursor closed');
      },
    });
    expect(paths({ receipts: [good, throwing] })).toEqual([['receipts', 1]]);
    function* failing() {
      yield good;
      throw new Error('stream reset');
    }
    const e = errorOf(() => commissionStatement(telecomProgram, { partnerId: 'P', period: Q2, receipts: failing() }));
    expect(e.issues[0]!.path).toEqual(['receipts', 1]);
    expect(e.issues[0]!.message).toContain('stream reset');
  });

  test('a line the program does not know', () => {
    expect(paths({ receipts: [{ ...good, line: 'sms' }] })).toEqual([['receipts', 0, 'line']]);
  });
});

test('deep-frozen input works, is not changed, and the statement is plain JSON', () => {
  const input = deepFreeze({
    partnerId: 'P',
    period: Q2,
    tiers: [{ tier: 'gold' as const, from: '2026-01-01' }],
    receipts: [port('R1', '1000.00', '2026-04-15', '2026-04-01')],
    refunds: [{ id: 'F', receipt: port('R0', '100.00', '2026-03-01', '2026-01-01'), amount: '50.00', refundedOn: '2026-04-20' }],
    carriedIn: '10.00',
  });
  const copy = JSON.parse(JSON.stringify(input)) as unknown;
  const s = commissionStatement(telecomProgram, input);
  expect(input).toEqual(copy);
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  expect(s.totals.payable).toBe('370.00'); // 400 − 20 − 10
});

test('COM-9: one function for every cadence; conference monthly and port quarterly are two periods of the same receipts', () => {
  const receipts: Receipt[] = [
    { id: 'C-apr', customerId: 'C', line: 'conference', amount: '300.00', receivedOn: '2026-04-30', customerStartOn: '2026-01-01' },
    { id: 'C-may', customerId: 'C', line: 'conference', amount: '200.00', receivedOn: '2026-05-01', customerStartOn: '2026-01-01' },
    port('P-yearly', '12000.00', '2026-05-10', '2026-01-01'),
  ];
  const april = commissionStatement(telecomProgram, { partnerId: 'P', period: { from: '2026-04-01', to: '2026-04-30' }, receipts: receipts.filter((r) => r.line === 'conference') });
  const quarter = commissionStatement(telecomProgram, { partnerId: 'P', period: Q2, receipts: receipts.filter((r) => r.line === 'port') });
  expect(figures(april)).toEqual([['conference', 'rate', '0.1', '300.00', '30.00', 1]]);
  expect(april.warnings.map((w) => w.receiptId)).toEqual(['C-may']);
  expect(figures(quarter)).toEqual([['port', 'rate', '0.2', '12000.00', '2400.00', 1]]);
});
