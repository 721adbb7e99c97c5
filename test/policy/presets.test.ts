import { describe, expect, it } from 'vitest';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { sealPolicy } from '../../src/policy/seal.js';

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('the presets hold the numbers of the policy book', () => {
  it('telecom tiers (TIER-1) and deposits (DEP-1, DEP-5)', () => {
    expect(telecomProgram.tiers).toEqual({ metric: 'closed-customers', thresholds: { silver: 5, gold: 10 } });
    expect(telecomProgram.deposit).toEqual({
      byTier: { gold: '90000', silver: '40000', ordinary: '5000' },
      wholesale: { minimum: '100000', trafficMultiple: '1' },
    });
  });

  it('telecom commission (COM-2, COM-4): year 1 by tier, year 2 at 10%, conference 10%, margin', () => {
    expect(telecomProgram.commission.window).toEqual({ years: 2 });
    expect(telecomProgram.commission.lines.port).toEqual({
      kind: 'rate',
      rates: [{ gold: '0.4', silver: '0.3', ordinary: '0.2' }, '0.1'],
    });
    expect(telecomProgram.commission.lines.conference).toEqual({ kind: 'rate', rates: ['0.1', '0.1'] });
    expect(telecomProgram.commission.lines.margin).toEqual({ kind: 'margin' });
    expect(telecomProgram.commission.otherLines).toBeNull();
  });

  it('telecom conflicts (REG-2 to REG-5) and payout workflow (PER-5)', () => {
    expect(telecomProgram.conflict).toEqual({ simultaneityWindowSeconds: 0, protectionDays: 28, lockStage: 5, keySupportStage: 3 });
    expect(telecomProgram.payout?.dayKind).toBe('business');
    expect(telecomProgram.payout?.steps.map((s) => s.days)).toEqual([3, 2, 1, 2, 5, 1]);
  });

  it('cloud: 20% on every line (COM-3), no window, no deposit (DEP-6)', () => {
    expect(cloudProgram.commission.window).toBeNull();
    expect(cloudProgram.commission.otherLines).toEqual({
      kind: 'ladder',
      mode: 'marginal',
      brackets: [{ from: '0', to: null, rate: '0.2' }],
    });
    expect(cloudProgram.deposit).toBeNull();
    expect(cloudProgram.tiers).toBeNull();
  });

  it('cloud leads (LEAD-1 to LEAD-3), bids (BID-1 to BID-3), reviews and settlement (PER-1, PER-2, PER-4)', () => {
    expect(cloudProgram.leads).toEqual({
      transferAfterDays: 7,
      telesalesRegions: ['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Zhejiang'],
      flowBackDays: 60,
      qualifyingLines: null,
    });
    expect(cloudProgram.bids?.weights).toEqual({ market: 30, team: 20, operations: 10, plan: 40 });
    expect(cloudProgram.bids?.minCertifiedStaff).toBe(3);
    expect(cloudProgram.reviews).toEqual({ halfYearReviewDay: 10, trialMonths: 3 });
    expect(cloudProgram.settlement).toEqual({
      statementDay: 7,
      confirmDay: 10,
      invoiceDay: 15,
      paymentDay: 25,
      deemedAcceptanceBusinessDays: 3,
    });
  });

  it('are deeply frozen and survive a JSON round trip as valid policies', () => {
    for (const p of [telecomProgram, cloudProgram]) {
      expect(isDeepFrozen(p)).toBe(true);
      const copy = JSON.parse(JSON.stringify(p)) as unknown;
      expect(copy).toEqual(p);
      expect(sealPolicy(copy)).toEqual(p);
    }
  });
});
