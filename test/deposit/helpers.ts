/**
 * Test helpers for the deposit module: an exact integer-cents oracle
 * independent of the library's Decimal code; the shared helpers besides.
 */

/** Exact cents of a money value with at most 2 places ("1234.5" → 123450n). */
export function cents(value: unknown): bigint {
  const s = String(value);
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (m === null) throw new Error(`not a 2-place money value: ${s}`);
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** Exact cents of a signed money result ("-20000.00" → -2000000n). */
export function signedCents(value: string): bigint {
  return value.startsWith('-') ? -cents(value.slice(1)) : cents(value);
}

/** Cents formatted as money at scale 2 (12345n → "123.45"; negative allowed). */
export function money(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

export const maxBig = (a: bigint, b: bigint): bigint => (a > b ? a : b);
export const minBig = (a: bigint, b: bigint): bigint => (a < b ? a : b);

export { deepFreeze, snapshot, policyErrorOf, expectPolicyError } from '../helpers.js';
