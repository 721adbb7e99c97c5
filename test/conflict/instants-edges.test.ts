import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from '../../src/conflict/instants.js';

/** Epoch ms of a UTC instant in any year (Date.UTC maps years 0–99 to 1900–1999). */
function utc(year: number, month: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, h, mi, s, ms));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

describe('parseInstant at the edges of the grammar (CONV-3)', () => {
  it('reads the extreme offsets +14:00 and -12:00, Z, and fractions of one to nine digits', () => {
    expect(parseInstant('2026-04-10T14:00:00+14:00')).toBe(utc(2026, 4, 10));
    expect(parseInstant('2026-04-09T12:00:00-12:00')).toBe(utc(2026, 4, 10));
    expect(parseInstant('2026-04-10T00:00:00+00:00')).toBe(parseInstant('2026-04-10T00:00:00Z'));
    expect(parseInstant('2026-04-10T00:00:00-00:00')).toBe(utc(2026, 4, 10));
    expect(parseInstant('2026-04-10T01:30:00.12Z')).toBe(utc(2026, 4, 10, 1, 30, 0, 120));
    expect(parseInstant('2026-04-10T01:30:00.120Z')).toBe(utc(2026, 4, 10, 1, 30, 0, 120));
    expect(parseInstant('2026-04-10T01:30:00.999+08:00')).toBe(utc(2026, 4, 9, 17, 30, 0, 999));
    expect(parseInstant('2026-04-10T01:30:00.123456789Z')).toBe(Date.parse('2026-04-10T01:30:00.123Z'));
    expect(parseInstant('2026-04-10T23:59:59Z')).toBe(utc(2026, 4, 10, 23, 59, 59));
  });

  it('reads leap days and the limits of years 0001 and 9999', () => {
    expect(parseInstant('2024-02-29T00:00:00Z')).toBe(utc(2024, 2, 29));
    expect(parseInstant('2000-02-29T12:00:00Z')).toBe(utc(2000, 2, 29, 12));
    expect(parseInstant('1900-02-29T00:00:00Z')).toBeNaN();
    expect(parseInstant('2026-02-29T00:00:00Z')).toBeNaN();
    expect(parseInstant('0001-01-01T00:00:00Z')).toBe(utc(1, 1, 1));
    expect(parseInstant('0001-01-01T00:00:00+00:01')).toBe(utc(1, 1, 1) - 60_000);
    expect(parseInstant('9999-12-31T23:59:59.999Z')).toBe(utc(9999, 12, 31, 23, 59, 59, 999));
    expect(parseInstant('9999-12-31T23:59:59.999-12:00')).toBe(utc(9999, 12, 31, 23, 59, 59, 999) + 12 * 3_600_000);
  });

  it('refuses a character that is not a digit where a digit belongs, even one next to the digits in ASCII', () => {
    // "/" and ":" sit just below and just above "0"–"9": read as digits they would make 9 and 10.
    for (const bad of [
      '2026-04-1/T09:30:00Z',
      '2026-0:-10T09:30:00Z',
      '2026-04-10T0/:30:00Z',
      '2026-04-10T09:3:Z',
      '2026-04-10T09:30:/0Z',
      '2026-04-10T09:30:0:Z',
      '2026-04-10T09:30:00+0/:00',
      '2026-04-10T09:30:00+08:0:',
      '202:-04-10T09:30:00Z',
    ]) {
      expect(parseInstant(bad), bad).toBeNaN();
    }
  });

  it('refuses the wrong separator at each place one belongs', () => {
    for (const bad of [
      '2026/04-10T09:30:00Z',
      '2026-04/10T09:30:00Z',
      '2026-04-10 09:30:00Z',
      '2026-04-10T09.30:00Z',
      '2026-04-10T09:30.00Z',
      '2026-04-10T09:30:00 08:00',
      '2026-04-10T09:30:00_08:00',
      '2026-04-10T09:30:00+08-00',
    ]) {
      expect(parseInstant(bad), bad).toBeNaN();
    }
  });

  it('refuses offsets and seconds out of range', () => {
    for (const bad of ['2026-04-10T09:30:00+05:60', '2026-04-10T09:30:00-00:60', '2026-04-10T09:30:00+24:00', '2026-04-10T09:30:61Z']) {
      expect(parseInstant(bad), bad).toBeNaN();
    }
    expect(parseInstant('2026-04-10T09:30:00+23:59')).toBe(utc(2026, 4, 9, 9, 31));
  });

  it('agrees with Date.parse on every well-formed instant it is given', () => {
    for (const s of [
      '2026-04-10T09:30:00+08:00',
      '2026-04-10T09:30+05:45',
      '2026-12-31T23:59:59.9-03:30',
      '2024-02-29T23:00:00-01:00',
      '1970-01-01T00:00:00.001Z',
      '1969-12-31T23:59:59.999Z',
      '2000-01-01T00:00:00+14:00',
      '2038-01-19T03:14:08Z',
    ]) {
      expect(parseInstant(s), s).toBe(Date.parse(s));
    }
  });
});

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** An instant in the date-time string format of ECMAScript (the one Date.parse must read), with an offset from -12:00 to +14:00. */
const ecmaInstant = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1, 0, 2), max: Date.UTC(9999, 11, 30) }),
    offsetMinutes: fc.integer({ min: -12 * 60, max: 14 * 60 }),
    form: fc.constantFrom('minutes', 'seconds', 'millis'),
  })
  .map(({ ms, offsetMinutes, form }) => {
    const local = new Date(ms + offsetMinutes * 60_000).toISOString();
    const offset = offsetMinutes === 0 && form === 'millis' ? 'Z' : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60), 2)}:${pad(Math.abs(offsetMinutes) % 60, 2)}`;
    return local.slice(0, form === 'minutes' ? 16 : form === 'seconds' ? 19 : 23) + offset;
  });

describe('parseInstant against Date.parse', () => {
  test.prop([ecmaInstant], { numRuns: 500 })('for any instant of years 0001 to 9999 in the ECMAScript format, it reads what Date.parse reads', (s) => {
    expect(parseInstant(s)).toBe(Date.parse(s));
  });
});

describe('formatInstant at the edges of the calendar', () => {
  it('writes the last day of every 400-year cycle: a leap day of a year divisible by 400', () => {
    expect(formatInstant(utc(2000, 2, 29))).toBe('2000-02-29T00:00:00.000Z');
    expect(formatInstant(utc(2000, 2, 29, 23, 59, 59, 999))).toBe('2000-02-29T23:59:59.999Z');
    expect(formatInstant(utc(1600, 2, 29, 12))).toBe('1600-02-29T12:00:00.000Z');
    expect(formatInstant(utc(2400, 2, 29))).toBe('2400-02-29T00:00:00.000Z');
    expect(formatInstant(utc(2000, 3, 1))).toBe('2000-03-01T00:00:00.000Z');
    expect(formatInstant(utc(1900, 3, 1))).toBe('1900-03-01T00:00:00.000Z');
  });

  it('writes year 0 in four digits as toISOString does, and only years outside 0000–9999 in the extended form', () => {
    for (const ms of [utc(0, 1, 1), utc(0, 6, 15, 12), utc(0, 12, 31, 23, 59, 59, 999), utc(-1, 12, 31), utc(9999, 12, 31, 23, 59, 59, 999), utc(10000, 1, 1)]) {
      expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
    }
    expect(formatInstant(utc(0, 2, 29))).toBe('0000-02-29T00:00:00.000Z');
    expect(formatInstant(utc(-1, 12, 31))).toBe('-000001-12-31T00:00:00.000Z');
  });
});
