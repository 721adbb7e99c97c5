/**
 * fast-check arbitraries for the commission tests: receipts and refunds come
 * from the public testing kit; the program cases and ladders are the tests' own.
 */
import { fc } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import type { Receipt, Refund } from '../../src/commission/types.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import type { Policy, Tier } from '../../src/policy/types.js';
import { receiptArb, refundsArb } from '../../src/testing/index.js';

/** The ISO date `days` days after 1970-01-01 (UTC arithmetic: no time zone involved). */
export function isoOfDay(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** The day number of an ISO date. */
export function dayOfIso(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** A date from `from` to `to`, inclusive. */
export function dateBetween(from: string, to: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayOfIso(from), max: dayOfIso(to) }).map(isoOfDay);
}

/** The statement period the property tests use: the first quarter of 2026. */
export const PERIOD = { from: '2026-01-01', to: '2026-03-31' } as const;

/** A date mostly inside {@link PERIOD}, sometimes just outside it. */
export const receivedOn = fc.oneof(
  { arbitrary: dateBetween(PERIOD.from, PERIOD.to), weight: 6 },
  { arbitrary: dateBetween('2025-11-01', '2026-05-31'), weight: 1 },
);

/** A customer start over the two and a half years before the period, 29 February 2024 included. */
export const customerStartOn = fc.oneof(
  { arbitrary: dateBetween('2023-07-01', '2026-03-31'), weight: 8 },
  { arbitrary: fc.constantFrom('2024-02-29', '2024-03-01', '2024-02-28', '2023-03-01'), weight: 2 },
);

/** A tier. */
export const tier: fc.Arbitrary<Tier> = fc.constantFrom('gold', 'silver', 'ordinary');

/** A tier history: entries on distinct dates, in any order. */
export const tierHistory = fc.uniqueArray(fc.record({ tier, from: dateBetween('2023-06-01', '2026-06-30') }), {
  selector: (e) => e.from,
  maxLength: 8,
});

/** A cash amount in minor units (CNY fen): mostly everyday figures, sometimes huge ones near 10^15 yuan. */
export const minorUnits = fc.oneof(
  { arbitrary: fc.bigInt({ min: 0n, max: 10_000_000n }), weight: 8 },
  { arbitrary: fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }), weight: 1 },
  { arbitrary: fc.constantFrom(0n, 1n, 5n, 25n, 50n), weight: 1 },
);

/** Minor units written at scale 2: `1234n` → `"12.34"`. */
export function money(minor: bigint): string {
  return `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;
}

/** One amount in the forms a caller may use: a string, a number (when exact), or a Decimal. */
export function moneyInput(minor: bigint): fc.Arbitrary<string | number | Decimal> {
  const s = money(minor);
  const forms: fc.Arbitrary<string | number | Decimal>[] = [fc.constant(s), fc.constant(new Decimal(s))];
  if (minor < 10n ** 15n) forms.push(fc.constant(Number(s)));
  return fc.oneof(...forms);
}

/** A receipt of a line from `lines`, with a margin cost where `marginLines` says so (the testing kit's receiptArb). */
export function receiptOf(lines: readonly string[], marginLines: readonly string[] = []): fc.Arbitrary<Omit<Receipt, 'id'>> {
  return receiptArb({
    lines,
    marginLines,
    period: PERIOD,
    outsideShare: 0.15,
    startRange: { from: '2023-07-01', to: '2026-03-31' },
    coversFromShare: 0.5,
  });
}

/** Receipts with distinct ids `R0`, `R1`, …. */
export function receiptsOf(one: fc.Arbitrary<Omit<Receipt, 'id'>>, maxLength = 20): fc.Arbitrary<Receipt[]> {
  return fc.array(one, { maxLength }).map((rs) => rs.map((r, i) => ({ id: `R${i}`, ...r })));
}

/** Refunds of some of `receipts`, each within its receipt and all of one receipt within it (the testing kit's refundsArb). */
export function refundsOf(receipts: readonly Receipt[]): fc.Arbitrary<Refund[]> {
  return refundsArb(receipts);
}

const BRACKETS = [
  { from: '0', to: '1000', rate: '0.1' },
  { from: '1000', to: '50000.5', rate: '0.15' },
  { from: '50000.5', to: null, rate: '0.2' },
];

/** A ladder policy over the cloud program: three marginal brackets with bounds that make slices straddle. */
export const marginalLadder: Policy = definePolicy(cloudProgram, {
  commission: { otherLines: { kind: 'ladder', mode: 'marginal', brackets: BRACKETS } },
});

/** The same brackets in whole mode. */
export const wholeLadder: Policy = definePolicy(cloudProgram, {
  commission: { otherLines: { kind: 'ladder', mode: 'whole', brackets: BRACKETS } },
});

/** A program, with the lines its receipts may use. */
export interface ProgramCase {
  readonly name: string;
  readonly policy: Policy;
  readonly lines: readonly string[];
  readonly marginLines: readonly string[];
}

export const PROGRAMS: readonly ProgramCase[] = [
  { name: 'telecom', policy: telecomProgram, lines: ['port', 'conference', 'margin'], marginLines: ['margin'] },
  { name: 'cloud', policy: cloudProgram, lines: ['ecs', 'oss', 'rds'], marginLines: [] },
  { name: 'marginal ladder', policy: marginalLadder, lines: ['ecs', 'oss'], marginLines: [] },
  { name: 'whole ladder', policy: wholeLadder, lines: ['ecs', 'oss'], marginLines: [] },
];

/** A program case and a statement input for it, receipts and refunds included. */
export const statementCase = fc
  .constantFrom(...PROGRAMS)
  .chain((program) =>
    receiptsOf(receiptOf(program.lines, program.marginLines)).chain((receipts) =>
      fc.record({
        program: fc.constant(program),
        receipts: fc.constant(receipts),
        refunds: refundsOf(receipts),
        tiers: fc.oneof(tierHistory, tier),
        carriedIn: fc.option(minorUnits.map(money), { nil: undefined }),
      }),
    ),
  );

/** Deep-freezes a value in place and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
