/**
 * The list of spreadsheet functions with their parameters: what the
 * HyperFormula plugin registers, and what an Excel custom-functions manifest
 * is generated from.
 * @module
 */

/** What a parameter holds, which decides how a host converts it. */
export type SheetParameterKind =
  /** A number, e.g. a whole-number metric or a score. */
  | 'number'
  /** An amount of money. */
  | 'money'
  /** Text, e.g. a product line or an id. */
  | 'text'
  /** A date: a date serial, or text `YYYY-MM-DD`. */
  | 'date'
  /** A month: text `YYYY-MM`, or a date serial in the month. */
  | 'month'
  /** An instant: text with its UTC offset. */
  | 'instant'
  /** TRUE or FALSE. */
  | 'boolean'
  /** A range of dates. */
  | 'dates'
  /** A range of rows (a table without its header). */
  | 'table'
  /** `"telecom"` or `"cloud"`. */
  | 'program';

/** What a function returns. */
export type SheetResultKind = 'text' | 'number' | 'money' | 'rate' | 'date' | 'boolean' | 'text-or-boolean' | 'text-or-number';

/** One parameter of a spreadsheet function. */
export interface SheetParameter {
  readonly name: string;
  readonly kind: SheetParameterKind;
  readonly optional: boolean;
  readonly description: string;
  /** For a `table`: what each column holds, so a host can convert its date cells. */
  readonly columns?: readonly SheetParameterKind[];
}

/** One spreadsheet function. */
export interface SheetFunction {
  /** Its name in a formula, e.g. `CP_TIER`. */
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly SheetParameter[];
  readonly result: SheetResultKind;
}

const p = (name: string, kind: SheetParameterKind, description: string, optional = false): SheetParameter => ({
  name,
  kind,
  optional,
  description,
});
const table = (name: string, columns: SheetParameterKind[], description: string, optional = false): SheetParameter => ({
  ...p(name, 'table', description, optional),
  columns,
});
const program = (fallback: string) => p('program', 'program', `"telecom" or "cloud"; default "${fallback}".`, true);

/**
 * Every spreadsheet function of `channel-policy/sheets`, in the order of the guide.
 *
 * @example
 * SHEET_FUNCTIONS.length; //=> 14
 * SHEET_FUNCTIONS[0].name; //=> 'CP_TIER'
 */
