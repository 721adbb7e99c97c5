import { commissionStatement, type Receipt, type Refund, type TierHistory } from '../commission/index.js';
import { invalidInput } from '../core/errors.js';
import { telecomProgram } from '../policy/presets.js';
import type { Tier } from '../policy/types.js';
import { isEmpty, type Cell, type CellRange } from './cells.js';
import { runSheet, type PathMap } from './errors.js';
import {
  readChoice,
  readDate,
  readId,
  readMoney,
  readOptionalDate,
  readProgram,
  readRows,
  readText,
  readTier,
  type ProgramArg,
} from './read.js';

/** What `CP_STATEMENT` gives. */
export type StatementPart = 'payable' | 'commission' | 'base' | 'clawback' | 'carried-in' | 'warnings';

const RECEIPT_COLUMN: Readonly<Record<string, number>> = {
  id: 0,
  customerId: 1,
  line: 2,
  amount: 3,
  receivedOn: 4,
  customerStartOn: 5,
  coversFrom: 6,
  cost: 7,
};
const REFUND_COLUMN: Readonly<Record<string, number>> = { id: 0, receipt: 1, amount: 2, refundedOn: 3 };

/**
 * `=CP_STATEMENT(receipts, from, to, tiers)`: a partner's commission
 * statement over a range of receipts (COM-1 to COM-8), as one figure. The
 * statement rounds once per product line and rate (COM-6), so its commission
 * can differ by a few cents from a sum of `CP_COMMISSION` cells, which round
 * per receipt: the statement is the figure to pay.
 *
 * `receipts` is a range without its header, one receipt a row: receipt id |
 * customer id | product line | amount | received on | customer start (telecom)
 * | covers from (optional: the first service date paid for) | cost (margin
 * lines). Receipts received outside the period are left out, with a warning.
 * `refunds`, optional, has one refund a row: refund id | receipt id | amount |
 * refunded on; refunds dated in the period claw back what their receipt
 * earned (COM-7). Empty rows are skipped.
 *
 * @param receipts - The receipts range (5 to 8 columns).
 * @param from - The first day of the period.
 * @param to - The last day of the period, inclusive.
 * @param tiers - Optional: the partner's tier throughout, or a range of rows
 *   tier | from date (its tier history, TIER-2); empty means ordinary (TIER-4).
 * @param refunds - Optional: the refunds range (4 columns).
 * @param carriedIn - Optional: a balance the partner owed from before (≥ 0, COM-8).
 * @param part - Optional: `"payable"` (default: commission − clawback − carried in,
 *   below 0 when the partner owes), `"commission"`, `"base"` (the cash counted),
 *   `"clawback"`, `"carried-in"`, or `"warnings"` (their messages, empty when none).
 * @param program - Optional: `"telecom"` (default) or `"cloud"`.
 * @returns The figure as a number rounded to the currency scale, or text for `"warnings"`.
 * @throws {PolicyError} naming the bad cell by row and column.
 *
 * @example
 * const receipts = [
 *   ['T1', 'C1', 'conference', 0.05, '2026-01-05', '2025-06-01'],
 *   ['T2', 'C2', 'conference', 0.05, '2026-01-06', '2025-06-01'],
 * ];
 * CP_STATEMENT(receipts, '2026-01-01', '2026-01-31'); //=> 0.01 (10% of 0.10, once)
 * // while CP_COMMISSION gives 0.01 for each receipt: 0.005 rounds up twice.
 */
