/**
 * Spreadsheet functions over plain cells (numbers, text, date serials and
 * ranges as 2-D arrays), for Google Apps Script, Excel custom functions and
 * HyperFormula. Money comes back as a number rounded to the currency scale;
 * dates come back as date serials (day 0 = 1899-12-30); bad input throws a
 * `PolicyError` whose message names the function and the argument, such as
 * "CP_TIER: metric must be a whole number ≥ 0, got 'lots'".
 *
 * @example
 * import { CP_COMMISSION } from 'channel-policy/sheets';
 * CP_COMMISSION(9000, 'port', 'gold', '2025-03-01', '2025-06-15'); //=> 3600
 * @module
 */
export { CP_TIER } from './tier.js';
export { CP_RATE } from './rate.js';
export { CP_COMMISSION } from './commission.js';
export { CP_DEPOSIT, CP_REQUIRED_DEPOSIT_WHOLESALE, CP_WHOLESALE_STATUS } from './deposit.js';
export { CP_BID_SCORE } from './bid-score.js';
export { CP_REVIEW_PERIOD, CP_QUARTER, CP_TRIAL_END } from './review-period.js';
export { CP_SETTLEMENT, CP_DEEMED_ACCEPTED, type SettlementStep } from './settlement.js';
export { CP_OWNER, type OwnerPart } from './owner.js';
export { CP_STATEMENT, type StatementPart } from './statement.js';
export { dateFromSerial, serialFromDate } from './serial.js';
export {
  SHEET_FUNCTIONS,
  type SheetFunction,
  type SheetParameter,
  type SheetParameterKind,
  type SheetResultKind,
} from './catalog.js';
export { excelFunctionsMetadata, type ExcelFunctionMetadata } from './excel.js';
export type { Cell, CellRange } from './cells.js';
export type { ProgramArg } from './read.js';
export { PolicyError, type PolicyErrorCode, type PolicyIssue } from '../core/errors.js';
