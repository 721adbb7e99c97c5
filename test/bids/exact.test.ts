import { describe, expect, it } from 'vitest';
import { compareRatio, formatRatio, placesOf, pow10, scaled } from '../../src/bids/exact.js';

describe('exact score arithmetic', () => {
  it('reads a number as the decimal of its shortest representation', () => {
    expect([placesOf(87), placesOf(87.5), placesOf(0.1), placesOf(33.333333333333336), placesOf(1e-7), placesOf(5e-324)]).toEqual([0, 1, 1, 15, 7, 324]);
    expect(scaled(87.5, 1)).toBe(875n);
    expect(scaled(87.5, 3)).toBe(87500n);
    expect(scaled(0.1, 2)).toBe(10n);
    expect(scaled(1.5e-7, 8)).toBe(15n);
    expect(scaled(100, 2)).toBe(10000n);
  });

  it('reads a whole number beyond 2^53 as its shortest decimal too, not as its binary value', () => {
    // 1e23 is stored as 99999999999999991611392, but it reads (and Decimal reads it) as 10^23.
    expect(scaled(1e23, 0)).toBe(10n ** 23n);
    expect(scaled(1.5e21, 2)).toBe(15n * 10n ** 22n);
    expect(scaled(123456789012345680000, 1)).toBe(1234567890123456800000n);
    expect([placesOf(1e23), placesOf(1.5e21), placesOf(2 ** 60)]).toEqual([0, 0, 0]);
    expect(scaled(2 ** 53 - 1, 1)).toBe(90071992547409910n);
  });

  it('gives powers of ten exactly, far beyond the places any score needs', () => {
    // Asked largest first, then every smaller one.
    expect(pow10(1500)).toBe(10n ** 1500n);
    for (let n = 0; n <= 1500; n += 37) expect(pow10(n)).toBe(10n ** BigInt(n));
    expect([pow10(0), pow10(1), pow10(2), pow10(3)]).toEqual([1n, 10n, 100n, 1000n]);
  });

  it('rounds fractions half-up to the given places', () => {
    expect(formatRatio({ num: 1n, den: 3n }, 2)).toBe('0.33');
    expect(formatRatio({ num: 2n, den: 3n }, 2)).toBe('0.67');
    expect(formatRatio({ num: 1n, den: 40n }, 2)).toBe('0.03'); // 0.025
    expect(formatRatio({ num: 1n, den: 200n }, 2)).toBe('0.01'); // 0.005
    expect(formatRatio({ num: 1n, den: 201n }, 2)).toBe('0.00');
    expect(formatRatio({ num: 10000n, den: 100n }, 2)).toBe('100.00');
    expect(formatRatio({ num: 5n, den: 2n }, 0)).toBe('3');
    expect(formatRatio({ num: 0n, den: 7n }, 3)).toBe('0.000');
  });

  it('compares fractions exactly', () => {
    expect(compareRatio({ num: 1n, den: 3n }, { num: 333n, den: 1000n })).toBe(1);
    expect(compareRatio({ num: 2n, den: 6n }, { num: 1n, den: 3n })).toBe(0);
    expect(compareRatio({ num: 1n, den: 3n }, { num: 334n, den: 1000n })).toBe(-1);
  });
});
