/**
 * fast-check arbitraries and fixture builders for every input type, for
 * downstream apps' own property tests. Every generated value is valid by
 * construction; options skew the distribution.
 *
 * `fast-check` is a peer dependency: install it alongside (`npm i -D fast-check`).
 *
 * @example
 * import fc from 'fast-check';
 * import { tierHistoryArb, isoDateArb } from 'channel-policy/testing';
 * import { tierOn } from 'channel-policy/tiers';
 *
 * fc.assert(fc.property(tierHistoryArb(), isoDateArb(), (history, on) => {
 *   tierOn(history, on); // never throws on generated input
 * }));
 * @module
 */
export { isoDateArb, instantArb, moneyArb, tierArb, tierHistoryArb } from './core.js';
export type { DateRange, MoneyOptions, TierHistoryOptions } from './core.js';
export { calendarInputArb, type CalendarOptions } from './calendar.js';
export { policyArb, type PolicyArbOptions } from './policy.js';
export { centsArb, moneyInputOfCents, dateAt, claimArb, claimsArb, settleDepositInputArb, wholesaleStatusInputArb, depositEntryArb } from './deposit.js';
export { TELESALES_REGIONS, OTHER_REGIONS, LEAD_LINES, leadRegionArb, centersArb, leadArb, leadScenarioArb, type LeadArbOptions } from './leads.js';
export { BID_REGIONS, judgeScoreArb, qualificationArb, judgeSheetsArb, bidsArb, type BidArbOptions } from './bids.js';
export { aClaim, aLead, aQualification, aScoreSheet, aBid, aReceipt, aRefund, aRegistration } from './fixtures.js';
export { receiptArb, receiptsArb, refundsArb, statementInputArb, type ReceiptArbOptions, type RefundArbOptions } from './commission.js';
export { offsetMinutesArb, partyArb, progressArb, registrationArb, ownershipInputArb, type ConflictArbOptions } from './conflict.js';
