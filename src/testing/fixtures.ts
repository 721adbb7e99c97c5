/**
 * Fixture builders: one valid example of each input, with any field
 * overridden. For unit tests that need one specific case rather than many.
 * @module
 */
import type { Bid, JudgeScores, Qualification } from '../bids/index.js';
import type { Receipt, Refund } from '../commission/index.js';
import type { Registration } from '../conflict/index.js';
import type { DepositClaim } from '../deposit/index.js';
import type { Lead } from '../leads/index.js';

/**
 * A deposit claim (DEP-3): a clawback of 1,000.00 due on 2026-04-10.
 *
 * @example
 * aClaim({ kind: 'arrears', cause: 'service-quality' });
 * //=> { id: 'claim-1', kind: 'arrears', amount: '1000.00', dueOn: '2026-04-10', cause: 'service-quality' }
 */
export function aClaim(overrides: Partial<DepositClaim> = {}): DepositClaim {
  return { id: 'claim-1', kind: 'clawback', amount: '1000.00', dueOn: '2026-04-10', ...overrides };
}

/**
 * A lead (LEAD-1): a sign-up on 2026-03-01 in Sichuan with no consumption.
 *
 * @example
 * aLead({ region: 'Beijing' }); //=> { signedUpOn: '2026-03-01', region: 'Beijing' }
 */
export function aLead(overrides: Partial<Lead> = {}): Lead {
  return { signedUpOn: '2026-03-01', region: 'Sichuan', ...overrides };
}

/**
 * A qualification that passes every pre-qualification condition (BID-1).
 *
 * @example
 * aQualification({ certifiedStaff: 2 }).certifiedStaff; //=> 2
 */
export function aQualification(overrides: Partial<Qualification> = {}): Qualification {
  return { customerManagement: true, certifiedStaff: 3, localMarket: true, willingToCooperate: true, ...overrides };
}

/**
 * One judge's score sheet, 80 in every category (BID-3).
 *
 * @example
 * aScoreSheet({ judgeId: 'j2', plan: 95 }); //=> { judgeId: 'j2', market: 80, team: 80, operations: 80, plan: 95 }
 */
export function aScoreSheet(overrides: Partial<JudgeScores> = {}): JudgeScores {
  return { judgeId: 'j1', market: 80, team: 80, operations: 80, plan: 80, ...overrides };
}

/**
 * An eligible bid for Sichuan scored by three judges (BID-1 to BID-3).
 *
 * @example
 * aBid({ bidderId: 'b2' }).scores.length; //=> 3
 */
export function aBid(overrides: Partial<Bid> = {}): Bid {
  return {
    bidderId: 'b1',
    region: 'Sichuan',
    qualification: aQualification(),
    scores: [aScoreSheet(), aScoreSheet({ judgeId: 'j2' }), aScoreSheet({ judgeId: 'j3' })],
    ...overrides,
  };
}

/**
 * A receipt (COM-1): 12,000.00 of port fees received on 2026-04-15 from a
 * customer that started on 2026-04-01, so in its first commission year.
 *
 * @example
 * aReceipt({ amount: '500.00', line: 'conference' }).line; //=> 'conference'
 */
export function aReceipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    id: 'R1',
    customerId: 'C1',
    line: 'port',
    amount: '12000.00',
    receivedOn: '2026-04-15',
    customerStartOn: '2026-04-01',
    ...overrides,
  };
}

/**
 * A refund (COM-7): 1,000.00 of {@link aReceipt} returned on 2026-05-20.
 *
 * @example
 * aRefund({ amount: '250.00' }).receipt.id; //=> 'R1'
 */
export function aRefund(overrides: Partial<Refund> = {}): Refund {
  return { id: 'F1', receipt: aReceipt(), amount: '1000.00', refundedOn: '2026-05-20', ...overrides };
}

/**
 * A registration (REG-1): partner P-0107 claims customer C1 at 09:00 Beijing
 * time on 2026-05-06, with no progress yet.
 *
 * @example
 * aRegistration({ id: 'R2', party: { kind: 'direct', id: 'KA-7' } }).party.kind; //=> 'direct'
 */
export function aRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: 'R1',
    customerId: 'C1',
    party: { kind: 'partner', id: 'P-0107' },
    registeredAt: '2026-05-06T09:00:00+08:00',
    ...overrides,
  };
}
