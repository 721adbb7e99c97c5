/**
 * Periods and calendars (PER-1 to PER-6): business days, half-year reviews,
 * trials, monthly settlement, the payout workflow and quarters.
 * @module
 */
export { businessCalendar, type BusinessCalendar, type BusinessCalendarInput } from './calendar.js';
export { halfYearReviews, trialEndsOn, type HalfYearReview } from './reviews.js';
export { settlementCalendar, deemedAcceptedOn, type SettlementDates } from './settlement.js';
export { payoutTimeline, type PayoutStep, type PayoutTimeline } from './payout.js';
export { quarterOf, quarterRange, addQuarters, monthRange } from './quarters.js';
export type { IsoDate } from '../core/dates.js';
export type { Month, Quarter } from '../core/quarters.js';
