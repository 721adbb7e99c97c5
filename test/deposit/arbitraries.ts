// The deposit arbitraries live in the public testing kit; the tests use them from there.
export {
  tierArb,
  centsArb,
  moneyInputOfCents as moneyInputOf,
  dateAt,
  claimArb as claim,
  claimsArb as claims,
  settleDepositInputArb as settleInput,
  wholesaleStatusInputArb as wholesaleInput,
  depositEntryArb as ledgerEntry,
} from '../../src/testing/index.js';
import { tierArb } from '../../src/testing/index.js';

/** A partner tier. */
export const tier = tierArb();
