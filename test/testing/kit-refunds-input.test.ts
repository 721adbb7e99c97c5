/**
 * refundsArb reads its receipts' amounts when it is built (COM-7 refunds are a
 * share of a real cash receipt): a receipt whose amount is not valid cash is
 * refused there, naming the receipt, instead of failing while values are drawn
 * or drawing refund amounts that are not money at all.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Receipt } from '../../src/commission/index.js';
import { aReceipt, refundsArb } from '../../src/testing/index.js';
import { policyErrorOf } from '../helpers.js';
import { sampleOf } from './kit-sampling.js';

describe('refundsArb, given receipts', () => {
  const good = aReceipt({ amount: '1000.00', receivedOn: '2026-04-15' });

  it.each([
    [1e-7, 'must have at most 2 decimal places, got 1e-7'],
    ['12.345', 'must have at most 2 decimal places, got "12.345"'],
    [-5, 'must not be negative, got -5'],
    [1e21, 'is out of range: its magnitude must be below 10^15, got 1e+21'],
    ['abc', 'must be a plain decimal string such as "1234.56", got "abc"'],
    [undefined, 'is required'],
  ])('refuses a receipt amount of %s when the arbitrary is built, at that receipt', (amount, message) => {
    const bad = { ...aReceipt({ id: 'R2' }), amount } as unknown as Receipt;
    const e = policyErrorOf(() => refundsArb([good, bad]));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([{ path: ['receipts', 1, 'amount'], message }]);
  });

  it('refuses a missing receipt the same way, without a TypeError', () => {
    const e = policyErrorOf(() => refundsArb([good, null as unknown as Receipt]));
    expect(e.issues).toEqual([{ path: ['receipts', 1, 'amount'], message: 'is required' }]);
  });

  it('reads an amount given as a number or a Decimal exactly as the same string', () => {
    const forms = [aReceipt({ amount: 1234.5 }), aReceipt({ amount: new Decimal('1234.50') }), aReceipt({ amount: '1234.50' })];
    // The same draws (one seed) give the same refund amounts whatever the receipt's money form.
    const amounts = forms.map((r) => sampleOf(refundsArb([r])).map((fs) => fs.map((f) => f.amount)));
    expect(amounts[0]).toEqual(amounts[2]);
    expect(amounts[1]).toEqual(amounts[2]);
    expect(amounts[2]!.flat()).toContain('197.52'); // 16% of 1,234.50, rounded down to the cent
  });
});
