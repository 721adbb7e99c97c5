import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { businessCalendar, payoutTimeline } from '../../src/periods/index.js';

describe('payoutTimeline (PER-5)', () => {
  it('chains statistics 3, confirmation 2, approval 1, finance 2, invoice 5 and write-off 1 business days', () => {
    const t = payoutTimeline(telecomProgram, { startOn: '2026-04-01' }); // a Wednesday
    expect(t.steps.map((s) => [s.step, s.startsOn, s.dueOn])).toEqual([
      ['statistics', '2026-04-01', '2026-04-06'],
      ['partner-confirmation', '2026-04-06', '2026-04-08'],
      ['approval', '2026-04-08', '2026-04-09'],
      ['finance-review', '2026-04-09', '2026-04-13'],
      ['invoice-return', '2026-04-13', '2026-04-20'],
      ['write-off', '2026-04-20', '2026-04-21'],
    ]);
    expect(t.completesOn).toBe('2026-04-21');
    expect(t.rules).toEqual(['PER-5']);
    expect(t.steps[0]!.rules).toEqual(['PER-5', 'PER-6']);
  });

  it('skips holidays', () => {
    const calendar = businessCalendar({ holidays: ['2026-04-03', '2026-04-06'] }); // Qingming
    expect(payoutTimeline(telecomProgram, { startOn: '2026-04-01', calendar }).steps[0]!.dueOn).toBe('2026-04-08');
  });

  it('counts calendar days when the policy says so', () => {
    const p = definePolicy(telecomProgram, { payout: { dayKind: 'calendar' } });
    const t = payoutTimeline(p, { startOn: '2026-04-01' });
    expect(t.completesOn).toBe('2026-04-15');
    expect(t.steps[0]!.rules).toEqual(['PER-5']);
  });

  it('rejects a bad start and a program without a payout workflow', () => {
    expect(() => payoutTimeline(telecomProgram, { startOn: '2026-04-31' })).toThrowError(/startOn/);
    expect(() => payoutTimeline(cloudProgram, { startOn: '2026-04-01' })).toThrowError(expect.objectContaining({ code: 'NOT_CONFIGURED' }));
  });
});
