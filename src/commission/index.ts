/**
 * Commission (COM-1 to COM-10): rates, statements over streamed receipts,
 * clawbacks, merging partial statements, explaining a statement receipt by
 * receipt, and prior-period adjustments.
 *
 * @example
 * import { commissionStatement, mergeStatements } from 'channel-policy/commission';
 * @module
 */
export { commissionRate, type CommissionRate, type CommissionRateInput } from './rate.js';
export { commissionStatement } from './statement.js';
export { mergeStatements } from './merge.js';
export { explainStatement, type ExplainedReceipt, type ExplainedStatement } from './explain.js';
export { diffStatements, type StatementAdjustment } from './diff.js';
export type { StatementInput } from './statement-input.js';
export type {
  Receipt,
  Refund,
  Statement,
  CommissionStatement,
  StatementLine,
  ClawbackLine,
  LadderVolume,
  StatementWarning,
  BucketKind,
  CommissionYear,
} from './types.js';
export type { TierHistory } from '../core/tier-history.js';
export type { Tier } from '../policy/types.js';
export type { IsoDate } from '../core/dates.js';
export type { Money, MoneyInput, Rate } from '../core/money.js';
export type { RuleId } from '../core/rules.js';
