/**
 * The routing of one validated lead (LEAD-1 to LEAD-3), shared by the single
 * and the batch form.
 * @module
 */
import { fromDay, MAX_DAY, toDay, type IsoDate } from '../core/dates.js';
import { PolicyError, type PolicyIssue } from '../core/errors.js';
import type { RuleId } from '../core/rules.js';
import type { LeadPolicy } from '../policy/types.js';
import type { CleanContext, CleanLead } from './schema.js';
import type { LeadOwner, LeadRoute, LeadStatus } from './types.js';

/** The lead section of a policy, prepared once for many leads. */
export interface LeadRules {
  readonly transferAfterDays: number;
  readonly flowBackDays: number;
  readonly telesales: ReadonlySet<string>;
  /** `null`: every line qualifies (LEAD-3). */
  readonly qualifying: ReadonlySet<string> | null;
}

/** Prepares the lead section for routing. */
export function leadRules(section: LeadPolicy): LeadRules {
  return {
    transferAfterDays: section.transferAfterDays,
    flowBackDays: section.flowBackDays,
    telesales: new Set(section.telesalesRegions),
    qualifying: section.qualifyingLines === null ? null : new Set(section.qualifyingLines),
  };
}

const LEAD_1: RuleId[] = ['LEAD-1'];
const LEAD_1_2: RuleId[] = ['LEAD-1', 'LEAD-2'];
const LEAD_1_2_3: RuleId[] = ['LEAD-1', 'LEAD-2', 'LEAD-3'];

function route(
  owner: LeadOwner,
  centerId: string | null,
  status: LeadStatus,
  transferableOn: IsoDate,
  transferredOn: number | null,
  flowBackOn: number | null,
  nextCheckOn: number | null,
  rules: RuleId[],
): LeadRoute {
  return {
    owner,
    centerId,
    status,
    transferableOn,
    transferredOn: transferredOn === null ? null : fromDay(transferredOn),
    flowBackOn: flowBackOn === null ? null : fromDay(flowBackOn),
    nextCheckOn: nextCheckOn === null ? null : fromDay(nextCheckOn),
    rules: [...rules],
  };
}

/**
 * Input errors that make a lead's records contradict each other or the rules.
 * They do not depend on `asOf`: a contradiction is one whenever it is known.
 */
function contradictions(rules: LeadRules, lead: CleanLead, signedUp: number, transferable: number): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const { signedUpOn, consumption = [], confirmedOn, transferredOn } = lead;
  consumption.forEach((c, j) => {
    if (c.on < signedUpOn) issues.push({ path: ['consumption', j, 'on'], message: `is before signedUpOn (${signedUpOn}): nobody consumes before signing up` });
  });
  if (confirmedOn !== undefined && confirmedOn < signedUpOn) {
    issues.push({ path: ['confirmedOn'], message: `is before signedUpOn (${signedUpOn})` });
  }
  if (transferable > MAX_DAY) {
    issues.push({ path: ['signedUpOn'], message: 'is so late that the lead would become transferable after 9999-12-31' });
    return issues;
  }
  if (transferredOn === undefined) return issues;
  if (toDay(transferredOn) < transferable) {
    issues.push({ path: ['transferredOn'], message: `is before ${fromDay(transferable)}, the day the sign-up becomes a lead (LEAD-1)` });
  }
  const early = consumption.find((c) => toDay(c.on) >= signedUp && toDay(c.on) < transferable);
  if (early !== undefined) {
    issues.push({
      path: ['transferredOn'],
      message: `is recorded, but the customer consumed on ${early.on}, within the first ${rules.transferAfterDays} days, so the sign-up never became a lead (LEAD-1)`,
    });
  }
  if (!rules.telesales.has(lead.region)) {
    if (confirmedOn === undefined) {
      issues.push({
        path: ['confirmedOn'],
        message: 'is required with transferredOn outside the telesales regions: a lead goes to a service center only once the customer confirms (LEAD-2)',
      });
    } else if (transferredOn < confirmedOn) {
      issues.push({ path: ['transferredOn'], message: `is before confirmedOn (${confirmedOn}): a lead goes to a service center only once the customer confirms (LEAD-2)` });
    }
  }
  return issues;
}

