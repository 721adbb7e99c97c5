/**
 * Lead routing of the cloud program (LEAD-1 to LEAD-3): which sign-ups become
 * leads, who works them, and when they flow back to online operations.
 *
 * @example
 * import { routeLead, routeLeads } from 'channel-policy/leads';
 * @module
 */
export { routeLead } from './route-lead.js';
export { routeLeads } from './route-leads.js';
export type { Consumption, Lead, LeadContext, LeadOwner, LeadRoute, LeadStatus } from './types.js';
export type { IsoDate } from '../core/dates.js';
export type { RuleId } from '../core/rules.js';
