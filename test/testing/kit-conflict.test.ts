import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { resolveOwnership, type Ownership, type Registration } from '../../src/conflict/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { offsetMinutesArb, ownershipInputArb, partyArb, progressArb, registrationArb } from '../../src/testing/index.js';
import { distinct, sampleOf } from './kit-sampling-b.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The start of the kit's time axis (see src/testing/conflict.ts). */
const BASE = Date.UTC(2026, 0, 5);
const ms = (instant: string) => Date.parse(instant);

/** Local time to the second, then `Z` or an offset `±HH:MM`: how the kit writes instants. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:00(?:Z|[+-]\d\d:\d\d)$/;
const OFFSETS = new Set(['Z', '+08:00', '-05:00', '+05:30', '+09:00', '-12:00', '+14:00', '+05:45']);
const offsetOf = (instant: string) => (instant.endsWith('Z') ? 'Z' : instant.slice(-6));

function instantsOf(regs: readonly Registration[]): string[] {
  return regs.flatMap((r) => [r.registeredAt, ...[...(r.progress ?? [])].map((p) => p.at)]);
}

describe('offsetMinutesArb: offsets from UTC−12 to UTC+14', () => {
  it('stays within them, reaching both, with UTC and offsets off the whole hour', () => {
    const offsets = new Set(sampleOf(offsetMinutesArb, 500));
    expect([...offsets].every((m) => Number.isInteger(m) && m >= -720 && m <= 840)).toBe(true);
    expect(offsets).toContain(-720);
    expect(offsets).toContain(840);
    expect(offsets).toContain(0);
    expect([...offsets].some((m) => m % 60 !== 0)).toBe(true);
  });
});

describe('partyArb: a partner or a direct-sales registrant', () => {
  it('picks from P1–P3 and D1, D2 by default', () => {
    expect(distinct(sampleOf(partyArb(), 500), (p) => `${p.kind}:${p.id}`)).toEqual([
      'direct:D1',
      'direct:D2',
      'partner:P1',
      'partner:P2',
      'partner:P3',
    ]);
  });

  it('picks from the ids given', () => {
    expect(distinct(sampleOf(partyArb({ partners: ['P-0107'], directs: ['KA-9'] }), 300), (p) => `${p.kind}:${p.id}`)).toEqual([
      'direct:KA-9',
      'partner:P-0107',
    ]);
  });
});

describe('registrationArb: registrations on whole hours of the span', () => {
  const regs = sampleOf(registrationArb(), 2000);

  it('picks from C1–C3 by default and from the customers given', () => {
    expect(distinct(regs, (r) => r.customerId)).toEqual(['C1', 'C2', 'C3']);
    expect(distinct(sampleOf(registrationArb({ customers: ['ACME'] }), 100), (r) => r.customerId)).toEqual(['ACME']);
  });

  it('registers on whole hours of the 90 days from 2026-01-05T00:00Z, reaching both ends', () => {
    const at = regs.map((r) => ms(r.registeredAt));
    expect(at.every((t) => t % HOUR === 0 && t >= BASE && t <= BASE + 90 * DAY)).toBe(true);
    expect(at).toContain(BASE);
    expect(at).toContain(BASE + 90 * DAY);
  });

  it('honours spanDays, apart from the few fixed hours shared by all spans (day 0 and day 29 of the axis)', () => {
    const at = sampleOf(registrationArb({ spanDays: 2 }), 500).map((r) => ms(r.registeredAt));
    expect(at.every((t) => t >= BASE && t % HOUR === 0)).toBe(true);
    expect(Math.max(...at.filter((t) => t <= BASE + 2 * DAY))).toBe(BASE + 2 * DAY);
    expect(new Set(at.filter((t) => t > BASE + 2 * DAY))).toEqual(new Set([BASE + 29 * DAY]));
  });

  it('makes simultaneous registrations common: instants repeat', () => {
    const at = regs.map((r) => ms(r.registeredAt));
    expect(new Set(at).size).toBeLessThan(at.length / 2);
  });

  it('gives some registrations progress and leaves the field out of the others', () => {
    expect(regs.some((r) => r.progress !== undefined && [...r.progress].length > 0)).toBe(true);
    expect(regs.some((r) => !('progress' in r))).toBe(true);
    expect(regs.every((r) => !('progress' in r) || r.progress !== undefined)).toBe(true);
  });

  it('writes every instant as local time with one of the offsets, UTC as Z', () => {
    const instants = instantsOf(regs.map((r, i) => ({ id: `R${i}`, ...r })));
    for (const i of instants) expect(i).toMatch(INSTANT);
    expect(new Set(instants.map(offsetOf))).toEqual(OFFSETS);
  });
});

describe('progressArb: stages never going back, at whole hours', () => {
  /** After every shared meeting hour of the axis, so that only the gaps move time on. */
  const late = BASE + 100 * DAY;
  const lists = sampleOf(progressArb(late), 2000);

  it('starts at or after the registration, never goes back, and reaches every stage from 1 to 5', () => {
    for (const ps of lists) {
      ps.forEach((p, i) => {
        expect(ms(p.at) % HOUR).toBe(0);
        expect(ms(p.at)).toBeGreaterThanOrEqual(i === 0 ? late : ms(ps[i - 1]!.at));
        if (i > 0) expect(p.stage).toBeGreaterThanOrEqual(ps[i - 1]!.stage);
      });
    }
    expect(distinct(lists.flat(), (p) => p.stage)).toEqual([1, 2, 3, 4, 5]);
  });

  it('spaces entries by at most 35 days by default, reaching it', () => {
    const gaps = lists.flatMap((ps) => ps.map((p, i) => ms(p.at) - (i === 0 ? late : ms(ps[i - 1]!.at))));
    expect(Math.max(...gaps)).toBe(35 * DAY);
    expect(gaps).toContain(0);
  });

  it('honours maxProgressGapDays', () => {
    const short = sampleOf(progressArb(late, { maxProgressGapDays: 2 }), 1000);
    const gaps = short.flatMap((ps) => ps.map((p, i) => ms(p.at) - (i === 0 ? late : ms(ps[i - 1]!.at))));
    expect(Math.max(...gaps)).toBe(2 * DAY);
  });

  it('lands entries exactly when the protection of a registration at the start of the axis lapses, 28 days on (REG-3)', () => {
    const still = sampleOf(progressArb(BASE, { maxProgressGapDays: 0 }), 1000).flat();
    expect(still.some((p) => ms(p.at) === BASE)).toBe(true);
    expect(still.some((p) => ms(p.at) === BASE + 28 * DAY)).toBe(true);
    expect(still.every((p) => ms(p.at) >= BASE)).toBe(true);
  });
});

