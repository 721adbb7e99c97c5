import { describe, expect, it } from 'vitest';
import { excelFunctionsMetadata } from '../../src/sheets/index.js';

describe('excelFunctionsMetadata: result types and ranges', () => {
  it('declares text results as strings, numbers, money, rates and date serials as numbers, mixed results as any', () => {
    const types = Object.fromEntries(excelFunctionsMetadata().functions.map((f) => [f.id, f.result.type]));
    expect(types).toEqual({
      CP_TIER: 'string',
      CP_RATE: 'number',
      CP_COMMISSION: 'number',
      CP_STATEMENT: 'any',
      CP_DEPOSIT: 'number',
      CP_REQUIRED_DEPOSIT_WHOLESALE: 'number',
      CP_WHOLESALE_STATUS: 'string',
      CP_BID_SCORE: 'number',
      CP_REVIEW_PERIOD: 'number',
      CP_QUARTER: 'string',
      CP_TRIAL_END: 'number',
      CP_SETTLEMENT: 'number',
      CP_DEEMED_ACCEPTED: 'number',
      CP_OWNER: 'any',
    });
  });

  it('declares exactly the date lists and tables as matrices; every other parameter is a single cell', () => {
    const matrices = excelFunctionsMetadata().functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === 'matrix').map((p) => `${f.id}.${p.name}`),
    );
    expect(matrices).toEqual([
      'CP_STATEMENT.receipts',
      'CP_STATEMENT.tiers',
      'CP_STATEMENT.refunds',
      'CP_SETTLEMENT.holidays',
      'CP_SETTLEMENT.workdays',
      'CP_DEEMED_ACCEPTED.holidays',
      'CP_DEEMED_ACCEPTED.workdays',
      'CP_OWNER.registrations',
      'CP_OWNER.progress',
      'CP_OWNER.takeovers',
    ]);
    const bid = excelFunctionsMetadata().functions.find((f) => f.id === 'CP_BID_SCORE')!;
    expect(bid.parameters.map((p) => [p.name, p.dimensionality, p.optional])).toEqual([
      ['market', 'scalar', false],
      ['team', 'scalar', false],
      ['operations', 'scalar', false],
      ['plan', 'scalar', false],
      ['program', 'scalar', true],
    ]);
  });
});
