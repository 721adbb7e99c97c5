/**
 * Registration conflicts of the telecom program (REG-1 to REG-5): who owns a
 * customer claimed by several partners or by direct sales, when it is open
 * for takeover, and why.
 *
 * @example
 * import { resolveOwnership } from 'channel-policy/conflict';
 * @module
 */
export { resolveOwnership } from './resolve-ownership.js';
export type {
  Ownership,
  OwnershipEvent,
  OwnershipEventKind,
  OwnershipInput,
  OwnershipStatus,
  Party,
  Progress,
  Registration,
  Rejection,
  RejectionReason,
  Stage,
  Takeover,
} from './types.js';
export type { Instant } from '../core/dates.js';
