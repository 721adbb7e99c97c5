import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { businessCalendar } from '../../src/periods/index.js';

// National Day 2026 as an example list: 1–7 October off, Sunday 20 September and Saturday 10 October worked.
const nationalDay = businessCalendar({
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
    expect(nationalDay.isBusinessDay('2026-10-01')).toBe(false); // Thursday, holiday
    expect(nationalDay.isBusinessDay('2026-09-20')).toBe(true); // Sunday, worked
    expect(nationalDay.isBusinessDay('2026-10-10')).toBe(true); // Saturday, worked
    expect(nationalDay.isBusinessDay('2026-10-11')).toBe(false); // Sunday
  });

  it('rolls a non-business day forward (顺延) and keeps a business day', () => {
    expect(nationalDay.rollForward('2026-10-01')).toBe('2026-10-08');
    expect(nationalDay.rollForward('2026-10-08')).toBe('2026-10-08');
    expect(nationalDay.rollForward('2026-09-19')).toBe('2026-09-20'); // Saturday → the worked Sunday
  });

  it('adds business days, n = 0 giving the date itself', () => {
    expect(nationalDay.addBusinessDays('2026-09-30', 0)).toBe('2026-09-30');
    expect(nationalDay.addBusinessDays('2026-10-03', 0)).toBe('2026-10-03');
    expect(nationalDay.addBusinessDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(nationalDay.addBusinessDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(nationalDay.addBusinessDays('2026-09-30', 4)).toBe('2026-10-12');
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
    expect(issuePaths(() => nationalDay.isBusinessDay('2026-02-30'))).toEqual([['date']]);
    expect(issuePaths(() => nationalDay.addBusinessDays('2026-10-01', -1))).toEqual([['n']]);
    expect(issuePaths(() => nationalDay.addBusinessDays('2026-10-01', 1.5))).toEqual([['n']]);
    expect(issuePaths(() => nationalDay.addBusinessDays('9999-12-30', 5))).toEqual([['n']]);
  });

  it('leaves the caller’s lists untouched', () => {
    const holidays = Object.freeze(['2026-05-03', '2026-05-01']);
    businessCalendar({ holidays });
    expect(holidays).toEqual(['2026-05-03', '2026-05-01']);
  });
});
