import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { resolveOwnership, type OwnershipInput, type Registration, type Stage } from '../../src/conflict/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { DAY, epochOf, HOUR, instantAt, offsetArb, ownershipInputArb, registrationArb, reordered } from './arbitraries.js';
import { comparable, model } from './model.js';

const conflict = telecomProgram.conflict!;

/** One customer's registrations, `min` to `max` of them, ids R0… in input order. */
function oneCustomerArb(min: number, max: number, spanDays: number): fc.Arbitrary<Registration[]> {
  return fc
    .array(registrationArb({ customers: ['C1'], spanDays, maxProgressGapDays: 10 }), { minLength: min, maxLength: max })
    .map((regs) => regs.map((r, i) => ({ id: `R${i}`, ...r })));
}

/** Takeovers for some of `regs` at whole hours after their registration. */
function takeoversArb(regs: Registration[]) {
  return fc.array(
    fc.record({ k: fc.nat(), hours: fc.oneof(fc.integer({ min: 0, max: 60 * 24 }), fc.integer({ min: 28 * 24 - 1, max: 29 * 24 })), offset: offsetArb }).map(({ k, hours, offset }) => {
      const r = regs[k % regs.length]!;
      return { customerId: r.customerId, registrationId: r.id, at: instantAt(epochOf(r.registeredAt) + hours * HOUR, offset) };
    }),
    { maxLength: 6 },
  );
}

/** A whole input for one busy customer: many registrations, most making progress in short steps, and takeovers. */
const busyArb = (min: number, max: number, spanDays: number) =>
  oneCustomerArb(min, max, spanDays).chain((registrations) =>
    fc.record({
      registrations: fc.constant(registrations),
      takeovers: takeoversArb(registrations),
      asOf: fc.integer({ min: 0, max: (spanDays + 90) * 24 }).map((h) => instantAt(epochOf(registrations[0]!.registeredAt) + (h - spanDays * 12) * HOUR)),
    }),
  );

/** Registrations of one customer, each by its own partner at its own hour of two days, each advancing one stage at a time a few hours apart. */
const sideBySideArb = fc.uniqueArray(
  fc.record({ hour: fc.integer({ min: 0, max: 48 }), gaps: fc.array(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 4 }), offset: offsetArb }),
  { minLength: 5, maxLength: 9, selector: (s) => s.hour },
);
const MARCH = Date.UTC(2026, 2, 1);

describe('ownership rules as properties', () => {
  test.prop([sideBySideArb, fc.integer({ min: 0, max: 400 })], { numRuns: 2000 })(
    "protection runs 28 days from the owner's last advance known at asOf, and key support follows its highest stage, however many other registrations advance at the same hours (REG-1, REG-3, REG-5)",
    (specs, asOfHours) => {
      const registrations: Registration[] = specs.map(({ hour, gaps, offset }, k) => {
        let t = MARCH + hour * HOUR;
        const registeredAt = instantAt(t, offset);
        const progress = gaps.map((gap, s) => ({ stage: (s + 1) as Stage, at: instantAt((t += gap * HOUR), offset) }));
        return { id: `R${k}`, customerId: 'C1', party: { kind: 'partner', id: `P${k}` }, registeredAt, progress };
      });
      // Every party registers at its own hour and nobody takes over: the earliest registration owns.
      const first = Math.min(...specs.map((s) => s.hour));
      const k = specs.findIndex((s) => s.hour === first);
      const asOf = MARCH + (first + asOfHours) * HOUR;
      const [r] = resolveOwnership(telecomProgram, { registrations, asOf: instantAt(asOf) });
      expect(r!.owner).toBe(`R${k}`);
      const advances = [...registrations[k]!.progress!].filter((p) => epochOf(p.at) <= asOf);
      const renewed = advances.length === 0 ? epochOf(registrations[k]!.registeredAt) : epochOf(advances.at(-1)!.at);
      expect(epochOf(r!.protectedUntil!)).toBe(renewed + 28 * DAY);
      expect(r!.keySupport).toBe(advances.length >= 3);
    },
  );

  test.prop([busyArb(6, 24, 20)], { numRuns: 300 })(
    'with many registrations of one customer making progress side by side, every stage advance is read in time order: the result agrees with the reference model (REG-1 to REG-5)',
    (i) => {
      expect(resolveOwnership(telecomProgram, i).map(comparable)).toEqual(model(conflict, i));
    },
  );

  test.prop([busyArb(25, 40, 10), fc.nat()], { numRuns: 40 })(
    'with more than two dozen registrations of one customer, the input order never matters and the result agrees with the reference model (REG-1)',
    (i, seed) => {
      const results = resolveOwnership(telecomProgram, i);
      expect(resolveOwnership(telecomProgram, reordered(i, seed))).toEqual(results);
      expect(results.map(comparable)).toEqual(model(conflict, i));
    },
  );

  test.prop([ownershipInputArb(), fc.integer({ min: 0, max: 60 * 24 })])(
    'a later asOf never rewrites history: the timeline and refusals as of an earlier instant are exactly the later ones up to that instant, so a lapsed protection stays lapsed (REG-3)',
    (i, hours) => {
      const asOf = epochOf(i.asOf);
      const later: OwnershipInput = { ...i, asOf: instantAt(asOf + hours * HOUR, 330) };
      const after = new Map(resolveOwnership(telecomProgram, later).map((r) => [r.customerId, r]));
      for (const r of resolveOwnership(telecomProgram, i)) {
        const then = after.get(r.customerId)!;
        expect(then.timeline.filter((e) => epochOf(e.at) <= asOf)).toEqual(r.timeline);
        expect(then.rejected.filter((x) => epochOf(x.at) <= asOf)).toEqual(r.rejected);
      }
    },
  );

  test.prop([ownershipInputArb()])(
    'the owner, the candidates and the challenger are always registrations of that customer known at asOf, and the challenger is of another party than the owner (REG-1 to REG-3)',
    (i) => {
      const asOf = epochOf(i.asOf);
      const byId = new Map(i.registrations.map((g) => [g.id, g]));
      const known = (id: string, customerId: string) => {
        const g = byId.get(id);
        return g !== undefined && g.customerId === customerId && epochOf(g.registeredAt) <= asOf;
      };
      for (const r of resolveOwnership(telecomProgram, i)) {
        for (const id of [r.owner, r.challenger, ...r.candidates]) if (id !== null) expect(known(id, r.customerId)).toBe(true);
        if (r.owner !== null && r.challenger !== null) {
          const [o, c] = [byId.get(r.owner)!.party, byId.get(r.challenger)!.party];
          expect(o.kind === c.kind && o.id === c.id).toBe(false);
        }
      }
    },
  );
});
