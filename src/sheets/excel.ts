import { SHEET_FUNCTIONS, type SheetResultKind } from './catalog.js';

/** One entry of an Excel custom-functions metadata file (`functions.json`). */
export interface ExcelFunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly result: { readonly type: 'string' | 'number' | 'boolean' | 'any' };
  readonly parameters: readonly {
    readonly name: string;
    readonly description: string;
    readonly type: 'any';
    readonly dimensionality: 'scalar' | 'matrix';
    readonly optional: boolean;
  }[];
}

const RESULT_TYPE: Readonly<Record<SheetResultKind, ExcelFunctionMetadata['result']['type']>> = {
  text: 'string',
  number: 'number',
  money: 'number',
  rate: 'number',
  date: 'number',
  boolean: 'boolean',
  'text-or-boolean': 'any',
  'text-or-number': 'any',
};

/**
 * The metadata an Excel custom-functions add-in declares in its
 * `functions.json`, for every function of {@link SHEET_FUNCTIONS}, with ids
 * and names unprefixed (`CP_TIER`). Parameters are typed `any` so that a bad
 * cell reaches the function, which answers with a message, rather than
 * Excel's bare `#VALUE!`.
 *
 * @returns `{ functions: [...] }`, ready for `JSON.stringify`.
 *
 * @example
 * excelFunctionsMetadata().functions[0];
 * //=> { id: 'CP_TIER', name: 'CP_TIER', description: "The tier a quarter's metric earns: …",
 * //     result: { type: 'string' }, parameters: [{ name: 'metric', type: 'any', dimensionality: 'scalar', optional: false, … }, …] }
 */
export function excelFunctionsMetadata(): { functions: ExcelFunctionMetadata[] } {
  return {
    functions: SHEET_FUNCTIONS.map((f) => ({
      id: f.name,
      name: f.name,
      description: f.description,
      result: { type: RESULT_TYPE[f.result] },
      parameters: f.parameters.map((q) => ({
        name: q.name,
        description: q.description,
        type: 'any' as const,
        dimensionality: q.kind === 'dates' || q.kind === 'table' ? ('matrix' as const) : ('scalar' as const),
        optional: q.optional,
      })),
    })),
  };
}
