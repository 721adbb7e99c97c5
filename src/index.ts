/**
 * channel-policy: the arithmetic of a channel-partner program.
 *
 * The root entry holds the policies, the error type and the shared types. Each
 * calculation lives in its own subpath (`channel-policy/tiers`,
 * `channel-policy/periods`, …) so an application loads only what it uses.
 * @module
 */
export { definePolicy, telecomProgram, cloudProgram } from './policy/index.js';
export type {
  Policy,
  PolicyOverrides,
  DeepPartial,
  Tier,
  PerTier,
  RateSpec,
  LineRule,
  TierPolicy,
  CommissionPolicy,
  DepositPolicy,
  ConflictPolicy,
  LeadPolicy,
  BidPolicy,
  ReviewPolicy,
  SettlementPolicy,
  PayoutPolicy,
} from './policy/index.js';
export { PolicyError, type PolicyErrorCode, type PolicyIssue } from './core/errors.js';
export { RULES, describeRule, type RuleId } from './core/rules.js';
export type { MoneyInput, Money, Rate } from './core/money.js';
export type { IsoDate, Instant } from './core/dates.js';
export type { Receipt, Refund, Statement } from './commission/types.js';
