import { checkDate, type IsoDate } from '../core/dates.js';
import { invalidInput, PolicyError, unreadable } from '../core/errors.js';
import { checkMonth, type Month } from '../core/quarters.js';
import type { RuleId } from '../core/rules.js';
import { cloudProgram } from '../policy/presets.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { toCalendar, type BusinessCalendar, type BusinessCalendarInput } from './calendar.js';

/** The settlement dates for one month of performance (PER-4). */
export interface SettlementDates {
  /** The month of performance. */
  readonly month: Month;
  readonly statementOn: IsoDate;
  readonly confirmBy: IsoDate;
  readonly invoiceBy: IsoDate;
  readonly paymentOn: IsoDate;
  readonly rules: RuleId[];
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/**
 * The settlement calendar for a month of performance (PER-4): in the next
 * month, the statement on the 7th, the partner's confirmation by the 10th, the
 * invoice by the 15th and payment on the 25th (the cloud program's days). Each
 * date that falls on a non-business day moves to the next business day
 * (遇节假日顺延).
 *
 * @param policy - A policy with a settlement section, such as `cloudProgram`.
 * @param input.month - The month of performance, `YYYY-MM`.
 * @param input.calendar - A business calendar, or its plain input; default weekends only.
 * @throws {PolicyError} `INVALID_INPUT` naming `month` or `calendar`; `NOT_CONFIGURED` without a settlement section.
 *
 * @example
 * settlementCalendar(cloudProgram, { month: '2026-01' });
 * //=> { month: '2026-01', statementOn: '2026-02-09', confirmBy: '2026-02-10',
 * //     invoiceBy: '2026-02-16', paymentOn: '2026-02-25', rules: ['PER-4', 'PER-6'] }
 */
export function settlementCalendar(
  policy: Policy,
  input: { readonly month: Month; readonly calendar?: BusinessCalendar | BusinessCalendarInput },
): SettlementDates {
  const s = requireSection(usePolicy(policy), 'settlement', 'monthly settlement');
  if (typeof input !== 'object' || input === null) throw invalidInput([], 'must be an object { month, calendar? }');
  let rawMonth: unknown;
  let rawCalendar: unknown;
  try {
    ({ month: rawMonth, calendar: rawCalendar } = input);
  } catch (e) {
    throw invalidInput([], unreadable(e));
  }
  const { year, month } = checkMonth(rawMonth, ['month']);
  const calendar = toCalendar(rawCalendar, ['calendar']);
  const ny = month === 12 ? year + 1 : year;
  if (ny > 9999) throw invalidInput(['month'], 'settles after year 9999');
  const prefix = `${pad(ny, 4)}-${pad(month === 12 ? 1 : month + 1)}-`;
  const on = (day: number) => calendar.rollForward(`${prefix}${pad(day)}`);
  try {
    return {
      month: `${pad(year, 4)}-${pad(month)}`,
      statementOn: on(s.statementDay),
      confirmBy: on(s.confirmDay),
      invoiceBy: on(s.invoiceDay),
      paymentOn: on(s.paymentDay),
      rules: ['PER-4', 'PER-6'],
    };
  } catch (e) {
    // The month and calendar are checked: what is left is a date rolled past the last supported day.
    if (e instanceof PolicyError) throw invalidInput(['month'], 'has a settlement date with no business day before 9999-12-31');
    throw e;
  }
}

/**
 * The day a partner that did not answer a reminder is deemed to accept its
 * statement (PER-4): the third business day after the reminder's date.
 *
 * @param reminderOn - The day the reminder was sent.
 * @param calendar - A business calendar, or its plain input; default weekends only.
 * @param policy - The program whose acceptance period applies; default `cloudProgram`.
 * @throws {PolicyError} `INVALID_INPUT` for a bad date or calendar.
 *
 * @example
 * deemedAcceptedOn('2026-02-12'); //=> '2026-02-17' (Thursday + 3 business days)
 */
export function deemedAcceptedOn(
  reminderOn: IsoDate,
  calendar?: BusinessCalendar | BusinessCalendarInput,
  policy: Policy = cloudProgram,
): IsoDate {
  const s = requireSection(usePolicy(policy), 'settlement', 'monthly settlement');
  const day = checkDate(reminderOn, ['reminderOn']);
  const cal = toCalendar(calendar, ['calendar']);
  try {
    return cal.addBusinessDays(day, s.deemedAcceptanceBusinessDays);
  } catch (e) {
    // The date, calendar and day count are checked: what is left is a result past the last supported day.
    if (e instanceof PolicyError) {
      throw invalidInput(['reminderOn'], `is too late: ${s.deemedAcceptanceBusinessDays} business days after it fall after 9999-12-31`);
    }
    throw e;
  }
}