/**
 * Routes one validated lead as of `context.asOf`. Throws `PolicyError` with
 * paths relative to the lead (the caller prefixes them in a batch).
 */
export function routeCleanLead(rules: LeadRules, lead: CleanLead, context: CleanContext): LeadRoute {
  const signedUp = toDay(lead.signedUpOn);
  const transferable = signedUp + rules.transferAfterDays;
  const asOf = context.asOfDay;
  const issues = contradictions(rules, lead, signedUp, transferable);
  if (signedUp > asOf) {
    issues.push({ path: ['signedUpOn'], message: `is after asOf (${context.asOf}): the sign-up is not yet known` });
  }
  if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);

  const transferableOn = fromDay(transferable);
  // Records dated after asOf are not yet known and count for nothing.
  const known = (lead.consumption ?? []).filter((c) => toDay(c.on) <= asOf).map((c) => ({ day: toDay(c.on), line: c.line }));
  const confirmed = lead.confirmedOn !== undefined && toDay(lead.confirmedOn) <= asOf ? toDay(lead.confirmedOn) : null;
  const recorded = lead.transferredOn !== undefined && toDay(lead.transferredOn) <= asOf ? toDay(lead.transferredOn) : null;

  // LEAD-1: any consumption in the first days (sign-up day included) keeps the customer off the lead list.
  if (known.some((c) => c.day < transferable)) {
    return route('online-ops', null, 'consumed', transferableOn, null, null, null, LEAD_1);
  }
  if (asOf < transferable) {
    return route('online-ops', null, 'new', transferableOn, null, null, transferable, LEAD_1);
  }

  // LEAD-2: telesales regions first; elsewhere a center, once the customer confirms.
  let owner: LeadOwner;
  let centerId: string | null = null;
  let transferred: number;
  let transferPath: string;
  if (rules.telesales.has(lead.region)) {
    owner = 'telesales';
    transferred = recorded ?? transferable;
    transferPath = recorded === null ? 'signedUpOn' : 'transferredOn';
  } else {
    const center = context.centers.get(lead.region);
    if (center === undefined) return route('online-ops', null, 'no-center', transferableOn, null, null, null, LEAD_1_2);
    if (confirmed === null) return route('online-ops', null, 'awaiting-confirmation', transferableOn, null, null, null, LEAD_1_2);
    owner = 'service-center';
    centerId = center;
    // A confirmation before day 8 takes effect when the sign-up becomes a lead.
    transferred = recorded ?? Math.max(confirmed, transferable);
    transferPath = recorded !== null ? 'transferredOn' : confirmed >= transferable ? 'confirmedOn' : 'signedUpOn';
  }

  // LEAD-3: the window is the flowBackDays days from the transfer, transfer day included.
  const flowBack = transferred + rules.flowBackDays;
  if (flowBack > MAX_DAY) {
    throw new PolicyError('INVALID_INPUT', [{ path: [transferPath], message: 'is so late that the flow-back date would fall after 9999-12-31' }]);
  }
  const qualifying = rules.qualifying;
  const kept = known.some((c) => c.day >= transferred && c.day < flowBack && (qualifying === null || qualifying.has(c.line)));
  if (kept) return route(owner, centerId, 'converted', transferableOn, transferred, null, null, LEAD_1_2_3);
  if (asOf < flowBack) return route(owner, centerId, 'transferred', transferableOn, transferred, flowBack, flowBack, LEAD_1_2_3);
  return route('online-ops', null, 'flowed-back', transferableOn, transferred, flowBack, null, LEAD_1_2_3);
}