export function CP_STATEMENT(
  receipts: CellRange | Cell,
  from: Cell,
  to: Cell,
  tiers?: CellRange | Cell,
  refunds?: CellRange | Cell,
  carriedIn?: Cell,
  part?: Cell,
  program?: ProgramArg,
): number | string {
  const receiptRows: number[] = [];
  const refundRows: number[] = [];
  const tierRows: number[] = [];
  const toCells: PathMap = (path) => {
    const [list, k, field] = path;
    if (typeof k !== 'number') return list === 'period' ? [field === 'from' ? 'from' : 'to'] : path;
    if (list === 'receipts' && receiptRows[k] !== undefined) {
      return ['receipts', receiptRows[k], typeof field === 'string' ? (RECEIPT_COLUMN[field] ?? 0) : 0];
    }
    if (list === 'refunds' && refundRows[k] !== undefined) {
      return ['refunds', refundRows[k], typeof field === 'string' ? (REFUND_COLUMN[field] ?? 0) : 0];
    }
    if (list === 'tiers' && tierRows[k] !== undefined) return ['tiers', tierRows[k], field === 'from' ? 1 : 0];
    return path;
  };
  return runSheet(
    'CP_STATEMENT',
    () => {
      const policy = readProgram(program, telecomProgram);
      const scale = policy.currency.scale;
      const period = { from: readDate(from, ['from']), to: readDate(to, ['to']) };
      const which: StatementPart = isEmpty(part)
        ? 'payable'
        : readChoice(part, ['part'], ['payable', 'commission', 'base', 'clawback', 'carried-in', 'warnings']);

      const byId = new Map<string, Receipt>();
      const list: Receipt[] = [];
      readRows(receipts, ['receipts']).forEach((row, r) => {
        if (row.every(isEmpty)) return;
        const at = (c: number) => ['receipts', r, c];
        const start = readOptionalDate(row[5], at(5));
        const covers = readOptionalDate(row[6], at(6));
        const receipt: Receipt = {
          id: readId(row[0], at(0)),
          customerId: readId(row[1], at(1)),
          line: readText(row[2], at(2), "a product line such as 'port'"),
          amount: readMoney(row[3], at(3), scale).toFixed(),
          receivedOn: readDate(row[4], at(4)),
          ...(start === undefined ? {} : { customerStartOn: start }),
          ...(covers === undefined ? {} : { coversFrom: covers }),
          ...(isEmpty(row[7]) ? {} : { cost: readMoney(row[7], at(7), scale).toFixed() }),
        };
        list.push(receipt);
        receiptRows.push(r);
        if (!byId.has(receipt.id)) byId.set(receipt.id, receipt);
      });

      const refundList: Refund[] = [];
      readRows(refunds, ['refunds']).forEach((row, r) => {
        if (row.every(isEmpty)) return;
        const at = (c: number) => ['refunds', r, c];
        const receiptId = readId(row[1], at(1));
        const receipt = byId.get(receiptId);
        if (receipt === undefined) throw invalidInput(at(1), `names no receipt of receipts, got '${receiptId}'`);
        refundList.push({ id: readId(row[0], at(0)), receipt, amount: readMoney(row[2], at(2), scale).toFixed(), refundedOn: readDate(row[3], at(3)) });
        refundRows.push(r);
      });

      const statement = commissionStatement(policy, {
        partnerId: 'sheet',
        period,
        ...tierHistoryOf(tiers, tierRows),
        receipts: list,
        refunds: refundList,
        ...(isEmpty(carriedIn) ? {} : { carriedIn: readMoney(carriedIn, ['carriedIn'], scale).toFixed() }),
      });
      const { totals } = statement;
      switch (which) {
        case 'payable':
          return Number(totals.payable);
        case 'commission':
          return Number(totals.commission);
        case 'base':
          return Number(totals.base);
        case 'clawback':
          return Number(totals.clawback);
        case 'carried-in':
          return Number(totals.carriedIn);
        case 'warnings':
          return statement.warnings.map((w) => w.message).join('; ');
      }
    },
    toCells,
    (message) => message.replace(/period\.from/g, 'from'),
  );
}

/** One tier throughout (a cell), or a history range of rows tier | from; nothing for an empty cell. */
function tierHistoryOf(value: unknown, rows: number[]): { tiers?: TierHistory } {
  if (isEmpty(value)) return {};
  const range = readRows(value, ['tiers']);
  // One cell (a bare value, or a 1×1 range as Excel and HyperFormula pass one) is the tier throughout.
  if (range.length === 1 && range[0]!.length === 1) {
    const tier = readTier(range[0]![0], ['tiers']);
    return tier === undefined ? {} : { tiers: tier };
  }
  const history: { tier: Tier; from: string }[] = [];
  range.forEach((row, r) => {
    if (row.every(isEmpty)) return;
    const tier = readTier(row[0], ['tiers', r, 0]);
    if (tier === undefined) throw invalidInput(['tiers', r, 0], "is required: 'gold', 'silver' or 'ordinary'");
    history.push({ tier, from: readDate(row[1], ['tiers', r, 1]) });
    rows.push(r);
  });
  return { tiers: history };
}
