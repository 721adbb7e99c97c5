/**
 * Near the last supported day, 9999-12-31, the periods functions that compute
 * a date from the caller's refuse with the caller's own field: the reminder
 * date, the payout start or the settlement month, never a parameter the
 * caller did not pass (PER-4, PER-5, PER-6, CONV-5). And a calendar's date
 * lists refuse every bad entry at its index, holes included.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../src/core/dates.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { businessCalendar, deemedAcceptedOn, payoutTimeline, settlementCalendar } from '../../src/periods/index.js';
import { policyErrorOf } from '../helpers.js';

// 9999-12-31 is a Friday.
describe('deemedAcceptedOn near 9999-12-31 (PER-4)', () => {
  it('answers up to the last day and refuses a later result at reminderOn', () => {
    expect(deemedAcceptedOn('9999-12-28')).toBe('9999-12-31'); // Tuesday + 3 business days
    const e = policyErrorOf(() => deemedAcceptedOn('9999-12-29'));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([{ path: ['reminderOn'], message: 'is too late: 3 business days after it fall after 9999-12-31' }]);
  });

  test.prop([fc.integer({ min: toDay('9999-12-01'), max: toDay('9999-12-31') }).map(fromDay)])(
    'either a business day after the reminder or an issue at reminderOn, never at another path',
    (reminderOn) => {
      try {
        const on = deemedAcceptedOn(reminderOn);
        expect(on > reminderOn).toBe(true);
      } catch (e) {
        expect(policyErrorOf(() => { throw e; }).issues.map((i) => i.path)).toEqual([['reminderOn']]);
      }
    },
  );
});

describe('payoutTimeline near 9999-12-31 (PER-5)', () => {
  it('refuses a workflow that would end after the last day at startOn, in business days', () => {
    // 14 business days: 9999-12-10 (Friday) + 14 = 9999-12-30.
    expect(payoutTimeline(telecomProgram, { startOn: '9999-12-10' }).completesOn).toBe('9999-12-30');
    const e = policyErrorOf(() => payoutTimeline(telecomProgram, { startOn: '9999-12-28' }));
    expect(e.issues).toEqual([{ path: ['startOn'], message: 'is too late: the payout workflow would end after 9999-12-31' }]);
  });

  it('and in calendar days', () => {
    const p = definePolicy(telecomProgram, { payout: { dayKind: 'calendar' } });
    expect(payoutTimeline(p, { startOn: '9999-12-17' }).completesOn).toBe('9999-12-31'); // 14 calendar days
    const e = policyErrorOf(() => payoutTimeline(p, { startOn: '9999-12-18' }));
    expect(e.issues).toEqual([{ path: ['startOn'], message: 'is too late: the payout workflow would end after 9999-12-31' }]);
  });
});

describe('settlementCalendar near 9999-12-31 (PER-4, PER-6)', () => {
  it('refuses a month whose dates cannot roll to a business day, at month', () => {
    const holidays = ['9999-12-27', '9999-12-28', '9999-12-29', '9999-12-30', '9999-12-31'];
    const e = policyErrorOf(() => settlementCalendar(cloudProgram, { month: '9999-11', calendar: { holidays } }));
    expect(e.issues).toEqual([{ path: ['month'], message: 'has a settlement date with no business day before 9999-12-31' }]);
    // One business day left is enough: payment on 9999-12-25 (Saturday) rolls to the 31st.
    expect(settlementCalendar(cloudProgram, { month: '9999-11', calendar: { holidays: holidays.slice(0, 4) } }).paymentOn).toBe('9999-12-31');
  });
});

describe("a calendar's date lists", () => {
  it('refuse a hole at its index, as a missing date', () => {
    const e = policyErrorOf(() => businessCalendar({ holidays: [, '2026-10-01'] as string[] }));
    expect(e.issues).toEqual([{ path: ['holidays', 0], message: 'must be a real calendar date written YYYY-MM-DD, got undefined' }]);
  });

  it('name any bad entry by what it is, a bigint included, at its index', () => {
    const e = policyErrorOf(() => businessCalendar({ workdays: [10n, {}, '2026-02-30'] as never }));
    expect(e.issues).toEqual([
      { path: ['workdays', 0], message: 'must be a real calendar date written YYYY-MM-DD, got a bigint' },
      { path: ['workdays', 1], message: 'must be a real calendar date written YYYY-MM-DD, got an object' },
      { path: ['workdays', 2], message: 'must be a real calendar date written YYYY-MM-DD, got "2026-02-30"' },
    ]);
  });
});
