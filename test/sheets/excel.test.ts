import { describe, expect, it } from 'vitest';
import { excelFunctionsMetadata, SHEET_FUNCTIONS } from '../../src/sheets/index.js';

describe('excelFunctionsMetadata', () => {
  const { functions } = excelFunctionsMetadata();

  it('declares every function with its parameters, ranges as matrices', () => {
    expect(functions.map((f) => f.id)).toEqual(SHEET_FUNCTIONS.map((f) => f.name));
    const settlement = functions.find((f) => f.id === 'CP_SETTLEMENT')!;
    expect(settlement.result).toEqual({ type: 'number' });
    expect(settlement.parameters.map((p) => [p.name, p.dimensionality, p.optional])).toEqual([
      ['month', 'scalar', false],
      ['step', 'scalar', false],
      ['holidays', 'matrix', true],
      ['workdays', 'matrix', true],
      ['program', 'scalar', true],
    ]);
    expect(functions.find((f) => f.id === 'CP_TIER')!.result).toEqual({ type: 'string' });
  });

  it('types every parameter "any", so that a bad cell reaches the function and gets its message', () => {
    expect(functions.flatMap((f) => f.parameters.map((p) => p.type))).toEqual(functions.flatMap((f) => f.parameters.map(() => 'any')));
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(excelFunctionsMetadata()))).toEqual(excelFunctionsMetadata());
  });
});
