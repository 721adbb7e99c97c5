/**
 * Arbitraries for registration conflicts (REG-1 to REG-5): valid inputs of
 * `resolveOwnership` by construction, dense enough that the rules meet (same
 * instants, exact 28-day lapses, several parties per customer).
 * @module
 */
import fc from 'fast-check';
import type { OwnershipInput, Party, Progress, Registration, Stage, Takeover } from '../conflict/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The start of the arbitraries' time axis: 2026-01-05T00:00Z. */
const BASE = Date.UTC(2026, 0, 5);

/**
 * `ms` written as local time at an offset of `minutes` east of UTC: `"2026-01-05T08:00:00+08:00"`.
 * Every instant here is a whole hour, so the seconds are the last field written.
 */
function instantAt(ms: number, minutes = 0): string {
  const time = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  if (minutes === 0) return `${time}Z`;
  const a = Math.abs(minutes);
  return `${time}${minutes > 0 ? '+' : '-'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Epoch ms of an instant with an offset (JavaScript reads ISO strings with an offset the same in every zone). */
function epochOf(instant: string): number {
  return Date.parse(instant);
}

/** Hours from BASE on which registrations often fall, and the hours their 28-day protections lapse on. */
const FIXED_HOURS = [0, 29 * 24];
const LAPSES = [...FIXED_HOURS.map((h) => h + 28 * 24), 29 * 24 + 28 * 24 * 2];
const MEETINGS = [...FIXED_HOURS, ...LAPSES];

/**
 * Offsets in minutes, from UTC−12 to UTC+14.
 *
 * @example
 * fc.assert(fc.property(offsetMinutesArb, (m) => m >= -720 && m <= 840));
 */
export const offsetMinutesArb = fc.constantFrom(0, 480, -300, 330, 540, -720, 840, 345);

/** Options to skew generated registrations. */
export interface ConflictArbOptions {
  /** Customer ids to choose from (default C1–C3). */
  readonly customers?: readonly string[];
  /** Partner ids (default P1–P3). */
  readonly partners?: readonly string[];
  /** Direct-sales registrant ids (default D1, D2). */
  readonly directs?: readonly string[];
  readonly maxRegistrations?: number;
  readonly maxTakeovers?: number;
  /**
   * Registrations fall on whole hours of this many days from BASE (default 90): a narrow span makes ties and lapses meet.
   * Some also fall on fixed meeting hours (day 0 and day 29, and the lapses after them) whatever the span.
   */
  readonly spanDays?: number;
  /**
   * Largest gap between two progress entries, in days (default 35, beyond the 28 days of protection).
   * An entry that jumps to one of the shared meeting hours can be further from the one before.
   */
  readonly maxProgressGapDays?: number;
}

/**
 * A party: a partner or a direct-sales registrant.
 *
 * @example
 * fc.assert(fc.property(partyArb({ partners: ['P-0107'] }), (p) => p.kind === 'direct' || p.id === 'P-0107'));
 */
export function partyArb(options: ConflictArbOptions = {}): fc.Arbitrary<Party> {
  const partners = options.partners ?? ['P1', 'P2', 'P3'];
  const directs = options.directs ?? ['D1', 'D2'];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...partners).map((id): Party => ({ kind: 'partner', id })) },
    { weight: 2, arbitrary: fc.constantFrom(...directs).map((id): Party => ({ kind: 'direct', id })) },
  );
}

/**
 * Progress from `registeredAt` (epoch ms): stages never going back, at whole hours, each written at `offset`.
 *
 * @example
 * fc.assert(fc.property(progressArb(Date.UTC(2026, 0, 5)), (ps) => ps.every((p, i) => i === 0 || p.stage >= ps[i - 1].stage)));
 */
export function progressArb(registeredAt: number, options: ConflictArbOptions = {}): fc.Arbitrary<Progress[]> {
  const maxGap = (options.maxProgressGapDays ?? 35) * 24;
  // Some entries fall on the shared meeting hours, where registrations and takeovers also fall.
  const at = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: maxGap }).map((gap) => ({ gap, meet: null })) }, { weight: 1, arbitrary: fc.constantFrom(...MEETINGS).map((meet) => ({ gap: 0, meet })) });
  return fc
    .array(fc.record({ at, up: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant(4)), offset: offsetMinutesArb }), { maxLength: 4 })
    .map((entries) => {
      let t = registeredAt;
      let stage = 0;
      return entries.map((e) => {
        t = e.at.meet === null ? t + e.at.gap * HOUR : Math.max(t, BASE + e.at.meet * HOUR);
        stage = Math.min(5, Math.max(1, stage + e.up));
        return { stage: stage as Stage, at: instantAt(t, e.offset) };
      });
    });
}

/**
 * One registration (its id is set by {@link ownershipInputArb}).
 *
 * @example
 * fc.assert(fc.property(registrationArb({ customers: ['C1'] }), (r) => r.customerId === 'C1'));
 */
export function registrationArb(options: ConflictArbOptions = {}): fc.Arbitrary<Omit<Registration, 'id'>> {
  const customers = options.customers ?? ['C1', 'C2', 'C3'];
  const span = (options.spanDays ?? 90) * 24;
  return fc
    .record({
      customerId: fc.constantFrom(...customers),
      party: partyArb(options),
      // A few fixed hours make simultaneous registrations common (REG-2).
      hour: fc.oneof(fc.integer({ min: 0, max: span }), fc.constantFrom(...FIXED_HOURS)),
      offset: offsetMinutesArb,
    })
    .chain(({ customerId, party, hour, offset }) => {
      const t = BASE + hour * HOUR;
      // Half make no progress at all, so protections lapse and takeovers go through.
      return fc.oneof(fc.constant([]), progressArb(t, options)).map((progress) => ({
        customerId,
        party,
        registeredAt: instantAt(t, offset),
        ...(progress.length > 0 ? { progress } : {}),
      }));
    });
}

/**
 * A whole input of `resolveOwnership`: registrations with unique ids
 * (`R0`, `R1`, … in input order), takeovers naming some of them at or after
 * their registration, and an as-of instant.
 *
 * @example
 * fc.assert(fc.property(ownershipInputArb(), (input) =>
 *   resolveOwnership(telecomProgram, input).every((c) => c.owner === null || c.candidates.length === 0)));
 */
export function ownershipInputArb(options: ConflictArbOptions = {}): fc.Arbitrary<OwnershipInput & { registrations: Registration[]; takeovers: Takeover[] }> {
  const span = (options.spanDays ?? 90) * 24;
  return fc
    .array(registrationArb(options), { minLength: 1, maxLength: options.maxRegistrations ?? 8 })
    .chain((regs) => {
      const registrations: Registration[] = regs.map((r, i) => ({ id: `R${i}`, ...r }));
      // Gaps near 28 days, and the exact lapses of protections started at the fixed hours,
      // make takeovers meet the end of protection (REG-3).
      const gap = fc.oneof(fc.integer({ min: 0, max: 60 * 24 }), fc.integer({ min: 28 * 24 - 2, max: 31 * 24 }));
      const takeover = fc
        .record({ k: fc.nat(), gap, lapse: fc.option(fc.constantFrom(...LAPSES), { freq: 3 }), offset: offsetMinutesArb })
        .map(({ k, gap, lapse, offset }): Takeover => {
          const r = registrations[k % registrations.length]!;
          const t = epochOf(r.registeredAt);
          return { customerId: r.customerId, registrationId: r.id, at: instantAt(lapse === null ? t + gap * HOUR : Math.max(t, BASE + lapse * HOUR), offset) };
        });
      // Takeovers by the second or third registration of a customer, once the first one's protection may have
      // lapsed: these are often the challenger's, so ownership moves and the line behind it matters (REG-3).
      const byTime = (customerId: string) =>
        registrations.filter((r) => r.customerId === customerId).sort((a, b) => epochOf(a.registeredAt) - epochOf(b.registeredAt));
      const challengerTakeover = fc
        .record({ k: fc.nat(), nth: fc.constantFrom(1, 2), extra: fc.constantFrom(0, 1, 24 * 30, 24 * 60), offset: offsetMinutesArb })
        .map(({ k, nth, extra, offset }): Takeover | null => {
          const line = byTime(registrations[k % registrations.length]!.customerId);
          const r = line[nth];
          if (r === undefined) return null;
          const at = Math.max(epochOf(r.registeredAt), epochOf(line[0]!.registeredAt) + 28 * DAY + extra * HOUR);
          return { customerId: r.customerId, registrationId: r.id, at: instantAt(at, offset) };
        });
      const takeovers = fc
        .array(fc.oneof(takeover, challengerTakeover), { maxLength: options.maxTakeovers ?? 4 })
        .map((list) => list.filter((m): m is Takeover => m !== null));
      return fc.record({
        registrations: fc.constant(registrations),
        takeovers,
        asOf: fc
          .tuple(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: span + 60 * 24 }) }, { weight: 1, arbitrary: fc.constantFrom(...LAPSES) }), offsetMinutesArb)
          .map(([h, o]) => instantAt(BASE + h * HOUR, o)),
      });
    });
}
