import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from '../../src/conflict/instants.js';

describe('parseInstant (CONV-3)', () => {
  it('reads an instant with its offset, as the same epoch milliseconds in every zone', () => {
    // 09:30 in Beijing is 01:30 UTC.
    expect(parseInstant('2026-04-10T09:30:00+08:00')).toBe(Date.UTC(2026, 3, 10, 1, 30));
    expect(parseInstant('2026-04-10T01:30:00Z')).toBe(Date.UTC(2026, 3, 10, 1, 30));
    expect(parseInstant('2026-04-09T20:30-05:00')).toBe(Date.UTC(2026, 3, 10, 1, 30));
    expect(parseInstant('2026-04-10T01:30:00.5Z')).toBe(Date.UTC(2026, 3, 10, 1, 30, 0, 500));
    expect(parseInstant('2026-04-10T01:30:00.123Z')).toBe(Date.UTC(2026, 3, 10, 1, 30, 0, 123));
  });

  it('crosses a date line with the offset', () => {
    expect(parseInstant('2026-01-01T00:30:00+01:00')).toBe(Date.UTC(2025, 11, 31, 23, 30));
  });

  it('rejects what is not an instant with an offset', () => {
    for (const bad of [
      '2026-04-10T09:30:00', // no offset: local time would depend on the machine
      '2026-04-10',
      '2026-02-30T09:30:00Z',
      '2026-04-10T24:00:00Z',
      '2026-04-10T09:60:00Z',
      '2026-04-10T09:30:60Z',
      '2026-04-10T09:30:00z',
      '2026-04-10t09:30:00Z',
      '2026-04-10T09:30:00+0800',
      '2026-04-10T09:30:00+24:00',
      '2026-04-10T09:30:00.Z',
      '2026-04-10T09:30:00.1234567890Z',
      '0000-04-10T09:30:00Z',
      ' 2026-04-10T09:30:00Z',
      '2026-04-10T09:30:00Z ',
      '',
    ]) {
      expect(parseInstant(bad), bad).toBeNaN();
    }
    for (const bad of [null, undefined, 1_775_784_600_000, new Date(0), ['2026-04-10T09:30:00Z']]) expect(parseInstant(bad)).toBeNaN();
  });
});

describe('formatInstant', () => {
  it('writes UTC with milliseconds, as toISOString does', () => {
    expect(formatInstant(Date.UTC(2026, 3, 10, 1, 30))).toBe('2026-04-10T01:30:00.000Z');
    expect(formatInstant(Date.UTC(2026, 3, 10, 1, 30, 7, 5))).toBe('2026-04-10T01:30:07.005Z');
    expect(formatInstant(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(formatInstant(-1)).toBe('1969-12-31T23:59:59.999Z');
  });

  it('writes years beyond 9999 in the extended form', () => {
    expect(formatInstant(Date.UTC(10000, 0, 1))).toBe('+010000-01-01T00:00:00.000Z');
  });
});
