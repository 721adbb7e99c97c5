import * as z from 'zod/mini';
import type { IsoDate } from '../core/dates.js';
import { invalidInput } from '../core/errors.js';
import { parseFigure, type MoneyInput, type Rate } from '../core/money.js';
import type { RuleId } from '../core/rules.js';
import { figure } from '../core/figure.js';
import { isoDate, parseWith } from '../core/validate.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy, Tier } from '../policy/types.js';
import type { CommissionYear } from './types.js';
import { ladderSlices } from './assemble.js';
import { Router } from './compile.js';
import { normalRate, slowMinor } from './minor.js';
import { dateKey } from './receipt.js';
import { RULE_BIT, rulesOfBits } from './rules.js';

/** The rate a receipt earns, and why. */
export interface CommissionRate {
  readonly rate: Rate;
  /** The commission year of the window; `null` with no window, or past it (COM-4). */
  readonly year: CommissionYear | null;
  readonly rules: RuleId[];
}

/** The input of {@link commissionRate}. */
export interface CommissionRateInput {
  readonly line: string;
  /** The partner's tier on `on`; default ordinary (TIER-4). */
  readonly tier?: Tier;
  /** The customer's start date; required where the policy has a window (COM-4). */
  readonly customerStartOn?: IsoDate;
  /** The deciding date: the service date paid for, else the date received (COM-4). */
  readonly on: IsoDate;
  /** Ladder lines: the period's paid volume of the line (COM-3). */
  readonly volume?: MoneyInput;
}

const DISPLAY_ONLY = RULE_BIT['COM-1'] | RULE_BIT['COM-6'];

/**
 * The commission rate of one product line on a date (COM-2 to COM-5).
 *
 * Telecom: port at the tier rate in commission year 1 and 10% in year 2,
 * conference 10%, margin lines rate 1 on their margin; from the customer's
 * second anniversary on, 0 on every line. Anniversaries are calendar years (a
 * 29 February start turns over on 28 February in a common year); a date
 * before the start counts in year 1. Cloud: the rate of the ladder bracket
 * that `volume` falls in (bracket [from, to)); in a marginal ladder that is
 * the rate of the next unit, not the average.
 *
 * @param policy - A policy, such as `telecomProgram` or `cloudProgram`.
 * @param input.line - The product line, e.g. `"port"`.
 * @param input.tier - The partner's tier on `on` (default ordinary).
 * @param input.customerStartOn - The customer's start; required with a window.
 * @param input.on - The deciding date.
 * @param input.volume - The period's volume of a ladder line; required for a ladder of more than one bracket.
 * @returns The rate, the commission year and the rules applied.
 * @throws {PolicyError} `INVALID_INPUT` naming the bad field, an unknown line,
 *   or a missing `customerStartOn` or `volume`.
 *
 * @example
 * commissionRate(telecomProgram, { line: 'port', tier: 'gold', customerStartOn: '2024-02-29', on: '2025-02-27' });
 * //=> { rate: '0.4', year: 1, rules: ['TIER-2', 'COM-2', 'COM-4', 'COM-5'] }
 * commissionRate(telecomProgram, { line: 'port', tier: 'gold', customerStartOn: '2024-02-29', on: '2025-02-28' });
 * //=> { rate: '0.1', year: 2, rules: ['COM-2', 'COM-4'] }
 * commissionRate(cloudProgram, { line: 'ecs', on: '2026-01-15' });
 * //=> { rate: '0.2', year: null, rules: ['COM-3'] }
 */
export function commissionRate(policy: Policy, input: CommissionRateInput): CommissionRate {
  const p = usePolicy(policy);
  const section = requireSection(p, 'commission', 'commission');
  const scale = p.currency.scale;
  const schema = z.strictObject({
    line: z.string().check(z.minLength(1)),
    tier: z.optional(z.enum(['gold', 'silver', 'ordinary'])),
    customerStartOn: z.optional(isoDate),
    on: isoDate,
    volume: z.optional(figure('cash', scale)),
  });
  const { line: name, tier, customerStartOn, on, volume } = parseWith(schema, input);
  const router = new Router(section);
  const line = router.line(name);
  if (line === null) throw invalidInput(['line'], `is not a product line of the ${p.program} program, got ${JSON.stringify(name)}`);
  let yi = 0;
  if (router.windowYears !== null) {
    if (customerStartOn === undefined) {
      throw invalidInput(['customerStartOn'], `is required: the ${p.program} program's commission runs ${router.windowYears} years from the customer's start (COM-4)`);
    }
    yi = router.yearIndex(dateKey(customerStartOn), dateKey(on));
  }
  if (yi >= line.years.length) return { rate: '0', year: null, rules: ['COM-4'] };
  const yr = line.years[yi]!;
  const route = yr[tier ?? 'ordinary'];
  const bits = route.rules & ~DISPLAY_ONLY;
  const rules = rulesOfBits(yr.tiered && tier === undefined ? bits | RULE_BIT['TIER-4'] : bits);
  const ladder = route.acc.ladder;
  if (ladder === null) return { rate: route.acc.rate, year: route.year, rules };
  if (volume === undefined && ladder.brackets.length > 1) {
    throw invalidInput(['volume'], `is required: the ${name} line has a volume ladder of ${ladder.brackets.length} brackets (COM-3)`);
  }
  const minor = volume === undefined ? 0n : (slowMinor(parseFigure(volume, ['volume'], 'cash', scale), scale) as bigint);
  const brackets = ladder.brackets.map((b) => ({ from: normalRate(b.from), to: b.to === null ? null : normalRate(b.to), rate: normalRate(b.rate) }));
  const [reached] = ladderSlices({ mode: 'whole', brackets, volume: minor }, scale);
  return { rate: reached!.rate, year: route.year, rules };
}
