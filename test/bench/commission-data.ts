/**
 * Generated telecom receipts for the commission benchmarks: a quarter of
 * receipts for customers started over the previous two and a half years (so
 * both commission years and some past the window), port, conference and
 * margin lines, and a partner whose tier changes over time.
 */
import type { Receipt } from '../../src/commission/types.js';

export const PERIOD = { from: '2026-04-01', to: '2026-06-30' } as const;

/** A tier history across the customers' start dates and the period. */
export const TIERS = [
  { tier: 'silver', from: '2024-01-01' },
  { tier: 'gold', from: '2024-07-01' },
  { tier: 'ordinary', from: '2024-10-01' },
  { tier: 'silver', from: '2025-01-01' },
  { tier: 'gold', from: '2025-04-01' },
  { tier: 'silver', from: '2025-10-01' },
  { tier: 'gold', from: '2026-01-01' },
  { tier: 'silver', from: '2026-05-01' },
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The i-th date of a run of days starting 2023-10-01 (no leap day needed). */
function dateOf(dayIndex: number): string {
  let y = 2023;
  let m = 9; // October, 0-based
  let d = dayIndex;
  for (;;) {
    const dim = m === 1 && y % 4 === 0 ? 29 : DAYS_IN_MONTH[m]!;
    if (d < dim) return `${y}-${pad(m + 1)}-${pad(d + 1)}`;
    d -= dim;
    m++;
    if (m === 12) {
      m = 0;
      y++;
    }
  }
}

const START_DATES = Array.from({ length: 900 }, (_, i) => dateOf(i)); // 2023-10-01 … 2026-03-18
const PERIOD_DATES = Array.from({ length: 91 }, (_, i) => dateOf(913 + i)); // 2026-04-01 … 2026-06-30
const LINES = ['port', 'port', 'conference', 'conference', 'margin'];

/** Receipt `i` of a deterministic stream (a small LCG, no Math.random). */
export function receiptAt(i: number): Receipt {
  let x = (i * 2654435761) >>> 0;
  x = (x ^ (x >>> 13)) >>> 0;
  const customer = x % 50_000;
  const line = LINES[x % 5]!;
  const cents = 1000 + ((x >>> 3) % 2_000_000);
  const amount = `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
  const r: { -readonly [K in keyof Receipt]: Receipt[K] } = {
    id: `R${i}`,
    customerId: `C${customer}`,
    line,
    amount,
    receivedOn: PERIOD_DATES[x % 91]!,
    customerStartOn: START_DATES[customer % 900]!,
  };
  if (line === 'margin') r.cost = `${Math.floor(cents / 130)}.00`;
  if (x % 7 === 0) r.coversFrom = PERIOD_DATES[(x >>> 5) % 91]!;
  return r;
}

/** `n` receipts, generated one at a time. */
export function* receiptStream(n: number): Generator<Receipt> {
  for (let i = 0; i < n; i++) yield receiptAt(i);
}
