import { describe, expect, test } from 'vitest';
import { commissionRate } from '../../src/commission/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { policyErrorOf as errorOf } from '../helpers.js';

const start = '2025-03-15';
const rate = (line: string, on: string, extra: object = {}) =>
  commissionRate(telecomProgram, { line, customerStartOn: start, on, ...extra });

describe('COM-2, COM-4: telecom lines by commission year', () => {
  test('port earns the tier rate in year 1: gold 40%, silver 30%, ordinary 20%', () => {
    expect(rate('port', '2025-06-01', { tier: 'gold' }).rate).toBe('0.4');
    expect(rate('port', '2025-06-01', { tier: 'silver' }).rate).toBe('0.3');
    expect(rate('port', '2025-06-01', { tier: 'ordinary' })).toEqual({ rate: '0.2', year: 1, rules: ['TIER-2', 'COM-2', 'COM-4', 'COM-5'] });
  });

  test('with no tier given, port earns the ordinary rate (TIER-4)', () => {
    expect(rate('port', '2025-06-01')).toEqual({ rate: '0.2', year: 1, rules: ['TIER-2', 'TIER-4', 'COM-2', 'COM-4', 'COM-5'] });
  });

  test('port earns 10% in year 2 whatever the tier; conference 10% in both years; margin rate 1', () => {
    expect(rate('port', '2026-03-15', { tier: 'gold' })).toEqual({ rate: '0.1', year: 2, rules: ['COM-2', 'COM-4'] });
    expect(rate('conference', '2025-03-15')).toMatchObject({ rate: '0.1', year: 1 });
    expect(rate('conference', '2027-03-14')).toMatchObject({ rate: '0.1', year: 2 });
    expect(rate('margin', '2026-08-01')).toMatchObject({ rate: '1', year: 2 });
  });

  test('from the second anniversary on, nothing on every line', () => {
    for (const line of ['port', 'conference', 'margin']) {
      expect(rate(line, '2027-03-15', { tier: 'gold' })).toEqual({ rate: '0', year: null, rules: ['COM-4'] });
    }
  });

  test('year 1 is [start, start + 1 year): the anniversary itself is year 2', () => {
    expect(rate('port', '2026-03-14', { tier: 'gold' })).toMatchObject({ rate: '0.4', year: 1 });
    expect(rate('port', '2026-03-15', { tier: 'gold' })).toMatchObject({ rate: '0.1', year: 2 });
  });

  test('a 29 February start has its anniversaries on 28 February in common years', () => {
    const leap = (on: string) => commissionRate(telecomProgram, { line: 'port', tier: 'silver', customerStartOn: '2024-02-29', on });
    expect(leap('2025-02-27')).toMatchObject({ rate: '0.3', year: 1 });
    expect(leap('2025-02-28')).toMatchObject({ rate: '0.1', year: 2 });
    expect(leap('2026-02-27')).toMatchObject({ rate: '0.1', year: 2 });
    expect(leap('2026-02-28')).toMatchObject({ rate: '0', year: null });
  });

  test('a deciding date before the start (a prepayment) counts in year 1', () => {
    expect(rate('port', '2025-01-10', { tier: 'gold' })).toMatchObject({ rate: '0.4', year: 1 });
  });
});

describe('COM-3: cloud lines', () => {
  test('every line earns 20%, with no window', () => {
    expect(commissionRate(cloudProgram, { line: 'ecs', on: '2026-01-15' })).toEqual({ rate: '0.2', year: null, rules: ['COM-3'] });
    expect(commissionRate(cloudProgram, { line: 'anything-else', on: '2026-01-15', volume: '999999' }).rate).toBe('0.2');
  });

  test('a ladder gives the rate of the bracket the volume falls in; a bound belongs to the bracket it starts', () => {
    const ladder = definePolicy(cloudProgram, {
      commission: {
        otherLines: {
          kind: 'ladder',
          mode: 'whole',
          brackets: [
            { from: '0', to: '10000', rate: '0.15' },
            { from: '10000', to: null, rate: '0.2' },
          ],
        },
      },
    });
    expect(commissionRate(ladder, { line: 'ecs', on: '2026-01-15', volume: '9999.99' }).rate).toBe('0.15');
    expect(commissionRate(ladder, { line: 'ecs', on: '2026-01-15', volume: 10000 }).rate).toBe('0.2');
    expect(errorOf(() => commissionRate(ladder, { line: 'ecs', on: '2026-01-15' })).issues[0]!.path).toEqual(['volume']);
  });
});

describe('bad input', () => {
  test('an unknown telecom line, a missing start date, a bad date or volume name the field', () => {
    expect(errorOf(() => rate('sms', '2025-06-01')).issues.map((i) => i.path)).toEqual([['line']]);
    expect(errorOf(() => commissionRate(telecomProgram, { line: 'port', on: '2025-06-01' })).issues.map((i) => i.path)).toEqual([['customerStartOn']]);
    expect(errorOf(() => rate('port', '2025-02-30')).issues.map((i) => i.path)).toEqual([['on']]);
    expect(errorOf(() => commissionRate(cloudProgram, { line: 'ecs', on: '2026-01-01', volume: -1 })).issues.map((i) => i.path)).toEqual([['volume']]);
    expect(errorOf(() => commissionRate(cloudProgram, { line: 'ecs', on: '2026-01-01', volume: Number.NaN })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => commissionRate(telecomProgram, null as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => rate('port', '2025-06-01', { tier: 'platinum' })).issues.map((i) => i.path)).toEqual([['tier']]);
    expect(errorOf(() => rate('port', '2025-06-01', { extra: 1 })).issues.map((i) => i.path)).toEqual([['extra']]);
  });

  test('a policy that is not one is INVALID_POLICY', () => {
    expect(errorOf(() => commissionRate({} as never, { line: 'port', on: '2025-01-01' })).code).toBe('INVALID_POLICY');
  });

  test('a frozen input works and is left as it was', () => {
    const input = Object.freeze({ line: 'port', tier: 'gold' as const, customerStartOn: start, on: '2025-06-01' });
    expect(commissionRate(telecomProgram, input).rate).toBe('0.4');
    expect(input).toEqual({ line: 'port', tier: 'gold', customerStartOn: start, on: '2025-06-01' });
  });
});
