import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionMetadata,
  type ImplementedFunctions,
} from 'hyperformula';
import * as sheets from '../sheets/index.js';
import { dateFromSerial, SHEET_FUNCTIONS, type SheetFunction, type SheetParameterKind } from '../sheets/index.js';
import { describeThrown } from '../core/errors.js';

/** The parts of HyperFormula's formula tree the plugin reads. */
interface ProcedureCall {
  readonly procedureName: string;
  readonly args: unknown[];
}

type SheetImplementation = (...args: unknown[]) => unknown;

const FUNCTIONS = new Map<string, SheetFunction>(SHEET_FUNCTIONS.map((f) => [f.name, f]));
// HyperFormula's NumberType is not exported from its entry point; its values are these strings.
const AS_DATE = 'NUMBER_DATE' as NonNullable<FunctionMetadata['returnNumberType']>;

function metadataOf(f: SheetFunction): FunctionMetadata {
  return {
    method: 'channelPolicy',
    parameters: f.parameters.map((p) => ({
      // Ranges stay ranges; any other error argument is passed on as the cell's result.
      argumentType: p.kind === 'dates' || p.kind === 'table' ? FunctionArgumentType.RANGE : FunctionArgumentType.NOERROR,
      ...(p.optional ? { optionalArg: true } : {}),
    })),
    ...(f.result === 'date' ? { returnNumberType: AS_DATE } : {}),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A HyperFormula function plugin with every function of
 * `channel-policy/sheets`: `=CP_TIER(A1)`, `=CP_COMMISSION(...)` and the
 * rest. Bad input gives a `#VALUE!` cell error carrying the function's
 * message, such as "CP_TIER: metric must be a whole number ≥ 0, got 'lots'".
 * Dates are read and written in the engine's own date serials (its
 * `nullDate`), and date results are typed as dates.
 *
 * Register languages first, then the plugin, so each language gets the names.
 *
 * @example
 * import { HyperFormula } from 'hyperformula';
 * import { ChannelPolicyPlugin, ChannelPolicyTranslations } from 'channel-policy/hyperformula';
 *
 * HyperFormula.registerFunctionPlugin(ChannelPolicyPlugin, ChannelPolicyTranslations);
 * const hf = HyperFormula.buildFromArray([[12, '=CP_TIER(A1)']], { licenseKey: 'gpl-v3' });
 * hf.getCellValue({ sheet: 0, row: 0, col: 1 }); //=> 'gold'
 */
export class ChannelPolicyPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    SHEET_FUNCTIONS.map((f) => [f.name, metadataOf(f)]),
  );

  /**
   * Runs the function a formula calls; `procedureName` is its canonical name in every language.
   * HyperFormula calls it by the name in `implementedFunctions`, never your code.
   * @internal
   */
  channelPolicy(ast: ProcedureCall, state: unknown): unknown {
    const f = FUNCTIONS.get(ast.procedureName);
    if (f === undefined) return new CellError(ErrorType.NAME, `${ast.procedureName} is not a channel-policy function`);
    return this.runFunction(ast.args as never, state as never, this.metadata(f.name), (...args: unknown[]) =>
      this.evaluate(f, args),
    );
  }

  private evaluate(f: SheetFunction, args: unknown[]): string | number | boolean | CellError {
    // The engine passes one value per parameter of the metadata (undefined for one left out), never more.
    const cells: unknown[] = [];
    for (const [i, param] of f.parameters.entries()) {
      const arg = args[i];
      const cell = arg instanceof SimpleRangeValue ? this.rangeOf(arg, param.kind, param.columns) : this.cellOf(arg, param.kind);
      if (cell instanceof CellError) return cell;
      cells.push(cell);
    }
    try {
      const result = ((sheets as unknown as Record<string, SheetImplementation>)[f.name]!)(...cells);
      // A date function always answers a sheet date serial.
      if (f.result === 'date') return this.serialOf(result as number);
      return result as string | number | boolean;
    } catch (e) {
      return new CellError(ErrorType.VALUE, describeThrown(e));
    }
  }

  /**
   * A cell as the sheet functions take it: empty → null, rich numbers → numbers, engine dates → `YYYY-MM-DD`.
   * The engine's values are numbers, text, booleans, rich numbers, errors and EmptyValue (undefined for an argument left out).
   */
  private cellOf(value: unknown, kind: SheetParameterKind): unknown {
    if (value === undefined || value === EmptyValue) return null;
    // Inside a range a number keeps its format (a date, a currency, a percent): `{ val }`. Errors pass as they are.
    const n = typeof (value as { val?: unknown }).val === 'number' ? (value as { val: number }).val : value;
    return kind === 'date' || kind === 'month' || kind === 'dates' ? this.isoOf(n) : n;
  }

  /** A range as rows of cells; a table's date columns are converted like date arguments. */
  private rangeOf(range: SimpleRangeValue, kind: SheetParameterKind, columns?: readonly SheetParameterKind[]): unknown[][] | CellError {
    const rows: unknown[][] = [];
    for (const row of range.data) {
      const out: unknown[] = [];
      for (let c = 0; c < row.length; c++) {
        const cell = this.cellOf(row[c], columns?.[c] ?? kind);
        if (cell instanceof CellError) return cell;
        out.push(cell);
      }
      rows.push(out);
    }
    return rows;
  }

  /**
   * The date of an engine serial, by the engine's own calendar (its `nullDate`); a date-time counts as its day.
   * Anything but a finite number (text, TRUE, an error, an infinite number) is left as it is.
   */
  private isoOf(serial: unknown): unknown {
    if (!Number.isFinite(serial)) return serial;
    const { year, month, day } = this.dateTimeHelper.numberToSimpleDate(Math.floor(serial as number));
    if (year >= 1 && year <= 9999) return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    // Out of the library's years: the same day as a sheet serial (day 0 = 1899-12-30, whatever the
    // engine's nullDate), for the sheet function to refuse with its message.
    return (serial as number) - this.dateTimeHelper.dateToNumber({ year: 1899, month: 12, day: 30 });
  }

  /** A sheet date serial (day 0 = 1899-12-30) as the engine's serial. */
  private serialOf(serial: number): number {
    const iso = dateFromSerial(serial);
    return this.dateTimeHelper.dateToNumber({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
  }
}

/** The languages HyperFormula ships; the function names are the same in each. */
const LANGUAGES = [
  'csCZ', 'daDK', 'deDE', 'enGB', 'enUS', 'esES', 'fiFI', 'frFR', 'huHU',
  'itIT', 'nbNO', 'nlNL', 'plPL', 'ptPT', 'ruRU', 'svSE', 'trTR',
] as const;

/**
 * Function names for `HyperFormula.registerFunctionPlugin`, keyed by language
 * code (`enGB`, `deDE`, …): `CP_TIER` is `CP_TIER` in every language.
 *
 * @example
 * ChannelPolicyTranslations.enGB.CP_TIER; //=> 'CP_TIER'
 * HyperFormula.registerFunctionPlugin(ChannelPolicyPlugin, ChannelPolicyTranslations);
 */
export const ChannelPolicyTranslations: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze(
  Object.fromEntries(LANGUAGES.map((code) => [code, Object.freeze(Object.fromEntries(SHEET_FUNCTIONS.map((f) => [f.name, f.name])))])),
);
