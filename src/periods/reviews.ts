import { addMonths, checkDate, type IsoDate } from '../core/dates.js';
import { invalidInput, showValue } from '../core/errors.js';
import type { RuleId } from '../core/rules.js';
import { cloudProgram } from '../policy/presets.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';

/** A half-year review and the period it covers (PER-1). */
export interface HalfYearReview {
  /** The day the review is held. */
  readonly reviewOn: IsoDate;
  /** The half year reviewed, inclusive. */
  readonly covers: { readonly from: IsoDate; readonly to: IsoDate };
  /** The April review also covers the previous 12 months. */
  readonly annual?: { readonly from: IsoDate; readonly to: IsoDate };
  readonly rules: RuleId[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The two half-year reviews held in `year` (PER-1): on 10 April, covering
 * 1 October of the previous year to 31 March, and the previous 12 months; and
 * on 10 October, covering 1 April to 30 September. Consecutive reviews tile
 * the calendar without gaps or overlaps.
 *
 * @param year - A whole year from 2 to 9999.
 * @param policy - The program whose review day applies; default `cloudProgram`.
 * @throws {PolicyError} `INVALID_INPUT` for a bad year; `NOT_CONFIGURED` for a program without reviews.
 *
 * @example
 * halfYearReviews(2026);
 * //=> [{ reviewOn: '2026-04-10', covers: { from: '2025-10-01', to: '2026-03-31' },
 * //      annual: { from: '2025-04-01', to: '2026-03-31' }, rules: ['PER-1'] },
 * //    { reviewOn: '2026-10-10', covers: { from: '2026-04-01', to: '2026-09-30' }, rules: ['PER-1'] }]
 */
export function halfYearReviews(year: number, policy: Policy = cloudProgram): HalfYearReview[] {
  const { halfYearReviewDay } = requireSection(usePolicy(policy), 'reviews', 'half-year reviews');
  if (!Number.isInteger(year) || year < 2 || year > 9999) {
    throw invalidInput(['year'], `must be a whole year from 2 to 9999, got ${showValue(year)}`);
  }
  const y = String(year).padStart(4, '0');
  const prev = String(year - 1).padStart(4, '0');
  return [
    {
      reviewOn: `${y}-04-${pad(halfYearReviewDay)}`,
      covers: { from: `${prev}-10-01`, to: `${y}-03-31` },
      annual: { from: `${prev}-04-01`, to: `${y}-03-31` },
      rules: ['PER-1'],
    },
    {
      reviewOn: `${y}-10-${pad(halfYearReviewDay)}`,
      covers: { from: `${y}-04-01`, to: `${y}-09-30` },
      rules: ['PER-1'],
    },
  ];
}

/**
 * The last day of a new service center's trial (PER-2): the date 3 calendar
 * months after joining, clamped to the end of a shorter month.
 *
 * @param joinedOn - The day the center joined.
 * @param policy - The program whose trial length applies; default `cloudProgram`.
 * @throws {PolicyError} `INVALID_INPUT` for a bad date; `NOT_CONFIGURED` for a program without reviews.
 *
 * @example
 * trialEndsOn('2026-01-15'); //=> '2026-04-15'
 * trialEndsOn('2026-11-30'); //=> '2027-02-28'
 */
export function trialEndsOn(joinedOn: IsoDate, policy: Policy = cloudProgram): IsoDate {
  const { trialMonths } = requireSection(usePolicy(policy), 'reviews', 'trial period');
  return addMonths(checkDate(joinedOn, ['joinedOn']), trialMonths);
}
