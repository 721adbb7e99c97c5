import { describe, expect, it } from 'vitest';
import { CP_DEPOSIT, CP_REQUIRED_DEPOSIT_WHOLESALE, CP_WHOLESALE_STATUS } from '../../src/sheets/index.js';
import { expectSheetError } from './helpers.js';

describe('CP_DEPOSIT (DEP-1, DEP-6)', () => {
  it('gives the deposit of each tier', () => {
    expect(CP_DEPOSIT('gold')).toBe(90000);
    expect(CP_DEPOSIT('silver')).toBe(40000);
    expect(CP_DEPOSIT('ordinary')).toBe(5000);
    expect(CP_DEPOSIT(' Gold ')).toBe(90000);
    expect(CP_DEPOSIT('金牌渠道')).toBe(90000);
  });

  it('needs a tier: an empty cell is not "ordinary" here', () => {
    expectSheetError(() => CP_DEPOSIT(''), 'INVALID_INPUT', ['tier'], "CP_DEPOSIT: tier is required: 'gold', 'silver' or 'ordinary'");
    expectSheetError(() => CP_DEPOSIT('platinum'), 'INVALID_INPUT', ['tier'], "CP_DEPOSIT: tier must be 'gold', 'silver' or 'ordinary', got 'platinum'");
  });

  it('is not configured for the cloud program (DEP-6)', () => {
    expectSheetError(() => CP_DEPOSIT('gold', 'cloud'), 'NOT_CONFIGURED', ['program', 'deposit'], 'CP_DEPOSIT: the cloud program configures no deposit (DEP-6)');
  });
});

describe('CP_REQUIRED_DEPOSIT_WHOLESALE (DEP-5)', () => {
  it('is the larger of 100,000 and the monthly traffic, rounded up to whole units', () => {
    expect(CP_REQUIRED_DEPOSIT_WHOLESALE(60000)).toBe(100000);
    expect(CP_REQUIRED_DEPOSIT_WHOLESALE(100000)).toBe(100000);
    expect(CP_REQUIRED_DEPOSIT_WHOLESALE(123456.01)).toBe(123457);
    expect(CP_REQUIRED_DEPOSIT_WHOLESALE('250000.00')).toBe(250000);
  });

  it('names a bad traffic amount', () => {
    expectSheetError(() => CP_REQUIRED_DEPOSIT_WHOLESALE(-1), 'INVALID_INPUT', ['monthlyTraffic'], 'CP_REQUIRED_DEPOSIT_WHOLESALE: monthlyTraffic must not be negative, got -1');
    expectSheetError(() => CP_REQUIRED_DEPOSIT_WHOLESALE(''), 'INVALID_INPUT', ['monthlyTraffic'], 'CP_REQUIRED_DEPOSIT_WHOLESALE: monthlyTraffic is required: an amount such as 1234.56');
  });
});

describe('CP_WHOLESALE_STATUS (DEP-5)', () => {
  it('suspends service once unsettled traffic reaches the balance', () => {
    expect(CP_WHOLESALE_STATUS(100000, 99999.99, 80000)).toBe('active');
    expect(CP_WHOLESALE_STATUS(100000, 100000, 80000)).toBe('suspended');
  });

  it('resumes a suspended agent only above the traffic and at the required deposit', () => {
    expect(CP_WHOLESALE_STATUS(100000, 20000, 120000, true)).toBe('suspended'); // below the 120,000 required
    expect(CP_WHOLESALE_STATUS(150000, 20000, 120000, true)).toBe('active');
    expect(CP_WHOLESALE_STATUS(120000, 20000, 120000, true)).toBe('active'); // exactly the required deposit is enough
    expect(CP_WHOLESALE_STATUS(150000, 20000, 120000, 'TRUE')).toBe('active');
    expect(CP_WHOLESALE_STATUS(150000, 200000, 120000, false)).toBe('suspended');
  });

  it('names a bad flag', () => {
    expectSheetError(() => CP_WHOLESALE_STATUS(1, 1, 1, 'yes'), 'INVALID_INPUT', ['wasSuspended'], "CP_WHOLESALE_STATUS: wasSuspended must be TRUE or FALSE, got 'yes'");
  });
});
