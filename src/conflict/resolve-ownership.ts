import { requireSection, usePolicy } from '../policy/seal.js';
import type { Policy } from '../policy/types.js';
import { OwnershipReplay } from './ownership.js';
import { readInput } from './read-input.js';
import type { Ownership, OwnershipInput } from './types.js';

/**
 * Who owns each registered customer as of an instant (REG-1 to REG-5).
 *
 * The earliest registration owns the customer, compared as instants whatever
 * their offsets (REG-1). Registrations within the simultaneity window of the
 * earliest are simultaneous: a partner beats direct sales, and several parties
 * otherwise tie, with no owner and the candidates listed, until people settle it
 * by recording a takeover for one of them (REG-2). The owner is
 * protected for 28 days from its registration, its last stage advance or its
 * takeover; after that the earliest registration of another party may take
 * over, and a recorded takeover moves ownership only if it comes from that
 * challenger after the lapse (REG-3). Signing (stage 5) locks the customer and
 * refuses later registrations (REG-4); stage 3 flags key support (REG-5).
 * Records after `asOf` are not yet known. The input order never matters.
 *
 * Each result carries a timeline of the decisions behind it, in time order and
 * with their rule ids, so a channel manager can show a partner why it lost a
 * customer. Every instant in the result is written in UTC as
 * `Date.prototype.toISOString` writes it (`"2026-03-01T01:30:00.000Z"`), so
 * results do not depend on the offsets the records used; instants are
 * compared to the millisecond.
 *
 * @param policy - A policy with a conflict section, such as `telecomProgram`.
 * @param input.registrations - Every registration (报备), in any order, each with its progress.
 * @param input.takeovers - Takeovers agreed by the channel and direct-sales departments.
 * @param input.asOf - The instant the question is asked at.
 * @returns One result per customer with a registration known at `asOf`, sorted by
 *   `customerId` (by UTF-16 code units), each with its timeline of decisions.
 * @throws {PolicyError} `INVALID_INPUT` naming every bad field, such as
 *   `['registrations', 3, 'progress', 1, 'at']`, and for duplicate registration
 *   ids, progress before its registration, a stage going back, or a takeover naming
 *   an unknown registration, another customer's, or dated before the registration;
 *   `NOT_CONFIGURED` for a program without conflict rules (the cloud program).
 *
 * @example
 * resolveOwnership(telecomProgram, {
 *   registrations: [
 *     { id: 'R1', customerId: 'C1', party: { kind: 'direct', id: 'KA-7' }, registeredAt: '2026-03-01T09:30:00+08:00' },
 *     { id: 'R2', customerId: 'C1', party: { kind: 'partner', id: 'P-0107' }, registeredAt: '2026-03-01T01:30:00Z',
 *       progress: [{ stage: 3, at: '2026-03-10T10:00:00+08:00' }] },
 *   ],
 *   asOf: '2026-04-01T00:00:00+08:00',
 * });
 * //=> [{ customerId: 'C1', status: 'owned', owner: 'R2', candidates: [], challenger: null,
 * //      protectedUntil: '2026-04-07T02:00:00.000Z', keySupport: true, rejected: [],
 * //      rules: ['REG-1', 'REG-2', 'REG-3', 'REG-5'],
 * //      timeline: [
 * //        { at: '2026-03-01T01:30:00.000Z', event: 'owns', registrationId: 'R2', rules: ['REG-1', 'REG-2'] },
 * //        { at: '2026-03-10T02:00:00.000Z', event: 'advanced', registrationId: 'R2', stage: 3, rules: ['REG-3'] },
 * //        { at: '2026-03-10T02:00:00.000Z', event: 'key-support', registrationId: 'R2', stage: 3, rules: ['REG-5'] },
 * //      ] }]
 * // One instant in two offsets: the partner beats direct sales (REG-2). Its stage-3
 * // advance renewed protection to 7 April (REG-3); from then R1 is the challenger.
 */
export function resolveOwnership(policy: Policy, input: OwnershipInput): Ownership[] {
  const conflict = requireSection(usePolicy(policy), 'conflict', 'registration-conflict rules');
  const { asOf, registry, customers, moves } = readInput(input);
  const replay = new OwnershipReplay(conflict, registry);
  const out: Ownership[] = new Array<Ownership>(customers.length);
  for (let k = 0; k < customers.length; k++) {
    const head = customers[k]!;
    const customerId = registry.customerId[head]!;
    out[k] = replay.resolve(customerId, head, moves.size === 0 ? undefined : moves.get(head), asOf);
  }
  return out;
}
