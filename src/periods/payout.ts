import { addDays, checkDate, type IsoDate } from '../core/dates.js';
import { invalidInput, PolicyError, unreadable } from '../core/errors.js';
import type { RuleId } from '../core/rules.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { toCalendar, type BusinessCalendar, type BusinessCalendarInput } from './calendar.js';

/** One step of the payout workflow with its dates. */
export interface PayoutStep {
  readonly step: string;
  /** Its duration, in business or calendar days as the policy says. */
  readonly days: number;
  /** The day the step starts: the previous step's due date, or the workflow's start. */
  readonly startsOn: IsoDate;
  /** The day it is due: `days` business (or calendar) days after it starts. */
  readonly dueOn: IsoDate;
  readonly rules: RuleId[];
}

/** The payout workflow's timeline (PER-5). */
export interface PayoutTimeline {
  readonly steps: PayoutStep[];
  /** The due date of the last step. */
  readonly completesOn: IsoDate;
  readonly rules: RuleId[];
}

/**
 * The telecom payout workflow's timeline (PER-5): statistics 3 days, partner
 * confirmation 2, approvals 1, finance review 2, invoice return 5 and
 * write-off 1, each starting when the previous one is due, counted in business
 * days by default.
 *
 * @param policy - A policy with a payout section, such as `telecomProgram`.
 * @param input.startOn - The day the workflow starts (the day after the period closes, say).
 * @param input.calendar - A business calendar, or its plain input; default weekends only.
 * @throws {PolicyError} `INVALID_INPUT` naming `startOn` or `calendar`; `NOT_CONFIGURED` without a payout section.
 *
 * @example
 * payoutTimeline(telecomProgram, { startOn: '2026-04-01' }).completesOn; //=> '2026-04-21' (14 business days)
 */
export function payoutTimeline(
  policy: Policy,
  input: { readonly startOn: IsoDate; readonly calendar?: BusinessCalendar | BusinessCalendarInput },
): PayoutTimeline {
  const payout = requireSection(usePolicy(policy), 'payout', 'payout workflow');
  if (typeof input !== 'object' || input === null) throw invalidInput([], 'must be an object { startOn, calendar? }');
  let startOn: unknown;
  let rawCalendar: unknown;
  try {
    ({ startOn, calendar: rawCalendar } = input);
  } catch (e) {
    throw invalidInput([], unreadable(e));
  }
  let at = checkDate(startOn, ['startOn']);
  const calendar = toCalendar(rawCalendar, ['calendar']);
  const steps = payout.steps.map(({ step, days }) => {
    const startsOn = at;
    try {
      at = payout.dayKind === 'business' ? calendar.addBusinessDays(startsOn, days) : addDays(startsOn, days);
    } catch (e) {
      // The start, calendar and step lengths are checked: what is left is a due date past the last supported day.
      if (e instanceof PolicyError) throw invalidInput(['startOn'], `is too late: the payout workflow would end after 9999-12-31`);
      throw e;
    }
    return { step, days, startsOn, dueOn: at, rules: ['PER-5', ...(payout.dayKind === 'business' ? ['PER-6'] : [])] };
  });
  return { steps, completesOn: at, rules: ['PER-5'] };
}
