import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';

// Taken before any module of the library is imported by this file.
const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));

describe('the test environment', () => {
  it('runs under the time zone npm test asked for', () => {
    // npm test runs the suite under Pacific/Kiritimati (UTC+14) and America/Los_Angeles (UTC−8/−7).
    const tz = process.env.TZ;
    const offset = new Date('2026-01-15T12:00:00Z').getTimezoneOffset();
    if (tz === 'Pacific/Kiritimati') expect(offset).toBe(-840);
    if (tz === 'America/Los_Angeles') expect(offset).toBe(480);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('importing the library (CONV-4)', () => {
  it('leaves the global Decimal configuration untouched', async () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos };
    await import('../src/index.js');
    await import('../src/tiers/index.js');
    await import('../src/periods/index.js');
    expect({ precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos }).toEqual(before);
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
  });
});

describe('importing the library changes no global state of its own (CONV-4)', () => {
  it('adds no globals but the two zod defines for itself', async () => {
    await import('../src/index.js');
    await import('../src/tiers/index.js');
    await import('../src/periods/index.js');
    const added = Object.getOwnPropertyNames(globalThis).filter((k) => !globalsBefore.has(k));
    for (const name of added) expect(['__zod_globalConfig', '__zod_globalRegistry']).toContain(name);
  });
});
