/**
 * Hostile values for the fuzz suite: everything a caller's data can be that a
 * valid input is not. Objects that cannot be inspected without running
 * caller code (proxies) are registered as opaque so the input snapshot never
 * touches them.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';

/** Values the snapshot must treat as black boxes: any look inside could throw. */
export const opaque = new WeakSet<object>();

/**
 * A hostile value made only when the call is about to happen. fast-check
 * inspects the values it generates (to clone and to print them), and a trap
 * or a throwing getter must fire inside the library, not inside fast-check.
 */
export class Deferred {
  constructor(
    readonly name: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod](): string {
    return `<${this.name}>`;
  }
}

/** The value itself, or the hostile value a {@link Deferred} makes. */
export function materialize(value: unknown): unknown {
  return value instanceof Deferred ? value.make() : value;
}

let trigger: string | null = null;

/**
 * Records where a hostile value fired (the stack of the code that read it),
 * so a breach can be traced to the library function that let it escape.
 */
export function fired(): void {
  trigger = new Error('hostile value read').stack ?? '';
}

/** The stack of the last hostile read since the last call, and forgets it. */
export function takeTrigger(): string | null {
  const t = trigger;
  trigger = null;
  return t;
}

/** What a getter (or a proxy trap, or a toString) throws: an Error, or anything at all. */
export const thrownArb: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  new Error('getter exploded'),
  new TypeError('hostile'),
  new RangeError('hostile'),
  'a thrown string',
  42,
  null,
  undefined,
  { message: 'a plain object' },
  Object.create(null) as unknown,
  Symbol('thrown'),
  // `instanceof` on it runs a trap that throws.
  new Proxy(
    {},
    {
      getPrototypeOf() {
        throw new Error('a trap of the thrown value');
      },
    },
  ),
  Object.defineProperty(new Error('message getter'), 'message', {
    get() {
      throw new Error('the message itself throws');
    },
  }),
);

/** An object whose every proxy trap throws. */
export function trappedObject(thrown: unknown = new Error('proxy trap')): object {
  const hurt = () => {
    fired();
    throw thrown;
  };
  const p = new Proxy({}, { get: hurt, has: hurt, ownKeys: hurt, getOwnPropertyDescriptor: hurt, getPrototypeOf: hurt, set: hurt, defineProperty: hurt, deleteProperty: hurt });
  opaque.add(p);
  return p;
}

/** A revoked proxy: `typeof` says object, every operation throws a TypeError. */
export function revokedProxy(array = false): object {
  const { proxy, revoke } = Proxy.revocable(array ? [] : {}, {});
  revoke();
  opaque.add(proxy);
  return proxy;
}

/** A plain object whose `key` is a getter that throws `thrown`. */
export function throwingGetter(key: string, thrown: unknown): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      fired();
      throw thrown;
    },
  });
}

function cyclicObject(): object {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
}

function cyclicArray(): unknown[] {
  const a: unknown[] = [1];
  a.push(a);
  return a;
}

function* throwingGenerator(): Generator<unknown> {
  yield {};
  fired();
  throw new Error('the iterator broke');
}

/** Strings that almost parse: malformed dates, instants, quarters, months, numbers and keys. */
export const nearStrings: readonly string[] = [
  '',
  ' ',
  '0',
  '-0',
  '-1',
  '1e400',
  '1e-400',
  '1E3',
  '12,5',
  '1_000',
  '0x10',
  '.5',
  '5.',
  '+5',
  '--5',
  'NaN',
  'Infinity',
  '-Infinity',
  '１２', // full-width digits
  '٣', // Arabic-Indic digit
  '123456789012345678901234567890',
  '0.001',
  '0.005',
  '2026-02-30',
  '2026-02-29',
  '2024-02-29',
  '2026-13-01',
  '2026-00-10',
  '0000-01-01',
  '10000-01-01',
  '9999-12-31',
  '0001-01-01',
  '2026-1-1',
  ' 2026-01-01',
  '2026-01-01 ',
  '2026/01/01',
  '+002026-01-01',
  '2026-01-01T00:00:00',
  '2026-01-01T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-02-30T10:00:00+08:00',
  '2026-01-01T10:00:00+24:00',
  '2026-01-01T10:00:00.1234567891Z',
  '9999-12-31T23:59:59-12:00',
  '0001-01-01T00:00:00+14:00',
  '2026-Q0',
  '2026-Q5',
  '2026-Q1',
  '0000-Q1',
  '9999-Q4',
  '2026-00',
  '2026-13',
  '0000-01',
  '9999-12',
  '2026-W01',
  'gold',
  'GOLD',
  'gold ',
  'platinum',
  'port',
  'margin',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\uD800', // a lone surrogate
  '💰',
  'x'.repeat(5000),
];

