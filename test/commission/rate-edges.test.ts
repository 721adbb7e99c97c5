import { expect, test } from 'vitest';
import { commissionRate } from '../../src/commission/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { policyErrorOf as errorOf } from '../helpers.js';

test('an unknown telecom line is INVALID_INPUT naming the program and the line given', () => {
  expect(errorOf(() => commissionRate(telecomProgram, { line: 'sms', customerStartOn: '2025-03-15', on: '2025-06-01' }))).toMatchObject({
    code: 'INVALID_INPUT',
    issues: [{ path: ['line'], message: 'is not a product line of the telecom program, got "sms"' }],
  });
});

test('a missing customer start under a window says how long the window runs (COM-4)', () => {
  expect(errorOf(() => commissionRate(telecomProgram, { line: 'port', on: '2025-06-01' }))).toMatchObject({
    code: 'INVALID_INPUT',
    issues: [{ path: ['customerStartOn'], message: "is required: the telecom program's commission runs 2 years from the customer's start (COM-4)" }],
  });
});

test('a missing volume on a ladder of several brackets names the line and the number of brackets (COM-3)', () => {
  const ladder = definePolicy(cloudProgram, {
    commission: {
      otherLines: {
        kind: 'ladder',
        mode: 'marginal',
        brackets: [
          { from: '0', to: '1000', rate: '0.1' },
          { from: '1000', to: '5000', rate: '0.15' },
          { from: '5000', to: null, rate: '0.2' },
        ],
      },
    },
  });
  expect(errorOf(() => commissionRate(ladder, { line: 'oss', on: '2026-01-15' }))).toMatchObject({
    code: 'INVALID_INPUT',
    issues: [{ path: ['volume'], message: 'is required: the oss line has a volume ladder of 3 brackets (COM-3)' }],
  });
  // In a marginal ladder the rate is that of the next unit: 15% from 1000 up to 5000.
  expect(commissionRate(ladder, { line: 'oss', on: '2026-01-15', volume: '4999.99' })).toEqual({ rate: '0.15', year: null, rules: ['COM-3'] });
});