describe('ownershipInputArb: whole inputs of resolveOwnership, dense enough that the rules meet', () => {
  const inputs = sampleOf(ownershipInputArb(), 600);
  const results = inputs.map((input) => resolveOwnership(telecomProgram, input));
  const all = (f: (o: Ownership) => boolean) => results.flat().filter(f);
  const events = results.flat().flatMap((o) => o.timeline);

  it('numbers registrations R0, R1, … in input order; takeovers name one of them, for its customer, at or after it', () => {
    for (const input of inputs) {
      expect(input.registrations.map((r) => r.id)).toEqual(input.registrations.map((_, i) => `R${i}`));
      for (const t of input.takeovers) {
        const r = input.registrations.find((x) => x.id === t.registrationId)!;
        expect(t.customerId).toBe(r.customerId);
        expect(ms(t.at)).toBeGreaterThanOrEqual(ms(r.registeredAt));
        expect(t.at).toMatch(INSTANT);
      }
      expect(input.asOf).toMatch(INSTANT);
    }
  });

  it('generates 1 to 8 registrations and up to 4 takeovers by default, and honours the bounds given', () => {
    expect(Math.min(...inputs.map((i) => i.registrations.length))).toBe(1);
    expect(Math.max(...inputs.map((i) => i.registrations.length))).toBe(8);
    expect(Math.max(...inputs.map((i) => i.takeovers.length))).toBe(4);
    const small = sampleOf(ownershipInputArb({ maxRegistrations: 2, maxTakeovers: 1 }), 300);
    expect(Math.max(...small.map((i) => i.registrations.length))).toBe(2);
    expect(Math.max(...small.map((i) => i.takeovers.length))).toBe(1);
  });

  it('asks as of whole hours of the span and the 60 days after it', () => {
    const asOf = inputs.map((i) => ms(i.asOf));
    expect(asOf.every((t) => t % HOUR === 0 && t >= BASE && t <= BASE + 150 * DAY)).toBe(true);
    expect(asOf).toContain(BASE);
    expect(asOf).toContain(BASE + 150 * DAY);
  });

  it('reaches every status: owned, tied (REG-2), takeover-open (REG-3) and locked (REG-4)', () => {
    expect(distinct(results.flat(), (o) => o.status)).toEqual(['locked', 'owned', 'takeover-open', 'tied']);
  });

  it('moves ownership by takeovers, and refuses takeovers for each reason', () => {
    expect(events.some((e) => e.event === 'took-over')).toBe(true);
    const reasons = distinct(
      events.filter((e) => e.event === 'takeover-rejected'),
      (e) => e.reason,
    );
    expect(reasons).toEqual(['already-owner', 'customer-locked', 'not-a-candidate', 'not-the-challenger', 'protection-running']);
  });

  it('meets exact 28-day lapses: a takeover at the very instant protection lapses goes through (REG-3)', () => {
    const onTheDot = results.flat().filter((o) =>
      o.timeline.some((e, i) => e.event === 'took-over' && o.timeline.slice(0, i).some((l) => l.event === 'protection-lapsed' && l.at === e.at)),
    );
    expect(onTheDot.length).toBeGreaterThan(0);
  });

  it('meets exact 28-day lapses: some inputs ask as of the very instant a protection lapses', () => {
    const atLapse = inputs.filter((input, k) => results[k]!.some((o) => o.protectedUntil !== null && ms(o.protectedUntil) === ms(input.asOf)));
    expect(atLapse.length).toBeGreaterThan(0);
  });

  it('refuses a takeover in the hours just before protection lapses (REG-3)', () => {
    const justBefore = all((o) =>
      o.timeline.some(
        (e) =>
          e.event === 'takeover-rejected' &&
          e.reason === 'protection-running' &&
          o.timeline.some((l) => l.event === 'protection-lapsed' && ms(l.at) - ms(e.at) > 0 && ms(l.at) - ms(e.at) <= 2 * HOUR),
      ),
    );
    expect(justBefore.length).toBeGreaterThan(0);
  });

  test.prop([ownershipInputArb({ spanDays: 3, customers: ['C1'] })], { numRuns: 100 })(
    'a narrow span still gives valid inputs, registrations inside it',
    (input) => {
      for (const r of input.registrations) {
        const t = ms(r.registeredAt);
        expect(t <= BASE + 3 * DAY || t === BASE + 29 * DAY).toBe(true);
      }
      // Registrations after asOf are not yet known (REG-1): C1 appears once one is.
      expect(resolveOwnership(telecomProgram, input).map((o) => o.customerId)).toEqual(
        input.registrations.some((r) => ms(r.registeredAt) <= ms(input.asOf)) ? ['C1'] : [],
      );
    },
  );
});
