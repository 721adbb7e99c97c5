import { deemedAcceptedOn, settlementCalendar } from '../periods/index.js';
import { cloudProgram } from '../policy/presets.js';
import { calendarOf } from './calendar.js';
import { runSheet } from './errors.js';
import { readChoice, readDate, readMonth, readProgram, type Cell, type CellRange, type ProgramArg } from './read.js';
import { isoToSerial } from './serial.js';

/** The settlement steps of PER-4, as a user names them. */
export type SettlementStep = 'statement' | 'confirm' | 'invoice' | 'payment';

const FIELD = { statement: 'statementOn', confirm: 'confirmBy', invoice: 'invoiceBy', payment: 'paymentOn' } as const;

/**
 * `=CP_SETTLEMENT(month, step, holidays)`: a date of the monthly settlement
 * of a month's performance (PER-4), in the next month: the statement on the
 * 7th, the partner's confirmation by the 10th, the invoice by the 15th,
 * payment on the 25th, each moved to the next business day when it falls on
 * a weekend or holiday (PER-6). Returns a date serial: format the cell as a date.
 *
 * @param month - The month of performance: text `YYYY-MM`, or any date in it.
 * @param step - `"statement"`, `"confirm"`, `"invoice"` or `"payment"`.
 * @param holidays - Optional: a range of holiday dates (empty cells skipped).
 * @param workdays - Optional: a range of make-up working days (调休) on weekends.
 * @param program - Optional: `"cloud"` (default).
 * @returns A date serial.
 * @throws {PolicyError} naming `month`, `step` or the bad holiday cell.
 *
 * @example
 * CP_SETTLEMENT('2026-01', 'statement'); //=> 46062 (2026-02-09: the 7th is a Saturday)
 * CP_SETTLEMENT('2026-01', 'payment', [['2026-02-25']]); //=> 46079 (2026-02-26)
 */
export function CP_SETTLEMENT(
  month: Cell,
  step: Cell,
  holidays?: CellRange | Cell,
  workdays?: CellRange | Cell,
  program?: ProgramArg,
): number {
  return runSheet('CP_SETTLEMENT', () => {
    const policy = readProgram(program, cloudProgram);
    const m = readMonth(month, ['month']);
    const which: SettlementStep = readChoice(step, ['step'], ['statement', 'confirm', 'invoice', 'payment']);
    const dates = settlementCalendar(policy, { month: m, calendar: calendarOf(holidays, workdays) });
    return isoToSerial(dates[FIELD[which]], ['month']);
  });
}

/**
 * `=CP_DEEMED_ACCEPTED(reminderOn, holidays)`: the day a partner that did
 * not answer a settlement reminder is deemed to accept its statement (PER-4):
 * the third business day after the reminder.
 *
 * @param reminderOn - The day the reminder was sent.
 * @param holidays - Optional: a range of holiday dates.
 * @param workdays - Optional: a range of make-up working days (调休).
 * @param program - Optional: `"cloud"` (default).
 * @returns A date serial.
 * @throws {PolicyError} naming the bad argument or cell.
 *
 * @example
 * CP_DEEMED_ACCEPTED('2026-02-12'); //=> 46070 (2026-02-17: Thursday + 3 business days)
 */
export function CP_DEEMED_ACCEPTED(
  reminderOn: Cell,
  holidays?: CellRange | Cell,
  workdays?: CellRange | Cell,
  program?: ProgramArg,
): number {
  return runSheet('CP_DEEMED_ACCEPTED', () => {
    const policy = readProgram(program, cloudProgram);
    const day = readDate(reminderOn, ['reminderOn']);
    return isoToSerial(deemedAcceptedOn(day, calendarOf(holidays, workdays), policy), ['reminderOn']);
  });
}
