/**
 * The two programs of the policy book as validated, frozen presets.
 * @module
 */
import type { Policy } from './types.js';
import { sealPolicy } from './seal.js';

/**
 * The telecom operator's channel program: tiers, two-year commission window,
 * deposits, registration conflicts and the payout workflow.
 *
 * @example
 * telecomProgram.tiers?.thresholds; //=> { silver: 5, gold: 10 }
 * telecomProgram.deposit?.byTier.gold; //=> "90000"
 */
export const telecomProgram: Policy = sealPolicy(
  {
    program: 'telecom',
    currency: { code: 'CNY', scale: 2 },
    // TIER-1: gold ≥ 10, silver ≥ 5 closed customers a quarter (source: "10–15", "5–10").
    tiers: { metric: 'closed-customers', thresholds: { silver: 5, gold: 10 } },
    commission: {
      window: { years: 2 }, // COM-4
      lines: {
        // COM-2, COM-4: year 1 at the tier rate, year 2 at 10%.
        port: { kind: 'rate', rates: [{ gold: '0.4', silver: '0.3', ordinary: '0.2' }, '0.1'] },
        conference: { kind: 'rate', rates: ['0.1', '0.1'] },
        margin: { kind: 'margin' },
      },
      otherLines: null,
    },
    deposit: {
      byTier: { gold: '90000', silver: '40000', ordinary: '5000' }, // DEP-1
      wholesale: { minimum: '100000', trafficMultiple: '1' }, // DEP-5
    },
    conflict: { simultaneityWindowSeconds: 0, protectionDays: 28, lockStage: 5, keySupportStage: 3 },
    leads: null,
    bids: null,
    reviews: null,
    settlement: null,
    payout: {
      dayKind: 'business', // PER-5
      steps: [
        { step: 'statistics', days: 3 },
        { step: 'partner-confirmation', days: 2 },
        { step: 'approval', days: 1 },
        { step: 'finance-review', days: 2 },
        { step: 'invoice-return', days: 5 },
        { step: 'write-off', days: 1 },
      ],
    },
  },
);

/**
 * The cloud provider's service-center program: 20% monthly rebates, lead
 * routing, bid scoring, half-year reviews and monthly settlement. It configures
 * no tiers and no deposit (DEP-6).
 *
 * @example
 * cloudProgram.bids?.weights; //=> { market: 30, team: 20, operations: 10, plan: 40 }
 */
export const cloudProgram: Policy = sealPolicy(
  {
    program: 'cloud',
    currency: { code: 'CNY', scale: 2 },
    tiers: null,
    commission: {
      window: null, // COM-4: the cloud source names no window.
      lines: {},
      // COM-3: every line earns 20%, as a single-bracket ladder a program can extend.
      otherLines: { kind: 'ladder', mode: 'marginal', brackets: [{ from: '0', to: null, rate: '0.2' }] },
    },
    deposit: null, // DEP-6
    conflict: null,
    leads: {
      transferAfterDays: 7, // LEAD-1
      // LEAD-2: the source lists Hangzhou once and Zhejiang twice; the preset uses the province.
      telesalesRegions: ['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Zhejiang'],
      flowBackDays: 60, // LEAD-3
      qualifyingLines: null,
    },
    bids: {
      weights: { market: 30, team: 20, operations: 10, plan: 40 }, // BID-2
      minCertifiedStaff: 3, // BID-1
      trimmedMinJudges: 3, // BID-3
      compositeScale: 2,
    },
    reviews: { halfYearReviewDay: 10, trialMonths: 3 }, // PER-1, PER-2
    settlement: {
      statementDay: 7,
      confirmDay: 10,
      invoiceDay: 15,
      paymentDay: 25,
      deemedAcceptanceBusinessDays: 3,
    }, // PER-4
    payout: null,
  },
);
