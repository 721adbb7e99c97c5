/**
 * The rule registry: every rule id of the policy book with its one-line text.
 * Results cite these ids (`rules: [...]`) so a user can ask "why this number".
 * @module
 */

/** A rule id of the policy book, such as `"COM-4"`. */
export type RuleId = string;

/**
 * Every rule of the policy book, by id, with a one-line summary.
 *
 * @example
 * RULES['TIER-1'];
 * //=> "A quarter's tier is the highest tier whose inclusive threshold the previous quarter's metric meets."
 * Object.keys(RULES).length; //=> 44
 */
export const RULES: Readonly<Record<RuleId, string>> = Object.freeze({
  'CONV-1': 'Money is exact decimal; cash amounts are non-negative and at most the currency scale.',
  'CONV-2': 'Rounding is half-up to the currency scale, once per result line; totals are sums of rounded lines.',
  'CONV-3': 'Dates are real ISO YYYY-MM-DD dates; instants carry an offset; no result depends on the time zone.',
  'CONV-4': 'Side-effect free: no I/O, no clock reads, no global configuration changed, no input mutated.',
  'CONV-5': 'Bad input raises one error type with a stable code and the path of every offending field.',
  'TIER-1': "A quarter's tier is the highest tier whose inclusive threshold the previous quarter's metric meets.",
  'TIER-2': 'Tiers are reviewed each calendar quarter and take effect for the whole next quarter.',
  'TIER-3': 'The tier metric is a whole number ≥ 0 (closed customers per quarter by default).',
  'TIER-4': 'A partner with no tier history, or before its first entry, is ordinary.',
  'COM-1': 'Commission is computed only on cash actually received.',
  'COM-2': 'Telecom lines: port at the tier rate, conference 10%, margin = amount − floor cost (never below 0).',
  'COM-3': 'Cloud lines earn 20% of the amount paid, or a volume ladder (marginal or whole).',
  'COM-4': 'Telecom commission runs two calendar years from the customer start: year 1 tier rate, year 2 10%.',
  'COM-5': 'A receipt earns at the tier in effect on the date that decides its commission year.',
  'COM-6': 'Commission is rounded once per bucket of one product line at one rate.',
  'COM-7': 'A refund claws back the refunded amount × the rate the original receipt earned.',
  'COM-8': 'Payable = commission − clawbacks − carried-in balance; a negative payable is owed by the partner.',
  'COM-9': 'Telecom conference commission is monthly and port quarterly; cloud is monthly.',
  'COM-10': 'Statements over any split of the receipts merge into the statement of the whole.',
  'DEP-1': 'Required deposit by tier: gold 90,000, silver 40,000, ordinary 5,000.',
  'DEP-2': 'The deposit ledger balance is never negative.',
  'DEP-3': 'Overdue clawbacks and arrears are deducted in due-date order; service-quality arrears never are.',
  'DEP-4': 'Shortfall = required − balance and excess = balance − required, when positive.',
  'DEP-5': 'Wholesale deposit = max(100,000, monthly traffic × multiple); suspend when traffic ≥ balance.',
  'DEP-6': 'The cloud program configures no deposit; asking for one is an error.',
  'REG-1': 'The earliest registration known at the as-of instant owns the customer.',
  'REG-2': 'Simultaneous registrations: a partner beats direct sales; other ties go to people.',
  'REG-3': 'After 28 days without a stage advance by the owner, the next registrant may take over.',
  'REG-4': 'Once the owner reaches stage 5 (signed), ownership is final.',
  'REG-5': 'Stage 3 and above marks the project for key support.',
  'LEAD-1': 'A sign-up with no consumption in its first 7 days becomes a lead on day 8.',
  'LEAD-2': 'Leads in telesales regions go to telesales; others to the confirmed regional center, else online operations.',
  'LEAD-3': 'A transferred lead without qualifying consumption in 60 days flows back to online operations.',
  'BID-1': 'A bidder must pass every pre-qualification condition to be ranked.',
  'BID-2': 'Category weights: market 30, team 20, operations 10, plan 40; custom weights sum to 100.',
  'BID-3': "A category score is the judges' mean (or trimmed mean); composite = Σ weight × score / 100.",
  'BID-4': 'One ranking: composite, then category scores by weight, then government resources; equals share a rank.',
  'BID-5': 'One service center per region: the top-ranked eligible bidder, or undecided on a shared first rank.',
  'PER-1': 'Half-year reviews on 10 April and 10 October; April also covers the previous 12 months.',
  'PER-2': 'The trial ends 3 calendar months after joining, clamped to the month end.',
  'PER-3': 'Telecom tier reviews follow calendar quarters.',
  'PER-4': 'Cloud monthly settlement: statement 7th, confirm 10th, invoice 15th, payment 25th, rolled to business days.',
  'PER-5': 'Telecom payout workflow: statistics 3, confirmation 2, approval 1, finance 2, invoice 5, write-off 1 business days.',
  'PER-6': 'Business days exclude weekends and holidays and include make-up workdays.',
});

/**
 * The one-line text of a rule, or `undefined` for an unknown id (or one that is not a string).
 *
 * @example
 * describeRule('DEP-3');
 * //=> 'Overdue clawbacks and arrears are deducted in due-date order; service-quality arrears never are.'
 * describeRule('DEP-9'); //=> undefined
 */
export function describeRule(id: RuleId): string | undefined {
  // Only a string is looked up: any other id would be converted to a key, running its toString or proxy traps.
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(RULES, id) ? RULES[id] : undefined;
}
