/**
 * The registration arbitraries live in the public testing kit; these are the
 * conflict tests' own helpers around them.
 */
import type { OwnershipInput } from '../../src/conflict/index.js';

export {
  offsetMinutesArb as offsetArb,
  partyArb,
  progressArb,
  registrationArb,
  ownershipInputArb,
  type ConflictArbOptions,
} from '../../src/testing/index.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** The start of the arbitraries' time axis. */
export const BASE = Date.UTC(2026, 0, 5);

/** `ms` written as local time at an offset of `minutes` east of UTC: `"2026-01-05T08:00:00+08:00"`. */
export function instantAt(ms: number, minutes = 0): string {
  const local = new Date(ms + minutes * 60_000).toISOString();
  const time = local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23);
  if (minutes === 0) return `${time}Z`;
  const a = Math.abs(minutes);
  return `${time}${minutes > 0 ? '+' : '-'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Epoch ms of an instant with an offset (JavaScript reads ISO strings with an offset the same in every zone). */
export function epochOf(instant: string): number {
  return Date.parse(instant);
}

/** The same input with every instant written at another offset. */
export function atOffset<T extends OwnershipInput>(input: T, minutes: number): T {
  const re = (s: string) => instantAt(epochOf(s), minutes);
  return {
    ...input,
    asOf: re(input.asOf),
    registrations: [...input.registrations].map((r) => ({
      ...r,
      registeredAt: re(r.registeredAt),
      ...(r.progress === undefined ? {} : { progress: [...r.progress].map((p) => ({ ...p, at: re(p.at) })) }),
    })),
    takeovers: input.takeovers === undefined ? undefined : [...input.takeovers].map((m) => ({ ...m, at: re(m.at) })),
  } as T;
}

/** A deterministic shuffle of `items` by `seed`. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same input with registrations, their progress and the takeovers in another order. */
export function reordered<T extends OwnershipInput>(input: T, seed: number): T {
  return {
    ...input,
    registrations: shuffle([...input.registrations], seed).map((r, k) =>
      r.progress === undefined ? r : { ...r, progress: shuffle([...r.progress], seed + k + 1) },
    ),
    takeovers: input.takeovers === undefined ? undefined : shuffle([...input.takeovers], seed + 7),
  } as T;
}
