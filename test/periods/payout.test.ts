import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { businessCalendar, payoutTimeline } from '../../src/periods/index.js';
import { policyErrorOf } from '../helpers.js';

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

describe('payoutTimeline: what each error says (PER-5)', () => {
  it('says what the input must be', () => {
    for (const bad of [undefined, null, 42, '2026-04-01']) {
      expect(policyErrorOf(() => payoutTimeline(telecomProgram, bad as never)).issues).toEqual([
        { path: [], message: 'must be an object { startOn, calendar? }' },
      ]);
    }
  });

  it('turns a getter that throws into INVALID_INPUT that quotes the cause', () => {
    for (const key of ['startOn', 'calendar']) {
      const input = Object.defineProperty({ startOn: '2026-04-01' }, key, {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      expect(policyErrorOf(() => payoutTimeline(telecomProgram, input)).issues).toEqual([{ path: [], message: 'could not be read: boom' }]);
    }
  });

  it('names startOn, and the field of the calendar under calendar', () => {
    expect(policyErrorOf(() => payoutTimeline(telecomProgram, { startOn: '2026-04-31' })).issues).toEqual([
      { path: ['startOn'], message: 'must be a real calendar date written YYYY-MM-DD, got "2026-04-31"' },
    ]);
    expect(policyErrorOf(() => payoutTimeline(telecomProgram, { startOn: '2026-04-01', calendar: { workdays: ['2026-04-01'] } })).issues).toEqual([
      { path: ['calendar', 'workdays', 0], message: '2026-04-01 is not on a weekend day, so it cannot be a make-up workday' },
    ]);
  });

  it('says which program has no payout workflow', () => {
    const e = policyErrorOf(() => payoutTimeline(cloudProgram, { startOn: '2026-04-01' }));
    expect(e.code).toBe('NOT_CONFIGURED');
    expect(e.issues).toEqual([{ path: ['policy', 'payout'], message: 'the cloud program configures no payout workflow' }]);
  });
});
