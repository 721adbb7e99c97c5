import { assert, describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { businessCalendar, settlementCalendar } from '../../src/periods/index.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { policyErrorOf } from '../helpers.js';

// National Day 2026 as an example list: 1–7 October off, Sunday 20 September and Saturday 10 October worked.
// Built inside each test that uses it, not when the file is collected.
const nationalDay = () =>
  businessCalendar({
    holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-09-20', '2026-10-10'],
  });

function issuePaths(fn: () => unknown): (string | number)[][] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    expect((e as PolicyError).code).toBe('INVALID_INPUT');
    return (e as PolicyError).issues.map((i) => [...i.path]);
  }
  throw new Error('expected a PolicyError');
}

describe('businessCalendar (PER-6)', () => {
  it('counts Saturday and Sunday as weekend by default', () => {
    const cal = businessCalendar();
    expect(cal.isBusinessDay('2026-11-20')).toBe(true); // Friday
    expect(cal.isBusinessDay('2026-11-21')).toBe(false); // Saturday
    expect(cal.isBusinessDay('2026-11-22')).toBe(false); // Sunday
    expect(cal.weekend).toEqual([0, 6]);
  });

  it('takes holidays off and make-up workdays on', () => {
    expect(nationalDay().isBusinessDay('2026-10-01')).toBe(false); // Thursday, holiday
    expect(nationalDay().isBusinessDay('2026-09-20')).toBe(true); // Sunday, worked
    expect(nationalDay().isBusinessDay('2026-10-10')).toBe(true); // Saturday, worked
    expect(nationalDay().isBusinessDay('2026-10-11')).toBe(false); // Sunday
  });

  it('rolls a non-business day forward (顺延) and keeps a business day', () => {
    expect(nationalDay().rollForward('2026-10-01')).toBe('2026-10-08');
    expect(nationalDay().rollForward('2026-10-08')).toBe('2026-10-08');
    expect(nationalDay().rollForward('2026-09-19')).toBe('2026-09-20'); // Saturday → the worked Sunday
  });

  it('adds business days, n = 0 giving the date itself', () => {
    expect(nationalDay().addBusinessDays('2026-09-30', 0)).toBe('2026-09-30');
    expect(nationalDay().addBusinessDays('2026-10-03', 0)).toBe('2026-10-03');
    expect(nationalDay().addBusinessDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(nationalDay().addBusinessDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(nationalDay().addBusinessDays('2026-09-30', 4)).toBe('2026-10-12');
  });

  it('supports a configured weekend, such as Friday and Saturday', () => {
    const cal = businessCalendar({ weekend: [5, 6] });
    expect(cal.isBusinessDay('2026-11-22')).toBe(true); // Sunday
    expect(cal.isBusinessDay('2026-11-20')).toBe(false); // Friday
    expect(cal.addBusinessDays('2026-11-19', 1)).toBe('2026-11-22');
  });

  it('lists its holidays and workdays sorted and without repeats', () => {
    const cal = businessCalendar({ holidays: ['2026-05-02', '2026-05-01', '2026-05-01'] });
    expect(cal.holidays).toEqual(['2026-05-01', '2026-05-02']);
    expect(Object.isFrozen(cal)).toBe(true);
  });

  it('rejects a date listed both as holiday and as workday', () => {
    expect(issuePaths(() => businessCalendar({ holidays: ['2026-10-10'], workdays: ['2026-10-10'] }))).toEqual([['workdays', 0]]);
  });

  it('rejects a make-up workday that is not on a weekend day', () => {
    expect(issuePaths(() => businessCalendar({ workdays: ['2026-10-09'] }))).toEqual([['workdays', 0]]);
  });

  it('names every bad field at once', () => {
    expect(
      issuePaths(() => businessCalendar({ holidays: ['2026-02-30', 'x'], workdays: [20261010 as never], weekend: [7] })),
    ).toEqual([['weekend', 0], ['holidays', 0], ['holidays', 1], ['workdays', 0]]);
    expect(issuePaths(() => businessCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] }))).toEqual([['weekend']]);
    expect(issuePaths(() => businessCalendar({ holidays: '2026-10-01' as never }))).toEqual([['holidays']]);
    expect(issuePaths(() => businessCalendar(null as never))).toEqual([[]]);
  });

  it('validates the arguments of its methods', () => {
    expect(issuePaths(() => nationalDay().isBusinessDay('2026-02-30'))).toEqual([['date']]);
    expect(issuePaths(() => nationalDay().addBusinessDays('2026-10-01', -1))).toEqual([['n']]);
    expect(issuePaths(() => nationalDay().addBusinessDays('2026-10-01', 1.5))).toEqual([['n']]);
    expect(issuePaths(() => nationalDay().addBusinessDays('9999-12-30', 5))).toEqual([['n']]);
  });

  it('leaves the caller’s lists untouched', () => {
    const holidays = Object.freeze(['2026-05-03', '2026-05-01']);
    businessCalendar({ holidays });
    expect(holidays).toEqual(['2026-05-03', '2026-05-01']);
  });
});