export const SHEET_FUNCTIONS: readonly SheetFunction[] = Object.freeze([
  {
    name: 'CP_TIER',
    description: "The tier a quarter's metric earns: gold, silver or ordinary (TIER-1).",
    parameters: [p('metric', 'number', 'Closed customers in the quarter: a whole number ≥ 0.'), program('telecom')],
    result: 'text',
  },
  {
    name: 'CP_RATE',
    description: 'The commission rate of a product line on a date (COM-2 to COM-5).',
    parameters: [
      p('line', 'text', 'The product line, e.g. "port".'),
      p('tier', 'text', '"gold", "silver" or "ordinary"; empty means ordinary.', true),
      p('customerStartOn', 'date', "The customer's start date (telecom).", true),
      p('on', 'date', 'The date received, or the service date it pays for.'),
      p('volume', 'money', "A ladder line's paid amount in the period.", true),
      program('telecom'),
    ],
    result: 'rate',
  },
  {
    name: 'CP_COMMISSION',
    description: 'The commission on an amount received, rounded half-up to the cent (COM-1 to COM-6).',
    parameters: [
      p('amount', 'money', 'The cash received.'),
      p('line', 'text', 'The product line, e.g. "port".'),
      p('tier', 'text', '"gold", "silver" or "ordinary"; empty means ordinary.', true),
      p('customerStartOn', 'date', "The customer's start date (telecom).", true),
      p('on', 'date', 'The date received.'),
      p('cost', 'money', 'The floor-price cost, margin lines only.', true),
      program('telecom'),
    ],
    result: 'money',
  },
  {
    name: 'CP_STATEMENT',
    description: "A partner's commission statement over a range of receipts, as one figure (COM-1 to COM-8).",
    parameters: [
      table(
        'receipts',
        ['text', 'text', 'text', 'money', 'date', 'date', 'date', 'money'],
        'Rows: receipt id, customer id, line, amount, received on, customer start, covers from, cost.',
      ),
      p('from', 'date', 'The first day of the period.'),
      p('to', 'date', 'The last day of the period.'),
      table('tiers', ['text', 'date'], 'The tier throughout, or rows: tier, from; empty means ordinary.', true),
      table('refunds', ['text', 'text', 'money', 'date'], 'Rows: refund id, receipt id, amount, refunded on.', true),
      p('carriedIn', 'money', 'A balance the partner owed from before.', true),
      p('part', 'text', '"payable" (default), "commission", "base", "clawback", "carried-in" or "warnings".', true),
      program('telecom'),
    ],
    result: 'text-or-number',
  },
  {
    name: 'CP_DEPOSIT',
    description: "The deposit a partner's tier requires (DEP-1).",
    parameters: [p('tier', 'text', '"gold", "silver" or "ordinary".'), program('telecom')],
    result: 'money',
  },
  {
    name: 'CP_REQUIRED_DEPOSIT_WHOLESALE',
    description: "A voice-wholesale agent's required deposit (DEP-5).",
    parameters: [p('monthlyTraffic', 'money', 'The reference monthly traffic amount.'), program('telecom')],
    result: 'money',
  },
  {
    name: 'CP_WHOLESALE_STATUS',
    description: "Whether a voice-wholesale agent's service runs: active or suspended (DEP-5).",
    parameters: [
      p('balance', 'money', 'The deposit balance.'),
      p('unsettledTraffic', 'money', 'Traffic not yet settled.'),
      p('monthlyTraffic', 'money', 'The reference monthly traffic amount.'),
      p('wasSuspended', 'boolean', 'TRUE when service is suspended now.', true),
      program('telecom'),
    ],
    result: 'text',
  },
  {
    name: 'CP_BID_SCORE',
    description: "A bid's composite score from its four category scores (BID-2, BID-3).",
    parameters: [
      p('market', 'number', 'Market expansion and service capability, 0–100.'),
      p('team', 'number', 'Team, 0–100.'),
      p('operations', 'number', 'Company operations, 0–100.'),
      p('plan', 'number', 'Project plan and implementation, 0–100.'),
      program('cloud'),
    ],
    result: 'number',
  },
  {
    name: 'CP_REVIEW_PERIOD',
    description: 'The half-year review covering a date: its review day, or the first or last day it covers (PER-1).',
    parameters: [
      p('date', 'date', 'Any date in the period.'),
      p('part', 'text', '"review" (default), "from" or "to".', true),
      program('cloud'),
    ],
    result: 'date',
  },
  {
    name: 'CP_QUARTER',
    description: 'The calendar quarter of a date, YYYY-Qn (PER-3).',
    parameters: [p('date', 'date', 'A date.')],
    result: 'text',
  },
  {
    name: 'CP_TRIAL_END',
    description: "The last day of a new service center's trial (PER-2).",
    parameters: [p('joinedOn', 'date', 'The day the center joined.'), program('cloud')],
    result: 'date',
  },
  {
    name: 'CP_SETTLEMENT',
    description: "A date of a month's settlement: statement, confirm, invoice or payment (PER-4).",
    parameters: [
      p('month', 'month', 'The month of performance: YYYY-MM, or a date in it.'),
      p('step', 'text', '"statement", "confirm", "invoice" or "payment".'),
      p('holidays', 'dates', 'Holiday dates.', true),
      p('workdays', 'dates', 'Make-up working days on weekends.', true),
      program('cloud'),
    ],
    result: 'date',
  },
  {
    name: 'CP_DEEMED_ACCEPTED',
    description: 'The day a partner that did not answer a reminder is deemed to accept (PER-4).',
    parameters: [
      p('reminderOn', 'date', 'The day the reminder was sent.'),
      p('holidays', 'dates', 'Holiday dates.', true),
      p('workdays', 'dates', 'Make-up working days on weekends.', true),
      program('cloud'),
    ],
    result: 'date',
  },
  {
    name: 'CP_OWNER',
    description: 'Who owns a customer claimed by several registrations, as of an instant (REG-1 to REG-5).',
    parameters: [
      p('customerId', 'text', 'The customer.'),
      table(
        'registrations',
        ['text', 'text', 'text', 'text', 'instant'],
        'Rows: registration id, customer id, partner/direct, party id, registered at.',
      ),
      p('asOf', 'instant', 'The instant asked at, with its UTC offset.'),
      table('progress', ['text', 'number', 'instant'], 'Rows: registration id, stage 1–5, at.', true),
      table('takeovers', ['text', 'instant'], 'Rows: registration id taking over, at.', true),
      p('part', 'text', '"owner" (default), "registration", "status", "challenger", "protected-until" or "key-support".', true),
      program('telecom'),
    ],
    result: 'text-or-boolean',
  },
]);
