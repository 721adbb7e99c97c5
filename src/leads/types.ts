/**
 * Shapes of lead routing (LEAD-1 to LEAD-3).
 * @module
 */
import type { IsoDate } from '../core/dates.js';
import type { RuleId } from '../core/rules.js';

/** One day of consumption by the customer on a product line. */
export interface Consumption {
  /** The day the customer consumed (paid for) the line. */
  readonly on: IsoDate;
  /** The product line, e.g. `"ecs"`; `policy.leads.qualifyingLines` says which lines count for LEAD-3. */
  readonly line: string;
}

/** A new sign-up, as the provider's systems record it. */
export interface Lead {
  /** The day the customer signed up. */
  readonly signedUpOn: IsoDate;
  /** The customer's region, compared as written with the telesales regions and the centers map. */
  readonly region: string;
  /** Days of consumption, in any order. Entries after `asOf` are not yet known and count for nothing. */
  readonly consumption?: readonly Consumption[];
  /** The day the customer confirmed the transfer to a service center (LEAD-2). */
  readonly confirmedOn?: IsoDate;
  /** The recorded transfer date, when the systems recorded one (LEAD-3). */
  readonly transferredOn?: IsoDate;
}

/** What routing needs besides the lead. */
export interface LeadContext {
  /** The day the routing is asked for: records dated after it are not yet known. */
  readonly asOf: IsoDate;
  /** Region → id of the authorized service center covering it. */
  readonly centers: Readonly<Record<string, string>>;
}

/** Who works a lead. */
export type LeadOwner = 'online-ops' | 'telesales' | 'service-center';

/**
 * Where a sign-up stands:
 * - `new`: still inside its first days; becomes a lead on `transferableOn` without consumption (LEAD-1);
 * - `consumed`: consumed within its first days, so it never becomes a lead (LEAD-1);
 * - `awaiting-confirmation`: a lead for a center whose customer has not confirmed yet (LEAD-2);
 * - `no-center`: a lead in a region no center covers, kept by online operations (LEAD-2);
 * - `transferred`: with telesales or a center, inside the flow-back window (LEAD-3);
 * - `converted`: qualifying consumption inside the flow-back window, so it stays (LEAD-3);
 * - `flowed-back`: no qualifying consumption in the window; back with online operations (LEAD-3).
 */
export type LeadStatus =
  | 'new'
  | 'consumed'
  | 'awaiting-confirmation'
  | 'no-center'
  | 'transferred'
  | 'converted'
  | 'flowed-back';

/** Where a lead is routed as of a day. */
export interface LeadRoute {
  /** Who works the lead now. */
  readonly owner: LeadOwner;
  /** The service center's id when `owner` is `'service-center'`, else `null`. */
  readonly centerId: string | null;
  /** Where the sign-up stands. */
  readonly status: LeadStatus;
  /** The day the sign-up becomes a lead without consumption: sign-up + `transferAfterDays` (LEAD-1). */
  readonly transferableOn: IsoDate;
  /** The day the lead went to telesales or a center (recorded, else derived), or `null` if it has not. */
  readonly transferredOn: IsoDate | null;
  /** The day a transferred lead flows (or flowed) back without qualifying consumption, or `null`. */
  readonly flowBackOn: IsoDate | null;
  /**
   * The next day on which this result changes without new input, or `null`
   * when only new records (consumption, a confirmation) can change it.
   */
  readonly nextCheckOn: IsoDate | null;
  readonly rules: RuleId[];
}
