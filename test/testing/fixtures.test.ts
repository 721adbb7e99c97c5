import { describe, expect, it } from 'vitest';
import { scoreBids } from '../../src/bids/index.js';
import { settleDeposit } from '../../src/deposit/index.js';
import { routeLead } from '../../src/leads/index.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { commissionStatement } from '../../src/commission/index.js';
import { resolveOwnership } from '../../src/conflict/index.js';
import { aBid, aClaim, aLead, aQualification, aReceipt, aRefund, aRegistration, aScoreSheet } from '../../src/testing/index.js';

describe('fixture builders give valid input, with overrides', () => {
  it('aClaim is an overdue clawback the deposit covers', () => {
    const r = settleDeposit(telecomProgram, { balance: '5000', required: '5000', asOf: '2026-05-01', claims: [aClaim()] });
    expect(r.deductions[0]).toMatchObject({ claimId: 'claim-1', deducted: '1000.00', outstanding: '0.00' });
    expect(aClaim({ kind: 'arrears', cause: 'service-quality' }).cause).toBe('service-quality');
  });

  it('aLead routes; a Beijing lead goes to telesales on day 8', () => {
    expect(routeLead(cloudProgram, aLead({ region: 'Beijing' }), { asOf: '2026-03-20', centers: {} }).owner).toBe('telesales');
  });

  it('aBid scores 80.00; a bid with 2 certified staff is ineligible', () => {
    const r = scoreBids(cloudProgram, {
      bids: [aBid(), aBid({ bidderId: 'b2', qualification: aQualification({ certifiedStaff: 2 }) })],
    });
    expect(r.ranked.map((b) => [b.bidderId, b.composite])).toEqual([['b1', '80.00']]);
    expect(r.ineligible.map((b) => b.bidderId)).toEqual(['b2']);
    expect(aScoreSheet({ plan: 95 })).toEqual({ judgeId: 'j1', market: 80, team: 80, operations: 80, plan: 95 });
  });

  it('aReceipt earns the gold year-1 port rate; aRefund claws back at that rate (COM-4, COM-7)', () => {
    const s = commissionStatement(telecomProgram, {
      partnerId: 'P',
      period: { from: '2026-04-01', to: '2026-06-30' },
      tiers: 'gold',
      receipts: [aReceipt()],
      refunds: [aRefund()],
    });
    expect(s.lines.map((l) => [l.line, l.rate, l.commission])).toEqual([['port', '0.4', '4800.00']]);
    expect(s.clawbacks.map((c) => c.clawback)).toEqual(['400.00']);
    expect(s.totals.payable).toBe('4400.00');
  });

  it('aRegistration owns its customer; a direct-sales registration at the same instant loses to it (REG-2)', () => {
    const [c] = resolveOwnership(telecomProgram, {
      registrations: [aRegistration(), aRegistration({ id: 'R2', party: { kind: 'direct', id: 'KA-7' }, registeredAt: '2026-05-06T01:00:00Z' })],
      asOf: '2026-05-10T00:00:00Z',
    });
    expect([c!.status, c!.owner]).toEqual(['owned', 'R1']);
  });

  it('each call returns a fresh object', () => {
    expect(aBid()).not.toBe(aBid());
    expect(aBid().scores).not.toBe(aBid().scores);
  });
});
