import { invalidInput, unreadable } from '../core/errors.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { leadRules, routeCleanLead } from './routing.js';
import { parseContext, parseLead } from './schema.js';
import type { Lead, LeadContext, LeadRoute } from './types.js';

/**
 * Routes a new sign-up as of a day (LEAD-1 to LEAD-3).
 *
 * - LEAD-1: a sign-up with no consumption in its first 7 days (sign-up day
 *   included) becomes a lead on sign-up + 7 days; until then online operations
 *   keeps it. Any product line counts here (the source: "7天无消费").
 * - LEAD-2: a lead in a telesales region goes to telesales on that day; elsewhere
 *   it goes to the center covering its region once the customer confirms (a
 *   confirmation before day 8 takes effect on day 8); with no center for the
 *   region online operations keeps it.
 * - LEAD-3: a transferred lead with no consumption on a qualifying line
 *   (`policy.leads.qualifyingLines`, `null` for all) in the 60 days from its
 *   transfer (transfer day included) flows back to online operations on
 *   transfer + 60 days. The transfer day is `transferredOn` when recorded,
 *   else day 8 (telesales) or the confirmation (center).
 *
 * Records dated after `asOf` are not yet known and count for nothing.
 * `nextCheckOn` is the next day this result changes without new input: day 8
 * for a new sign-up, the flow-back day for a transferred lead, else `null`
 * (only new consumption or a confirmation can change it).
 *
 * @param policy - A policy with a lead section, such as `cloudProgram`.
 * @param lead - The sign-up: `signedUpOn`, `region`, and optionally `consumption`, `confirmedOn`, `transferredOn`.
 * @param context - `asOf`, and `centers` mapping each region to its service center id (regions compared as written).
 * @returns The owner, the center's id for a center, the status, the key dates and the rules applied.
 * @throws {PolicyError} `INVALID_INPUT` naming each bad field: a malformed date, an
 *   unknown field, a sign-up after `asOf`, consumption or a confirmation before the
 *   sign-up, a recorded transfer before day 8, after consumption in the first days,
 *   or (outside telesales regions) without or before the confirmation;
 *   `NOT_CONFIGURED` for a program without lead routing (the telecom program).
 *
 * @example
 * const centers = { Sichuan: 'sc-chengdu' };
 * routeLead(cloudProgram, { signedUpOn: '2026-03-01', region: 'Beijing' }, { asOf: '2026-03-05', centers });
 * //=> { owner: 'online-ops', centerId: null, status: 'new', transferableOn: '2026-03-08',
 * //     transferredOn: null, flowBackOn: null, nextCheckOn: '2026-03-08', rules: ['LEAD-1'] }
 * routeLead(cloudProgram, { signedUpOn: '2026-03-01', region: 'Sichuan', confirmedOn: '2026-03-10' },
 *   { asOf: '2026-04-01', centers });
 * //=> { owner: 'service-center', centerId: 'sc-chengdu', status: 'transferred', transferableOn: '2026-03-08',
 * //     transferredOn: '2026-03-10', flowBackOn: '2026-05-09', nextCheckOn: '2026-05-09',
 * //     rules: ['LEAD-1', 'LEAD-2', 'LEAD-3'] }
 */
export function routeLead(policy: Policy, lead: Lead, context: LeadContext): LeadRoute {
  const section = requireSection(usePolicy(policy), 'leads', 'lead routing');
  let isArray: boolean;
  try {
    isArray = Array.isArray(lead);
  } catch (e) {
    // A revoked proxy cannot even be asked whether it is an array.
    throw invalidInput([], unreadable(e));
  }
  if (typeof lead !== 'object' || lead === null || isArray) {
    throw invalidInput([], 'the lead must be an object { signedUpOn, region, consumption?, confirmedOn?, transferredOn? }');
  }
  const clean = parseLead(lead, []);
  return routeCleanLead(leadRules(section), clean, parseContext(context));
}
