/**
 * The shapes of registration conflicts (REG-1 to REG-5).
 * @module
 */
import type { Instant } from '../core/dates.js';
import type { RuleId } from '../core/rules.js';

/** A pipeline stage: 1 interest (有兴趣), 2 meeting (面谈), 3 solution (作解决方案), 4 trial (试用), 5 signed (签约). */
export type Stage = 1 | 2 | 3 | 4 | 5;

/**
 * Who registers: a partner (渠道) or a key-account salesperson of the direct
 * sales team (大客户部). Two registrations with the same kind and id are the
 * same party.
 */
export interface Party {
  readonly kind: 'partner' | 'direct';
  readonly id: string;
}

/** A stage reached, and when. */
export interface Progress {
  readonly stage: Stage;
  readonly at: Instant;
}

/** A claim on a customer by a party (报备), with its pipeline progress. */
export interface Registration {
  /** Unique across the whole input. */
  readonly id: string;
  readonly customerId: string;
  readonly party: Party;
  readonly registeredAt: Instant;
  /** Stages reached, in any order; never before `registeredAt`, never going back (REG-1). */
  readonly progress?: Iterable<Progress>;
}

/** A takeover agreed by the channel and direct-sales departments (REG-3), recorded for a registration. */
export interface Takeover {
  readonly customerId: string;
  /** The registration that takes the customer over. */
  readonly registrationId: string;
  readonly at: Instant;
}

/** The input of `resolveOwnership`. */
export interface OwnershipInput {
  /** Any order. Registrations after `asOf` are not yet known (REG-1) but are still validated. */
  readonly registrations: Iterable<Registration>;
  /** Any order. Takeovers after `asOf` are not yet known. */
  readonly takeovers?: Iterable<Takeover>;
  readonly asOf: Instant;
}

/**
 * - `owned`: the owner holds the customer (protected, or lapsed with nobody in line).
 * - `takeover-open`: the owner's protection has lapsed and `challenger` may take over (REG-3).
 * - `tied`: simultaneous registrations of several parties; people decide (REG-2).
 * - `locked`: the owner signed; ownership is final (REG-4).
 */
export type OwnershipStatus = 'owned' | 'takeover-open' | 'tied' | 'locked';

/**
 * Why a registration or a takeover was refused.
 * - `registered-after-signing`: the registration was made at or after the owner's signing instant (REG-4).
 * - `customer-locked`: the takeover came at or after the owner's signing (REG-4).
 * - `not-a-candidate`: the customer is tied and the takeover names none of the tied registrations (REG-2).
 * - `already-owner`: the takeover names the registration that owns the customer (REG-3).
 * - `protection-running`: the takeover was recorded before the owner's protection lapsed (REG-3).
 * - `not-the-challenger`: protection had lapsed, but the takeover names someone other than the challenger (REG-3).
 */
export type RejectionReason =
  | 'registered-after-signing'
  | 'customer-locked'
  | 'not-a-candidate'
  | 'already-owner'
  | 'protection-running'
  | 'not-the-challenger';

/** A refused registration (REG-4) or takeover (REG-2, REG-3, REG-4). */
export interface Rejection {
  readonly registrationId: string;
  readonly kind: 'registration' | 'takeover';
  /** When the refused registration or takeover was made (UTC). */
  readonly at: Instant;
  readonly reason: RejectionReason;
  /** Shared and frozen: the same list for every rejection of this kind. */
  readonly rules: readonly RuleId[];
}

/**
 * The decisions about a customer, in time order (a registration that only
 * joins the line is not one: it is in the input):
 * - `owns`: the first registration (or the winner of a simultaneous group) owns the customer, protected from its registration (REG-1, REG-2);
 * - `tied`: one of the earliest registrations, simultaneous and of several parties, so none owns the customer (REG-1, REG-2);
 * - `advanced`: the owner reached a higher stage, renewing its protection for 28 days from then (REG-3);
 * - `key-support`: the owner's project reached the key-support stage (REG-5);
 * - `locked`: the owner signed; ownership is final (REG-4);
 * - `protection-lapsed`: the owner's protection ran out (REG-3);
 * - `took-over`: a takeover moved ownership, with a fresh protection from then (REG-3);
 * - `takeover-rejected`, `registration-rejected`: refused, with the reason (REG-2, REG-3, REG-4).
 */
export type OwnershipEventKind =
  | 'owns'
  | 'tied'
  | 'advanced'
  | 'key-support'
  | 'locked'
  | 'protection-lapsed'
  | 'took-over'
  | 'takeover-rejected'
  | 'registration-rejected';

/** One decision in a customer's timeline. */
export interface OwnershipEvent {
  /** UTC, as `Date.prototype.toISOString` writes it. */
  readonly at: Instant;
  readonly event: OwnershipEventKind;
  readonly registrationId?: string;
  /** The stage reached (`advanced`, `key-support`, `locked`). */
  readonly stage?: Stage;
  readonly reason?: RejectionReason;
  /** Shared and frozen: the same list for every event of this kind. */
  readonly rules: readonly RuleId[];
}

/** Who owns one customer as of the given instant, and why. */
export interface Ownership {
  readonly customerId: string;
  readonly status: OwnershipStatus;
  /** The owning registration's id; `null` when tied. */
  readonly owner: string | null;
  /** The tied registrations, one per party, in registration order (REG-2); empty unless tied. */
  readonly candidates: string[];
  /** The registration that may take over (REG-3); set only when `status` is `takeover-open`. */
  readonly challenger: string | null;
  /**
   * The instant protection runs until, in UTC (REG-3): 28 days after the owner's
   * registration, last stage advance or takeover. At or before `asOf` it has
   * lapsed. `null` when tied (no owner, no protection) or locked (ownership final).
   */
  readonly protectedUntil: Instant | null;
  /** The owner's project has reached the key-support stage, 3 by default (REG-5). */
  readonly keySupport: boolean;
  /** Refused registrations and takeovers, in time order. */
  readonly rejected: Rejection[];
  /** Every rule behind this result. */
  readonly rules: RuleId[];
  /** The decisions in time order, with their rules: why the customer is where it is. */
  readonly timeline: OwnershipEvent[];
}
