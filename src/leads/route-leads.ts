import { PolicyError, type PolicyIssue, unreadable } from '../core/errors.js';
import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { leadRules, routeCleanLead } from './routing.js';
import { leadList, parseContext, parseLead } from './schema.js';
import type { Lead, LeadContext, LeadRoute } from './types.js';

/**
 * Routes many sign-ups as of one day, exactly as {@link routeLead} routes each
 * (LEAD-1 to LEAD-3). The policy and the context are checked once.
 *
 * @param policy - A policy with a lead section, such as `cloudProgram`.
 * @param leads - An array or any other iterable of leads.
 * @param context - `asOf`, and `centers` mapping each region to its service center id.
 * @returns One route per lead, in input order.
 * @throws {PolicyError} `INVALID_INPUT` listing every bad field of every lead,
 *   with paths such as `['leads', 12, 'signedUpOn']`; `NOT_CONFIGURED` for a
 *   program without lead routing.
 *
 * @example
 * routeLeads(cloudProgram, [
 *   { signedUpOn: '2026-03-01', region: 'Beijing', consumption: [{ on: '2026-03-03', line: 'ecs' }] },
 *   { signedUpOn: '2026-03-01', region: 'Shanghai' },
 * ], { asOf: '2026-03-20', centers: {} }).map((r) => [r.owner, r.status]);
 * //=> [['online-ops', 'consumed'], ['telesales', 'transferred']]
 */
export function routeLeads(policy: Policy, leads: Iterable<Lead>, context: LeadContext): LeadRoute[] {
  const rules = leadRules(requireSection(usePolicy(policy), 'leads', 'lead routing'));
  const { items, length } = leadList(leads);
  const ctx = parseContext(context);
  const issues: PolicyIssue[] = [];
  const routes: LeadRoute[] = [];
  for (let i = 0; i < length; i++) {
    let lead: Lead;
    try {
      // items[i] is read here too: a getter on the array can throw (a hole reads as a missing lead).
      lead = parseLead(items[i], ['leads', i]);
    } catch (e) {
      if (e instanceof PolicyError) issues.push(...e.issues);
      else issues.push({ path: ['leads', i], message: unreadable(e) });
      continue;
    }
    try {
      routes.push(routeCleanLead(rules, lead, ctx));
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      // The routing names fields relative to the lead.
      for (const issue of e.issues) issues.push({ path: ['leads', i, ...issue.path], message: issue.message });
    }
  }
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
  return routes;
}
