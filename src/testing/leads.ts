/**
 * Arbitraries for lead routing (LEAD-1 to LEAD-3). Dates are built from day
 * numbers, so no machine time zone is involved.
 * @module
 */
import fc from 'fast-check';
import { fromDay, toDay } from '../core/dates.js';
import type { Consumption, Lead, LeadContext } from '../leads/index.js';

/**
 * The cloud preset's telesales regions (LEAD-2).
 *
 * @example
 * TELESALES_REGIONS; //=> ['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Zhejiang']
 */
export const TELESALES_REGIONS = ['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Zhejiang'] as const;
/**
 * Regions outside the preset's telesales list; `Hangzhou` is the city the source once named.
 *
 * @example
 * OTHER_REGIONS; //=> ['Sichuan', 'Hubei', 'Shaanxi', 'Tibet', 'Hangzhou']
 */
export const OTHER_REGIONS = ['Sichuan', 'Hubei', 'Shaanxi', 'Tibet', 'Hangzhou'] as const;
/**
 * Product lines to consume.
 *
 * @example
 * LEAD_LINES; //=> ['ecs', 'oss', 'rds', 'market']
 */
export const LEAD_LINES = ['ecs', 'oss', 'rds', 'market'] as const;

const DAY0 = toDay('2026-01-01');


/**
 * A region: a telesales region or another one.
 *
 * @example
 * fc.assert(fc.property(leadRegionArb, (r) => [...TELESALES_REGIONS, ...OTHER_REGIONS].includes(r)));
 */
export const leadRegionArb: fc.Arbitrary<string> = fc.constantFrom<string>(...TELESALES_REGIONS, ...OTHER_REGIONS);

/**
 * A centers map covering some of the non-telesales regions (and sometimes a telesales one).
 *
 * @example
 * fc.assert(fc.property(centersArb, (centers) => Object.values(centers).every((id) => id.startsWith('sc-'))));
 */
export const centersArb: fc.Arbitrary<Record<string, string>> = fc
  .subarray([...OTHER_REGIONS, 'Beijing'])
  .map((regions) => Object.fromEntries(regions.map((r) => [r, `sc-${r.toLowerCase()}`])));

/** Options to skew generated leads. */
export interface LeadArbOptions {
  /** The policy's transferAfterDays (default 7). */
  readonly transferAfterDays?: number;
  /** The policy's telesales regions (default the preset's). */
  readonly telesalesRegions?: readonly string[];
  /**
   * The range of days after the sign-up that consumption, confirmation and transfer dates are drawn from
   * (default 160). It is not a bound: some records are placed relative to the waiting period or to the
   * confirmation, so they can fall later.
   */
  readonly horizon?: number;
}

/**
 * A lead whose records never contradict each other: no record before the
 * sign-up, and a recorded transfer only on or after the transferable day,
 * with no consumption in the first days and, outside telesales regions, on or
 * after a confirmation.
 *
 * @example
 * fc.assert(fc.property(leadArb(), (lead) => (lead.consumption ?? []).every((c) => c.on >= lead.signedUpOn)));
 */
export function leadArb(options: LeadArbOptions = {}): fc.Arbitrary<Lead> {
  const wait = options.transferAfterDays ?? 7;
  const telesales = new Set(options.telesalesRegions ?? TELESALES_REGIONS);
  const horizon = options.horizon ?? 160;
  const offset = fc.integer({ min: 0, max: horizon });
  // Days next to the rule boundaries: the last day of the first window, day 8, and the flow-back day of a day-8 transfer.
  const boundary = fc.constantFrom(wait - 1, wait, wait + 59, wait + 60);
  return fc
    .record({
      signedUp: fc.integer({ min: 0, max: 1100 }),
      region: leadRegionArb,
      consumption: fc.array(fc.record({ at: fc.oneof(fc.integer({ min: 0, max: wait + 2 }), offset, boundary), line: fc.constantFrom(...LEAD_LINES) }), {
        maxLength: 4,
      }),
      confirmedAt: fc.option(offset, { nil: undefined, freq: 3 }),
      transferDelay: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined, freq: 2 }),
    })
    .map(({ signedUp, region, consumption, confirmedAt, transferDelay }) => {
      const day = DAY0 + signedUp;
      let entries = consumption;
      let confirmed = confirmedAt;
      let transferred: number | undefined;
      if (transferDelay !== undefined) {
        entries = entries.filter((c) => c.at >= wait); // LEAD-1: a recorded transfer means no early consumption
        if (!telesales.has(region)) confirmed ??= wait + transferDelay; // LEAD-2: centers need a confirmation first
        transferred = Math.max(wait, telesales.has(region) ? 0 : (confirmed ?? 0)) + transferDelay;
      }
      const lead: { -readonly [K in keyof Lead]: Lead[K] } = { signedUpOn: fromDay(day), region };
      if (entries.length > 0) lead.consumption = entries.map((c): Consumption => ({ on: fromDay(day + c.at), line: c.line }));
      if (confirmed !== undefined) lead.confirmedOn = fromDay(day + confirmed);
      if (transferred !== undefined) lead.transferredOn = fromDay(day + transferred);
      return lead;
    });
}

/**
 * A lead with a context whose `asOf` is on or after the sign-up.
 *
 * @example
 * fc.assert(fc.property(leadScenarioArb(), ({ lead, context }) => context.asOf >= lead.signedUpOn));
 */
export function leadScenarioArb(options: LeadArbOptions = {}): fc.Arbitrary<{ lead: Lead; context: LeadContext }> {
  return fc
    .tuple(leadArb(options), fc.integer({ min: 0, max: (options.horizon ?? 160) + 20 }), centersArb)
    .map(([lead, after, centers]) => ({ lead, context: { asOf: fromDay(toDay(lead.signedUpOn) + after), centers } }));
}
