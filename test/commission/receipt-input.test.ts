/**
 * Reading a streamed receipt (CONV-1, CONV-3, CONV-5): every bad field is
 * INVALID_INPUT at its path (`['receipts', i, field]`), with a message saying
 * what the field must be and what was given. The receipt reader checks dates
 * and cash by hand, so the expected issues are written out in full here.
 */
import { describe, expect, it } from 'vitest';
import { commissionStatement } from '../../src/commission/index.js';
import type { PolicyIssue } from '../../src/core/errors.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import type { Policy } from '../../src/policy/types.js';
import { policyErrorOf } from '../helpers.js';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const DATE = 'must be a real calendar date written YYYY-MM-DD';
const RECEIPT = 'must be a receipt object { id, customerId, line, amount, receivedOn, … }';
const good = { id: 'R1', customerId: 'C1', line: 'conference', amount: '100.00', receivedOn: '2026-04-02', customerStartOn: '2026-01-01' };

function issuesOf(receipts: unknown[], policy: Policy = telecomProgram): readonly PolicyIssue[] {
  const e = policyErrorOf(() => commissionStatement(policy, { partnerId: 'P', period: Q2, receipts } as never));
  expect(e.code).toBe('INVALID_INPUT');
  return e.issues;
}

const statementOf = (receipts: unknown[], policy: Policy = telecomProgram) => commissionStatement(policy, { partnerId: 'P', period: Q2, receipts } as never);

describe('CONV-5: a date is exactly YYYY-MM-DD of a real calendar date, years 0001–9999', () => {
  // Characters just outside '0'–'9' ('/' is one below, ':' one above) would read as the digits -1 and 10:
  // '1/' as a month would be 1 × 10 − 1 = 9, '0:' would be 10, '20/6' as a year 2000 − 10 + 6 = 1996,
  // so each must be refused as a character.
  const refused = [
    ['2026-04-021', 'eleven characters'],
    ['2026-04-2', 'nine characters'],
    ['2026/04-02', 'a slash for the first dash'],
    ['2026-04/02', 'a slash for the second dash'],
    ['2O26-04-02', 'the letter O in the year'],
    ['20/6-04-02', "a '/' in the year, which as the digit -1 would read 1996"],
    ['2026-1/-02', "a '/' as the month's second digit"],
    ['2026-0:-02', "a ':' as the month's second digit"],
    ['2026-04-1/', "a '/' as the day's second digit"],
    ['2026-04-0:', "a ':' as the day's second digit"],
    ['0000-04-02', 'year 0'],
    ['2026-00-10', 'month 0'],
    ['2026-13-01', 'month 13'],
    ['2026-04-00', 'day 0'],
    ['2026-04-31', '31 April'],
    ['2025-02-29', '29 February of a common year'],
  ] as const;

  it.each(refused)('receivedOn %j (%s) is refused, quoted as given', (receivedOn) => {
    expect(issuesOf([{ ...good, receivedOn }])).toEqual([{ path: ['receipts', 0, 'receivedOn'], message: `${DATE}, got ${JSON.stringify(receivedOn)}` }]);
  });

  it('coversFrom and customerStartOn are read the same way, each at its own path', () => {
    expect(issuesOf([{ ...good, coversFrom: '2026-1/-02', customerStartOn: '2026-01-0:' }])).toEqual([
      { path: ['receipts', 0, 'coversFrom'], message: `${DATE}, got "2026-1/-02"` },
      { path: ['receipts', 0, 'customerStartOn'], message: `${DATE}, got "2026-01-0:"` },
    ]);
  });

  it('a date that is not a string is named by its value or its type', () => {
    const asArray = [...'2026-04-02']; // ten characters, but not a string
    const cases: [unknown, string][] = [
      [20260402, '20260402'],
      [true, 'true'],
      [null, 'null'],
      [{}, 'an object'],
      [asArray, 'an array'],
      [undefined, 'undefined'],
    ];
    for (const [receivedOn, shown] of cases) {
      expect(issuesOf([{ ...good, receivedOn }])).toEqual([{ path: ['receipts', 0, 'receivedOn'], message: `${DATE}, got ${shown}` }]);
    }
  });

  it('a long bad string is quoted up to 40 characters, then cut with an ellipsis', () => {
    const forty = 'x'.repeat(40);
    expect(issuesOf([{ ...good, receivedOn: forty }])).toEqual([{ path: ['receipts', 0, 'receivedOn'], message: `${DATE}, got "${forty}"` }]);
    expect(issuesOf([{ ...good, receivedOn: `${forty}yz` }])).toEqual([{ path: ['receipts', 0, 'receivedOn'], message: `${DATE}, got "${forty}…"` }]);
  });

  it('the extreme real dates are accepted: 0001-01-01 as a start, 31 May, 29 February of a leap year (COM-4)', () => {
    const s = statementOf([
      { ...good, id: 'A', customerStartOn: '0001-01-01' }, // two thousand years past the window: rate 0
      { ...good, id: 'B', receivedOn: '2026-05-31', customerStartOn: '2024-02-29' }, // year 3 of a 29 February start: rate 0
      { ...good, id: 'C', receivedOn: '2026-06-30', customerStartOn: '2026-06-30' }, // year 1
    ]);
    expect(s.lines.map((l) => [l.line, l.kind, l.rate, l.base, l.receipts])).toEqual([
      ['conference', 'rate', '0.1', '100.00', 1],
      ['conference', 'expired', '0', '200.00', 2],
    ]);
  });
});

