import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { depositLedger, type DepositEntry } from '../../src/deposit/index.js';
import { PolicyError } from '../../src/core/errors.js';
import { telecomProgram } from '../../src/policy/index.js';
import { dateAt, ledgerEntry } from './arbitraries.js';
import { cents } from './helpers.js';

const entries = fc.array(ledgerEntry, { maxLength: 15 });
const adds = (e: DepositEntry) => e.kind === 'paid-in' || e.kind === 'top-up';

/** The entries in the order DEP-2 applies them: by date, same-day entries as given. */
function applied(list: readonly DepositEntry[]): { e: DepositEntry; index: number }[] {
  return list.map((e, index) => ({ e, index })).sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.index - b.index));
}

/** Index of the first entry, in applied order, that would take the balance below zero; or null. */
function firstOverdraft(list: readonly DepositEntry[]): number | null {
  let balance = 0n;
  for (const { e, index } of applied(list)) {
    balance += adds(e) ? cents(e.amount) : -cents(e.amount);
    if (balance < 0n) return index;
  }
  return null;
}

test.prop([entries])(
  'for any entries, the ledger either refuses the first entry that would make the balance negative, or every running balance is ≥ 0',
  (list) => {
    const overdraft = firstOverdraft(list);
    if (overdraft !== null) {
      let error: unknown;
      try {
        depositLedger(telecomProgram, { entries: list });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).issues.map((i) => i.path)).toEqual([['entries', overdraft, 'amount']]);
      return;
    }
    const r = depositLedger(telecomProgram, { entries: list });
    for (const l of r.lines) expect(cents(l.balance) >= 0n).toBe(true);
  },
);

/** Ledgers that never overdraw: each withdrawal is cut to fit (in the test, not the library). */
const validEntries = entries.map((list) => {
  let balance = 0n;
  return applied(list).map(({ e }) => {
    if (adds(e)) {
      balance += cents(e.amount);
      return e;
    }
    const amount = cents(e.amount) <= balance ? cents(e.amount) : balance;
    balance -= amount;
    return { ...e, amount: `${amount / 100n}.${String(amount % 100n).padStart(2, '0')}` };
  });
});

test.prop([validEntries])('the closing balance = paid in + topped up − deducted − returned, and each line moves it by its amount', (list) => {
  const r = depositLedger(telecomProgram, { entries: list });
  const t = r.totals;
  expect(cents(r.balance)).toBe(cents(t.paidIn) + cents(t.toppedUp) - cents(t.deducted) - cents(t.returned));
  let balance = 0n;
  for (const l of r.lines) {
    balance += adds(l) ? cents(l.amount) : -cents(l.amount);
    expect(cents(l.balance)).toBe(balance);
  }
  expect(r.lines.length).toBe(list.length);
});

const validAndShuffled = validEntries.chain((list) =>
  fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }).map((shuffled) => [list, shuffled] as const),
);

test.prop([validAndShuffled])(
  'reordering the entries never changes the closing balance or the totals; a reordering is refused only if it overdraws',
  ([list, shuffled]) => {
    const r = depositLedger(telecomProgram, { entries: list });
    let other;
    try {
      other = depositLedger(telecomProgram, { entries: shuffled });
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect(firstOverdraft(shuffled)).not.toBeNull();
      return;
    }
    expect(other.balance).toBe(r.balance);
    expect(other.totals).toEqual(r.totals);
  },
);

/** Entries on five days, so several often share a day, after a paying-in large enough that nothing overdraws. */
const crowdedDays = fc
  .array(fc.tuple(ledgerEntry, fc.integer({ min: 0, max: 4 })), { maxLength: 15 })
  .map((list): DepositEntry[] => [
    { kind: 'paid-in', amount: '1000000', on: '2025-12-31' },
    // Entry amounts are at most 50,000.00: 15 of them never take 1,000,000 below zero.
    ...list.map(([e, day]) => ({ ...e, on: dateAt(day) })),
  ]);

test.prop([crowdedDays])(
  'the lines are the entries day by day, earliest day first, and within a day in the order given',
  (list) => {
    const r = depositLedger(telecomProgram, { entries: list });
    // Day by day: every distinct date in ascending order, then the indices of that date's entries as listed.
    const days = [...new Set(list.map((e) => e.on))].sort();
    const expected = days.flatMap((day) => list.flatMap((e, index) => (e.on === day ? [index] : [])));
    expect(r.lines.map((l) => l.index)).toEqual(expected);
    for (const l of r.lines) expect(l.on).toBe(list[l.index]!.on);
  },
);
