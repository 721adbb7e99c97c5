/**
 * The fuzz table's rows for `channel-policy/hyperformula`: the plugin is
 * driven through a real HyperFormula engine. They live apart from table.ts so
 * that only the test files that need the engine load it
 * (fuzz-hyperformula.test.ts, table.test.ts and the determinism digest).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import * as hyperformula from '../../src/hyperformula/index.js';
import * as sheets from '../../src/sheets/index.js';
import { sheetArgs, type FuzzModule } from './table.js';

// HyperFormula: the plugin is fuzzed through a real engine, with any cell content a sheet can hold.

let registered = false;
const FORMULA_COLUMN = 26;

/** Evaluates `=NAME(args…)` in a fresh engine: scalars in row 1, each range in a block of its own below. */
function evaluateInEngine(name: unknown, args: unknown): unknown {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(hyperformula.ChannelPolicyPlugin, hyperformula.ChannelPolicyTranslations);
    registered = true;
  }
  const list = args as unknown[];
  const rows: RawCellContent[][] = [[]];
  const refs: string[] = [];
  let nextRow = 2;
  list.forEach((a, i) => {
    const col = String.fromCharCode(65 + i);
    if (Array.isArray(a)) {
      const block = a as RawCellContent[][];
      const width = Math.max(1, ...block.map((r) => r.length));
      block.forEach((r, k) => {
        rows[nextRow + k] = [...Array<RawCellContent>(i).fill(null), ...r];
      });
      refs.push(`${col}${nextRow + 1}:${String.fromCharCode(65 + i + width - 1)}${nextRow + Math.max(1, block.length)}`);
      nextRow += block.length + 1;
    } else {
      rows[0]![i] = a === undefined ? null : (a as RawCellContent);
      refs.push(`${col}1`);
    }
  });
  rows[0]![FORMULA_COLUMN] = `=${String(name)}(${refs.join(',')})`;
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  try {
    const v = hf.getCellValue({ sheet: 0, row: 0, col: FORMULA_COLUMN });
    return v instanceof DetailedCellError ? { cellError: v.type, message: v.message } : v;
  } finally {
    hf.destroy();
  }
}

/** What a cell may hold: a number at any edge, near-valid text, a boolean, nothing, or an error value. */
const cellJunk: fc.Arbitrary<RawCellContent> = fc.oneof(
  fc.constantFrom<RawCellContent>(null, true, false, 0, -1, 1.5, 1e15, 1e308, -1e308, 5e-324, 2 ** 53, '', ' ', '=1/0', '=NA()', '#N/A', '1e400', '2026-02-30', 'gold', '金牌渠道', '2026-13', "'45000"),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A spreadsheet function's valid arguments with, at times, one cell replaced by any content. */
const engineArgs: fc.Arbitrary<readonly unknown[]> = fc.constantFrom(...sheets.SHEET_FUNCTIONS.map((f) => f.name)).chain((name) =>
  fc
    .tuple(sheetArgs(name), fc.option(fc.tuple(fc.nat(), cellJunk), { freq: 2 }))
    .map(([args, junk]) => {
      const out = [...args];
      if (junk !== null && out.length > 0) out[junk[0] % out.length] = junk[1];
      return [name, out];
    }),
);

/** The HyperFormula entry point, in the shape of FUZZ_TABLE. */
export const HYPERFORMULA_FUZZ_TABLE: Readonly<Record<string, FuzzModule>> = {
  hyperformula: {
    exports: hyperformula,
    subpath: './hyperformula',
    functions: {
      // The plugin class is driven by the engine: every function it registers, with any cell content.
      ChannelPolicyPlugin: {
        valid: engineArgs,
        hostile: false,
        // A fresh engine per call costs tens of milliseconds.
        runShare: 0.2,
        call: evaluateInEngine,
        moneyAsNumbers: true,
        check: (r) => {
          const ok = ['number', 'string', 'boolean'].includes(typeof r) || (typeof r === 'object' && r !== null && 'cellError' in r);
          expect(ok, `a cell shows a value or an error, got ${JSON.stringify(r)}`).toBe(true);
        },
      },
    },
  },
};