describe('CONV-5: each field of a receipt, with the value given', () => {
  it('a receipt that is not an object is refused whole, at its index', () => {
    expect(issuesOf([null, 'R1', 7, true])).toEqual([
      { path: ['receipts', 0], message: `${RECEIPT}, got null` },
      { path: ['receipts', 1], message: `${RECEIPT}, got "R1"` },
      { path: ['receipts', 2], message: `${RECEIPT}, got 7` },
      { path: ['receipts', 3], message: `${RECEIPT}, got true` },
    ]);
  });

  it('every bad field of one receipt is reported, in field order', () => {
    const receipt = { id: '', customerId: undefined, line: '', amount: 'x', receivedOn: '2026-04-31', coversFrom: 5, customerStartOn: 'soon', cost: '1.234' };
    expect(issuesOf([receipt])).toEqual([
      { path: ['receipts', 0, 'id'], message: 'must be a non-empty string, got ""' },
      { path: ['receipts', 0, 'customerId'], message: 'must be a non-empty string, got undefined' },
      { path: ['receipts', 0, 'line'], message: 'must be a product line name, got ""' },
      { path: ['receipts', 0, 'amount'], message: 'must be a plain decimal string such as "1234.56", got "x"' },
      { path: ['receipts', 0, 'receivedOn'], message: `${DATE}, got "2026-04-31"` },
      { path: ['receipts', 0, 'coversFrom'], message: `${DATE}, got 5` },
      { path: ['receipts', 0, 'customerStartOn'], message: `${DATE}, got "soon"` },
      { path: ['receipts', 0, 'cost'], message: 'must have at most 2 decimal places, got "1.234"' },
    ]);
  });

  it('ids, customer ids and line names must be non-empty strings: an empty string or an array is refused', () => {
    expect(issuesOf([{ ...good, id: ['R1'], customerId: '', line: ['conference'] }])).toEqual([
      { path: ['receipts', 0, 'id'], message: 'must be a non-empty string, got an array' },
      { path: ['receipts', 0, 'customerId'], message: 'must be a non-empty string, got ""' },
      { path: ['receipts', 0, 'line'], message: 'must be a product line name, got an array' },
    ]);
    expect(issuesOf([{ ...good, id: undefined, customerId: ['C1'], line: undefined }])).toEqual([
      { path: ['receipts', 0, 'id'], message: 'must be a non-empty string, got undefined' },
      { path: ['receipts', 0, 'customerId'], message: 'must be a non-empty string, got an array' },
      { path: ['receipts', 0, 'line'], message: 'must be a product line name, got undefined' },
    ]);
  });

  it('a line the program does not have names the program', () => {
    expect(issuesOf([{ ...good, line: 'sms' }])).toEqual([{ path: ['receipts', 0, 'line'], message: 'is not a product line of the telecom program, got "sms"' }]);
  });

  it('COM-4: telecom needs the customer start; the cloud program, which has no window, does not', () => {
    const noStart = { ...good, customerStartOn: undefined };
    expect(issuesOf([noStart])).toEqual([
      { path: ['receipts', 0, 'customerStartOn'], message: "is required: the telecom program's commission runs 2 years from the customer's start (COM-4)" },
    ]);
    const cloud = statementOf([{ ...noStart, line: 'ecs' }], cloudProgram);
    expect(cloud.lines.map((l) => [l.line, l.rate, l.base, l.commission])).toEqual([['ecs', '0.2', '100.00', '20.00']]);
  });

  it('COM-2: a margin receipt needs its floor-price cost; a cost given on any line must be a cash figure', () => {
    expect(issuesOf([{ ...good, line: 'margin' }])).toEqual([
      { path: ['receipts', 0, 'cost'], message: 'is required on a margin line: the floor-price cost of the traffic (COM-2)' },
    ]);
    expect(issuesOf([{ ...good, cost: '-1.00' }])).toEqual([{ path: ['receipts', 0, 'cost'], message: 'must not be negative, got "-1.00"' }]);
  });

  it('a receipt held in a class instance or with extra fields is read by its fields (database rows)', () => {
    class Row {
      constructor(
        readonly id: string,
        readonly amount: string,
      ) {}
      readonly customerId = 'C9';
      readonly line = 'conference';
      readonly receivedOn = '2026-04-30';
      readonly customerStartOn = '2026-04-30';
      readonly rowVersion = 7;
    }
    const s = statementOf([new Row('R1', '12.34'), new Row('R2', '0.01')]);
    // 10% of 12.35 = 1.235, rounded half-up once for the bucket (COM-6).
    expect(s.lines.map((l) => [l.line, l.rate, l.base, l.commission, l.receipts])).toEqual([['conference', '0.1', '12.35', '1.24', 2]]);
  });
});
