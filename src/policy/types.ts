/**
 * The shape of a policy: plain, frozen, JSON-serialisable data holding every
 * number of the policy book for one program.
 * @module
 */
import type { Money, Rate } from '../core/money.js';

/** A partner tier of the telecom program (TIER-1). */
export type Tier = 'gold' | 'silver' | 'ordinary';

/** A value per tier. */
export interface PerTier<T> {
  readonly gold: T;
  readonly silver: T;
  readonly ordinary: T;
}

/** TIER-1 to TIER-4. */
export interface TierPolicy {
  /** What the quarterly metric counts (TIER-3): a label, since the caller supplies the number. */
  readonly metric: 'closed-customers' | 'new-ports';
  /** Inclusive minimum metric for each tier above ordinary; silver < gold (TIER-1). */
  readonly thresholds: { readonly silver: number; readonly gold: number };
}

/** A rate, or a rate per tier (COM-2). */
export type RateSpec = Rate | PerTier<Rate>;

/** How one product line earns commission. */
export type LineRule =
  /** A flat rate per commission year: `rates[0]` for year 1, `rates[1]` for year 2 (COM-2, COM-4). */
  | { readonly kind: 'rate'; readonly rates: readonly RateSpec[] }
  /** Amount received minus the floor-price cost; rate 1 (COM-2). */
  | { readonly kind: 'margin' }
  /** A volume ladder over the period's paid amount of the line (COM-3). */
  | {
      readonly kind: 'ladder';
      /** `marginal`: each bracket's slice at its own rate; `whole`: the bracket reached sets the rate for all. */
      readonly mode: 'marginal' | 'whole';
      /** Contiguous brackets from 0 upward; the last one is open (`to: null`). */
      readonly brackets: readonly { readonly from: Money; readonly to: Money | null; readonly rate: Rate }[];
    };

/** COM-1 to COM-10. */
export interface CommissionPolicy {
  /** The commission window in calendar years from the customer start (COM-4), or `null` for none. */
  readonly window: { readonly years: number } | null;
  /** Rules of the named product lines. */
  readonly lines: Readonly<Record<string, LineRule>>;
  /** The rule for any line not named in `lines`, or `null` to reject unknown lines. */
  readonly otherLines: LineRule | null;
}

/** DEP-1 to DEP-5. */
export interface DepositPolicy {
  /** Required deposit by tier (DEP-1). */
  readonly byTier: PerTier<Money>;
  /** Voice-wholesale agents (DEP-5). */
  readonly wholesale: { readonly minimum: Money; readonly trafficMultiple: Rate };
}

/** REG-1 to REG-5. */
export interface ConflictPolicy {
  /** Registrations this many seconds after the earliest are simultaneous (REG-2). */
  readonly simultaneityWindowSeconds: number;
  /** Days of protection after a registration or stage advance (REG-3). */
  readonly protectionDays: number;
  /** The stage that locks ownership (REG-4). */
  readonly lockStage: number;
  /** The stage from which a project gets key support (REG-5). */
  readonly keySupportStage: number;
}

/** LEAD-1 to LEAD-3. */
export interface LeadPolicy {
  /** A sign-up with no consumption for this many days becomes a lead (LEAD-1). */
  readonly transferAfterDays: number;
  /** Regions handled by telesales (LEAD-2). */
  readonly telesalesRegions: readonly string[];
  /** Days after transfer without qualifying consumption before flow-back (LEAD-3). */
  readonly flowBackDays: number;
  /** Product lines whose consumption counts, or `null` for all (LEAD-3). */
  readonly qualifyingLines: readonly string[] | null;
}

/** BID-1 to BID-5. */
export interface BidPolicy {
  /** Category weights, positive and summing to 100 (BID-2). */
  readonly weights: { readonly market: number; readonly team: number; readonly operations: number; readonly plan: number };
  /** Minimum staff holding the provider's certification (BID-1). */
  readonly minCertifiedStaff: number;
  /** Minimum judges for the trimmed mean (BID-3). */
  readonly trimmedMinJudges: number;
  /** Decimal places a composite is shown with (BID-3). */
  readonly compositeScale: number;
}

/** PER-1 and PER-2. */
export interface ReviewPolicy {
  /** Day of April and October on which half-year reviews are held (PER-1). */
  readonly halfYearReviewDay: number;
  /** Calendar months of trial after joining (PER-2). */
  readonly trialMonths: number;
}

/** PER-4: days of the month after the month of performance. */
export interface SettlementPolicy {
  readonly statementDay: number;
  readonly confirmDay: number;
  readonly invoiceDay: number;
  readonly paymentDay: number;
  /** Business days after a reminder until silence is acceptance. */
  readonly deemedAcceptanceBusinessDays: number;
}

/** PER-5: the telecom payout workflow. */
export interface PayoutPolicy {
  /** Whether step durations count business days or calendar days. */
  readonly dayKind: 'business' | 'calendar';
  /** The steps in order, each with its duration in days. */
  readonly steps: readonly { readonly step: string; readonly days: number }[];
}

/**
 * A program's policy: the type of `telecomProgram` and `cloudProgram`.
 * A section is `null` where the program has no such rule; asking for it raises
 * `NOT_CONFIGURED`.
 */
export interface Policy {
  /** A name for the program, e.g. `"telecom"`. */
  readonly program: string;
  /** Currency code and scale (CONV-1). */
  readonly currency: { readonly code: string; readonly scale: number };
  readonly tiers: TierPolicy | null;
  readonly commission: CommissionPolicy;
  readonly deposit: DepositPolicy | null;
  readonly conflict: ConflictPolicy | null;
  readonly leads: LeadPolicy | null;
  readonly bids: BidPolicy | null;
  readonly reviews: ReviewPolicy | null;
  readonly settlement: SettlementPolicy | null;
  readonly payout: PayoutPolicy | null;
}

/** A deep partial of a policy, as given to `definePolicy`. Arrays replace whole. */
export type PolicyOverrides = DeepPartial<Policy>;

/** Every key optional, at every depth; arrays are replaced whole, so they stay complete. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;
