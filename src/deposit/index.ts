/**
 * Deposits of the telecom program (DEP-1 to DEP-6): the required deposit by
 * tier or for a voice-wholesale agent, deductions of overdue claims,
 * shortfall and excess, wholesale suspension, and the deposit ledger.
 *
 * @example
 * import { requiredDeposit, settleDeposit, wholesaleStatus, depositLedger } from 'channel-policy/deposit';
 * @module
 */
export { requiredDeposit, type RequiredDeposit, type RequiredDepositInput } from './required.js';
export {
  settleDeposit,
  type DepositClaim,
  type DepositDeduction,
  type DepositSettlement,
  type SettleDepositInput,
  type SkippedClaim,
} from './settle.js';
export { wholesaleStatus, type WholesaleStatus, type WholesaleStatusInput } from './wholesale.js';
export { depositLedger, type DepositEntry, type DepositEntryKind, type DepositLedger, type DepositLedgerLine } from './ledger.js';
export type { Money, MoneyInput } from '../core/money.js';
export type { IsoDate } from '../core/dates.js';
export type { Tier } from '../policy/types.js';
