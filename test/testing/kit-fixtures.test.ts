/**
 * The fixture builders return exactly the example their JSDoc describes, and
 * an override replaces just the field it names.
 */
import { describe, expect, it } from 'vitest';
import { aBid, aClaim, aLead, aQualification, aReceipt, aRefund, aRegistration, aScoreSheet } from '../../src/testing/index.js';

describe('fixture builders return their documented defaults', () => {
  it('aLead: a sign-up on 2026-03-01 in Sichuan with no consumption', () => {
    expect(aLead()).toEqual({ signedUpOn: '2026-03-01', region: 'Sichuan' });
    expect(aLead({ region: 'Beijing' })).toEqual({ signedUpOn: '2026-03-01', region: 'Beijing' });
  });

  it('aBid: bidder b1 for Sichuan, fully qualified, scored 80 by the three judges j1, j2 and j3', () => {
    const sheet = (judgeId: string) => ({ judgeId, market: 80, team: 80, operations: 80, plan: 80 });
    expect(aBid()).toEqual({
      bidderId: 'b1',
      region: 'Sichuan',
      qualification: { customerManagement: true, certifiedStaff: 3, localMarket: true, willingToCooperate: true },
      scores: [sheet('j1'), sheet('j2'), sheet('j3')],
    });
    expect(aBid({ bidderId: 'b2' })).toEqual({ ...aBid(), bidderId: 'b2' });
  });

  it('aClaim, aReceipt, aRefund and aRegistration: the examples of DEP-3, COM-1, COM-7 and REG-1', () => {
    expect(aClaim()).toEqual({ id: 'claim-1', kind: 'clawback', amount: '1000.00', dueOn: '2026-04-10' });
    const receipt = { id: 'R1', customerId: 'C1', line: 'port', amount: '12000.00', receivedOn: '2026-04-15', customerStartOn: '2026-04-01' };
    expect(aReceipt()).toEqual(receipt);
    expect(aReceipt({ amount: '500.00', line: 'conference' })).toEqual({ ...receipt, amount: '500.00', line: 'conference' });
    expect(aRefund()).toEqual({ id: 'F1', receipt, amount: '1000.00', refundedOn: '2026-05-20' });
    expect(aRegistration()).toEqual({ id: 'R1', customerId: 'C1', party: { kind: 'partner', id: 'P-0107' }, registeredAt: '2026-05-06T09:00:00+08:00' });
    expect(aQualification({ certifiedStaff: 2 }).certifiedStaff).toBe(2);
    expect(aScoreSheet()).toEqual({ judgeId: 'j1', market: 80, team: 80, operations: 80, plan: 80 });
  });
});