/** Numbers at every edge: NaN, ±Infinity, −0, huge, tiny, unsafe, fractional. */
export const edgeNumbers: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  0.1,
  0.005,
  1.005,
  -0.001,
  2.5,
  7,
  28,
  100,
  1e15,
  1e15 - 1,
  999_999_999_999_999.9,
  1e21,
  1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  5e-324,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  Number.MIN_SAFE_INTEGER,
  2 ** 31,
  -(2 ** 31),
  2 ** 32,
  9999,
  10_000,
  1e9,
];

/** Objects a careless reader trips over; built fresh per draw so freezing one never leaks into another run. */
const hostileObjects: readonly (() => unknown)[] = [
  () => ({}),
  () => [],
  () => [[]],
  () => [undefined],
  () => [null],
  () => [, 1],
  () => Object.create(null) as object,
  () => Object.freeze({}),
  () => Object.freeze([]),
  () => JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  () => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
  () => JSON.parse('{"prototype":{"polluted":"yes"}}') as unknown,
  () => ({ length: 1e9 }),
  () => ({ length: -1 }),
  () => ({ toString: () => '2026-01-01', valueOf: () => 5 }),
  () => ({
    toString() {
      fired();
      throw new Error('toString exploded');
    },
  }),
  () => ({
    [Symbol.toPrimitive]() {
      fired();
      throw new Error('toPrimitive exploded');
    },
  }),
  () => ({
    get [Symbol.iterator]() {
      fired();
      throw new Error('iterator getter exploded');
    },
  }),
  () => ({ [Symbol.iterator]: () => 5 }),
  () => ({ [Symbol.iterator]: throwingGenerator }),
  () => throwingGenerator(),
  () => new Set([1]),
  () => new Map([['a', 1]]),
  () => new Date(Number.NaN),
  () => new Date(0),
  () => /2026-01-01/,
  () => new Error('an error as input'),
  () => Promise.resolve(1),
  () => new Uint8Array([1, 2]),
  () => new ArrayBuffer(2),
  () => Object(5) as object, // a boxed number
  () => Object('2026-01-01') as object, // a boxed string
  () => Object(true) as object,
  () => () => 1,
  () => function named() {},
  () => class Empty {},
  () => Symbol('junk'),
  () => 10n,
  () => -1n,
  () => new Decimal(Number.NaN),
  () => new Decimal(Number.POSITIVE_INFINITY),
  () => new Decimal('-0'),
  () => new Decimal('1e400'),
  () => new Decimal('-1'),
  () => new Decimal('0.001'),
  () => new Decimal('123.45'),
  () => cyclicObject(),
  () => cyclicArray(),
  () => throwingGetter('value', new Error('getter exploded')),
  () => throwingGetter('from', 'a thrown string'),
  () => trappedObject(),
  () => trappedObject(undefined),
  () => revokedProxy(),
  () => revokedProxy(true),
];

/** Any hostile value: a primitive at an edge, a near-miss string, a trap, or whatever fc.anything makes. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(undefined, null, true, false, ...edgeNumbers) },
  { weight: 3, arbitrary: fc.constantFrom(...nearStrings) },
  { weight: 4, arbitrary: fc.nat({ max: hostileObjects.length - 1 }).map((i) => new Deferred(`hostile object #${i}: ${hostileObjects[i]!.toString().slice(6, 60)}`, hostileObjects[i]!)) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
      withUnicodeString: true,
    }),
  },
);
