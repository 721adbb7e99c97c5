import { describe, expect, it } from 'vitest';
import { CP_REQUIRED_DEPOSIT_WHOLESALE, CP_WHOLESALE_STATUS } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

// Balance 90,000 above unsettled traffic 20,000, but below the 100,000 a
// monthly traffic of 60,000 requires (DEP-5): a running agent keeps running,
// a suspended one stays suspended.
const status = (wasSuspended: unknown) => CP_WHOLESALE_STATUS(90000, 20000, 60000, wasSuspended as boolean);

describe('CP_WHOLESALE_STATUS: the wasSuspended flag (DEP-5)', () => {
  it('decides between staying suspended and running when the balance is below the required deposit', () => {
    expect(status(true)).toBe('suspended');
    expect(status(false)).toBe('active');
    expect(status('')).toBe('active'); // empty means FALSE
  });

  it.each(['TRUE', 'true', 'True', ' true ', '\tTRUE\n'])('reads the text %j as TRUE', (text) => {
    expect(status(text)).toBe('suspended');
  });

  it.each(['FALSE', 'false', 'False', ' false '])('reads the text %j as FALSE', (text) => {
    expect(status(text)).toBe('active');
  });

  it.each(['yes', 'xtrue', 'truex', 'true x', 'not false', 'falsey', '1', 'T'])('refuses the text %j', (text) => {
    expectSheetError(() => status(text), 'INVALID_INPUT', ['wasSuspended'], `CP_WHOLESALE_STATUS: wasSuspended must be TRUE or FALSE, got '${text}'`);
  });

  it('refuses a number as a flag', () => {
    expectSheetError(() => status(1), 'INVALID_INPUT', ['wasSuspended'], 'CP_WHOLESALE_STATUS: wasSuspended must be TRUE or FALSE, got 1');
  });
});

describe('CP_WHOLESALE_STATUS: every bad amount is named by its argument', () => {
  it('names the balance, the unsettled traffic and the monthly traffic', () => {
    expectSheetError(() => CP_WHOLESALE_STATUS('lots', 1, 1), 'INVALID_INPUT', ['balance'], "CP_WHOLESALE_STATUS: balance must be an amount such as 1234.56, got 'lots'");
    expectSheetError(() => CP_WHOLESALE_STATUS(1, -5, 1), 'INVALID_INPUT', ['unsettledTraffic'], 'CP_WHOLESALE_STATUS: unsettledTraffic must not be negative, got -5');
    expectSheetError(
      () => CP_WHOLESALE_STATUS(1, 1, 0.001),
      'INVALID_INPUT',
      ['monthlyTraffic'],
      'CP_WHOLESALE_STATUS: monthlyTraffic must have at most 2 decimal places, got 0.001 (round it with ROUND(…, 2) first)',
    );
    expectSheetError(() => CP_WHOLESALE_STATUS(1, '', 1), 'INVALID_INPUT', ['unsettledTraffic'], 'CP_WHOLESALE_STATUS: unsettledTraffic is required: an amount such as 1234.56');
  });
});

describe('CP_REQUIRED_DEPOSIT_WHOLESALE: a bad program is named as the program, not the traffic', () => {
  it('names the program argument', () => {
    expectSheetError(
      () => CP_REQUIRED_DEPOSIT_WHOLESALE(60000, 'mars'),
      'INVALID_INPUT',
      ['program'],
      "CP_REQUIRED_DEPOSIT_WHOLESALE: program must be 'telecom' or 'cloud', got 'mars'",
    );
    expectSheetError(
      () => CP_REQUIRED_DEPOSIT_WHOLESALE(60000, 'cloud'),
      'NOT_CONFIGURED',
      ['program', 'deposit'],
      'CP_REQUIRED_DEPOSIT_WHOLESALE: the cloud program configures no deposit (DEP-6)',
    );
  });
});