describe('businessCalendar at the edges (PER-6)', () => {
  it('carries business days over the year end, around New Year’s Day and a Saturday worked in exchange', () => {
    // 2026-12-31 is a Thursday; 2027-01-01 a Friday, 2027-01-02 a Saturday.
    const newYear = businessCalendar({ holidays: ['2027-01-01'] });
    expect(newYear.addBusinessDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(newYear.rollForward('2027-01-01')).toBe('2027-01-04');
    const madeUp = businessCalendar({ holidays: ['2027-01-01'], workdays: ['2027-01-02'] });
    expect(madeUp.addBusinessDays('2026-12-31', 1)).toBe('2027-01-02');
    expect(madeUp.addBusinessDays('2026-12-31', 2)).toBe('2027-01-04');
    expect(madeUp.rollForward('2027-01-01')).toBe('2027-01-02');
    expect(madeUp.isBusinessDay('2027-01-03')).toBe(false); // the Sunday stays off
  });

  it('lets a holiday on a weekend day change nothing', () => {
    // 3 and 4 October 2026 are a Saturday and a Sunday.
    const cal = businessCalendar({ holidays: ['2026-10-04', '2026-10-03'] });
    expect(cal.holidays).toEqual(['2026-10-03', '2026-10-04']);
    expect(cal.addBusinessDays('2026-10-02', 1)).toBe('2026-10-05');
    expect(cal.rollForward('2026-10-03')).toBe('2026-10-05');
    expect(cal.addBusinessDays('2026-09-28', 10)).toBe(businessCalendar().addBusinessDays('2026-09-28', 10));
  });

  it('works with a one-day weekend, a six-day weekend and make-up days on a configured weekend', () => {
    const sundayOnly = businessCalendar({ weekend: [0] });
    expect(sundayOnly.addBusinessDays('2026-11-20', 1)).toBe('2026-11-21'); // Friday → Saturday
    expect(sundayOnly.addBusinessDays('2026-11-21', 1)).toBe('2026-11-23'); // Saturday → Monday
    // Only Friday left to work: each business day is a week after the last.
    const fridays = businessCalendar({ weekend: [6, 4, 3, 2, 1, 0] });
    expect(fridays.weekend).toEqual([0, 1, 2, 3, 4, 6]);
    expect(fridays.addBusinessDays('2026-11-20', 1)).toBe('2026-11-27');
    expect(fridays.addBusinessDays('2026-11-20', 2)).toBe('2026-12-04');
    expect(fridays.rollForward('2026-11-21')).toBe('2026-11-27');
    // With Friday and Saturday off, a Friday may be worked in exchange, a Sunday may not.
    const gulf = businessCalendar({ weekend: [5, 6], workdays: ['2026-11-20'] });
    expect(gulf.isBusinessDay('2026-11-20')).toBe(true);
    expect(gulf.addBusinessDays('2026-11-19', 1)).toBe('2026-11-20');
    expect(gulf.addBusinessDays('2026-11-19', 2)).toBe('2026-11-22');
    expect(policyErrorOf(() => businessCalendar({ weekend: [5, 6], workdays: ['2026-11-22'] })).issues).toEqual([
      { path: ['workdays', 0], message: '2026-11-22 is not on a weekend day, so it cannot be a make-up workday' },
    ]);
  });

  it('counts up to 9999-12-31 and no further', () => {
    // 9999-12-31 is a Friday; 9999-12-24 the Friday before.
    const cal = businessCalendar();
    expect(cal.addBusinessDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(cal.addBusinessDays('9999-12-24', 5)).toBe('9999-12-31');
    expect(cal.addBusinessDays('9999-12-31', 0)).toBe('9999-12-31');
    expect(cal.rollForward('9999-12-31')).toBe('9999-12-31');
    const past = [{ path: ['n'], message: 'reaches past 9999-12-31' }];
    expect(policyErrorOf(() => cal.addBusinessDays('9999-12-31', 1)).issues).toEqual(past);
    expect(policyErrorOf(() => cal.addBusinessDays('9999-12-24', 6)).issues).toEqual(past);
    // A holiday on the last day leaves no business day after 9999-12-30.
    expect(policyErrorOf(() => businessCalendar({ holidays: ['9999-12-31'] }).addBusinessDays('9999-12-30', 1)).issues).toEqual(past);
    // Rolling forward from a non-business day with none left before 9999-12-31 names the date.
    const lastOff = businessCalendar({ holidays: ['9999-12-30', '9999-12-31'] });
    expect(lastOff.rollForward('9999-12-29')).toBe('9999-12-29');
    expect(policyErrorOf(() => lastOff.rollForward('9999-12-30')).issues).toEqual([
      { path: ['date'], message: 'has no business day from it to 9999-12-31' },
    ]);
    expect(policyErrorOf(() => lastOff.rollForward('9999-12-31')).issues).toEqual([
      { path: ['date'], message: 'has no business day from it to 9999-12-31' },
    ]);
  });

  it('counts from 0001-01-01, a Monday', () => {
    expect(businessCalendar().addBusinessDays('0001-01-01', 5)).toBe('0001-01-08');
    expect(businessCalendar({ holidays: ['0001-01-01'] }).rollForward('0001-01-01')).toBe('0001-01-02');
  });
});

describe('businessCalendar: what each error says (PER-6)', () => {
  const issuesOf = (input: unknown) => policyErrorOf(() => businessCalendar(input as never)).issues;
  const DATE = 'must be a real calendar date written YYYY-MM-DD';

  it('says what the input must be when it is not a plain object, and takes no input as weekends only', () => {
    for (const bad of [null, 42, '2026-10-01', true, [], ['2026-10-01']]) {
      expect(issuesOf(bad)).toEqual([{ path: [], message: 'must be an object { holidays?, workdays?, weekend? }' }]);
    }
    expect(businessCalendar(undefined).weekend).toEqual([0, 6]);
  });

  it('says what a weekend must be', () => {
    for (const weekend of [6, '0,6', null, { 0: 0, 1: 6 }]) {
      expect(issuesOf({ weekend })).toEqual([{ path: ['weekend'], message: 'must be an array of weekday numbers, 0 = Sunday … 6 = Saturday' }]);
    }
    const DAY = 'must be a weekday number from 0 (Sunday) to 6 (Saturday)';
    expect(issuesOf({ weekend: [0, -1, 1.5, '1', 7, 6] })).toEqual([1, 2, 3, 4].map((i) => ({ path: ['weekend', i], message: DAY })));
    expect(issuesOf({ weekend: [Number.NaN, null] })).toEqual([0, 1].map((i) => ({ path: ['weekend', i], message: DAY })));
    // A hole is not a weekday either: it is reported, never listed as an undefined weekend day.
    expect(issuesOf({ weekend: [, 6] })).toEqual([{ path: ['weekend', 0], message: DAY }]);
    expect(issuesOf({ weekend: [0, , 6] })).toEqual([{ path: ['weekend', 1], message: DAY }]);
    expect(issuesOf({ weekend: [6, 5, 4, 3, 2, 1, 0, 6] })).toEqual([{ path: ['weekend'], message: 'must leave at least one working day in the week' }]);
  });

  it('quotes each bad date as JSON, and says what a list of dates must be', () => {
    expect(issuesOf({ holidays: ['x', undefined, 20261001, null, '2026-02-29', '2026-10-01'] })).toEqual([
      { path: ['holidays', 0], message: `${DATE}, got "x"` },
      { path: ['holidays', 1], message: `${DATE}, got undefined` },
      { path: ['holidays', 2], message: `${DATE}, got 20261001` },
      { path: ['holidays', 3], message: `${DATE}, got null` },
      { path: ['holidays', 4], message: `${DATE}, got "2026-02-29"` },
    ]);
    expect(issuesOf({ holidays: '2026-10-01', workdays: { 0: '2026-10-10' } })).toEqual([
      { path: ['holidays'], message: 'must be an array of YYYY-MM-DD dates' },
      { path: ['workdays'], message: 'must be an array of YYYY-MM-DD dates' },
    ]);
  });

  it('says why a make-up workday is refused', () => {
    expect(issuesOf({ holidays: ['2026-10-10'], workdays: ['2026-10-09', 'x', '2026-10-10'] })).toEqual([
      { path: ['workdays', 1], message: `${DATE}, got "x"` },
      { path: ['workdays', 0], message: '2026-10-09 is not on a weekend day, so it cannot be a make-up workday' },
      { path: ['workdays', 2], message: '2026-10-10 is listed both as a holiday and as a workday' },
    ]);
  });

  it('turns a getter that throws into INVALID_INPUT that quotes the cause', () => {
    const throwing = (cause: unknown) =>
      Object.defineProperty({}, 'holidays', {
        enumerable: true,
        get() {
          throw cause;
        },
      });
    expect(issuesOf(throwing(new Error('boom')))).toEqual([{ path: [], message: 'could not be read: boom' }]);
    expect(issuesOf(throwing('no holidays today'))).toEqual([{ path: [], message: 'could not be read: no holidays today' }]);
  });

  it('turns an input that cannot be looked at (a revoked proxy) into INVALID_INPUT, also as the calendar of settlementCalendar', () => {
    const revoked = () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    };
    expect(issuesOf(revoked())).toEqual([{ path: [], message: expect.stringMatching(/^could not be read: /) as string }]);
    const e = policyErrorOf(() => settlementCalendar(cloudProgram, { month: '2026-01', calendar: revoked() as never }));
    expect([e.code, e.issues.map((i) => i.path)]).toEqual(['INVALID_INPUT', [['calendar']]]);
  });

  it('names the date and n given to its methods', () => {
    const dateIssue = [{ path: ['date'], message: `${DATE}, got "2026-02-30"` }];
    expect(policyErrorOf(() => nationalDay().isBusinessDay('2026-02-30')).issues).toEqual(dateIssue);
    expect(policyErrorOf(() => nationalDay().rollForward('2026-02-30')).issues).toEqual(dateIssue);
    expect(policyErrorOf(() => nationalDay().addBusinessDays('2026-02-30', 1)).issues).toEqual(dateIssue);
    const trapped = new Proxy({}, { get: () => assert.fail('a trap ran') });
    for (const [n, shown] of [[-1, '-1'], [1.5, '1.5'], ['3', '3'], [Number.NaN, 'NaN'], [2 ** 53, '9007199254740992'], [Object.create(null), 'an object'], [trapped, 'an object']] as const) {
      expect(policyErrorOf(() => nationalDay().addBusinessDays('2026-10-01', n as number)).issues).toEqual([
        { path: ['n'], message: `must be a whole number ≥ 0, got ${shown}` },
      ]);
    }
  });
});
