// The lead arbitraries live in the public testing kit; the tests use them from there.
import type { Lead } from '../../src/leads/index.js';

export {
  TELESALES_REGIONS,
  OTHER_REGIONS,
  LEAD_LINES as LINES,
  leadRegionArb as regionArb,
  centersArb,
  leadArb,
  leadScenarioArb as scenarioArb,
  type LeadArbOptions,
} from '../../src/testing/index.js';

/** The lead without the records dated after `asOf`: what was known on that day. */
export function knownOn(lead: Lead, asOf: string): Lead {
  const out: { -readonly [K in keyof Lead]: Lead[K] } = { signedUpOn: lead.signedUpOn, region: lead.region };
  const consumption = (lead.consumption ?? []).filter((c) => c.on <= asOf);
  if (consumption.length > 0) out.consumption = consumption;
  if (lead.confirmedOn !== undefined && lead.confirmedOn <= asOf) out.confirmedOn = lead.confirmedOn;
  if (lead.transferredOn !== undefined && lead.transferredOn <= asOf) out.transferredOn = lead.transferredOn;
  return out;
}
