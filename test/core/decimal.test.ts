import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec, isDecimal } from '../../src/core/decimal.js';

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('Dec: the library’s own Decimal (CONV-4)', () => {
  it('is a clone configured for money: 40 significant digits, half-up, plain notation from 1e-40 to 1e40', () => {
    expect(Dec).not.toBe(Decimal);
    expect({ precision: Dec.precision, rounding: Dec.rounding, toExpNeg: Dec.toExpNeg, toExpPos: Dec.toExpPos }).toEqual({
      precision: 40,
      rounding: Decimal.ROUND_HALF_UP,
      toExpNeg: -40,
      toExpPos: 40,
    });
  });

  it('computes and writes with that configuration, while the global Decimal keeps its defaults', () => {
    expect(new Dec(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
    expect(new Dec('1e-10').toString()).toBe('0.0000000001');
    expect(new Dec('1e30').toString()).toBe(`1${'0'.repeat(30)}`);
    expect([new Dec('2.5'), new Dec('-2.5'), new Dec('2.45')].map((d) => d.toDecimalPlaces(0).toString())).toEqual(['3', '-3', '2']);
    // The global constructor is neither read nor changed (decimal.js defaults).
    expect({ precision: Decimal.precision, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos }).toEqual({ precision: 20, toExpNeg: -7, toExpPos: 21 });
    expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(20)}`);
  });
});

describe('isDecimal', () => {
  it('is true for a Decimal from the clone, from the global constructor, or from another clone', () => {
    expect([new Dec(1), new Decimal('0.01'), new (Decimal.clone())(5)].map(isDecimal)).toEqual([true, true, true]);
  });

  it('answers false, without throwing, for null, primitives, plain objects and a revoked proxy', () => {
    expect([null, undefined, '1.5', 1.5, true, 10n, Symbol('d'), {}, [], () => 1, revoked()].map(isDecimal)).toEqual(Array(11).fill(false));
  });

  it('never takes a primitive for a Decimal, even when its prototype carries decimal.js’s tag', () => {
    // decimal.js recognises a Decimal of another copy by a `toStringTag` property; a primitive reads it through its prototype.
    const tagged = [String.prototype, Number.prototype, Boolean.prototype, BigInt.prototype, Symbol.prototype];
    for (const proto of tagged) Object.defineProperty(proto, 'toStringTag', { value: '[object Decimal]', configurable: true });
    try {
      expect(['1.5', 1.5, true, 10n, Symbol('d')].map(isDecimal)).toEqual([false, false, false, false, false]);
    } finally {
      for (const proto of tagged) delete (proto as unknown as Record<string, unknown>).toStringTag;
    }
    expect(Object.hasOwn(String.prototype, 'toStringTag')).toBe(false);
  });
});
