/**
 * A deep snapshot of a value that never runs the caller's code: property
 * descriptors are read, never values through getters, and proxies registered
 * as opaque are recorded by identity only. Two snapshots are equal exactly
 * when nothing reachable through data properties was written, added, deleted,
 * frozen or re-prototyped in between (CONV-4: no input is mutated).
 */
import { Decimal } from 'decimal.js';
import { opaque } from './junk.js';

/** A JSON tree describing a value; compare two with `JSON.stringify`. */
export type Snap = null | boolean | number | string | Snap[] | { readonly [key: string]: Snap };

const BUILTIN_PROTOTYPES = new Map<object, string>(
  (
    [
      [Object.prototype, 'Object'],
      [Array.prototype, 'Array'],
      [Function.prototype, 'Function'],
      [Map.prototype, 'Map'],
      [Set.prototype, 'Set'],
      [Date.prototype, 'Date'],
      [RegExp.prototype, 'RegExp'],
      [Error.prototype, 'Error'],
      [TypeError.prototype, 'TypeError'],
      [RangeError.prototype, 'RangeError'],
      [Promise.prototype, 'Promise'],
      [Number.prototype, 'Number'],
      [String.prototype, 'String'],
      [Boolean.prototype, 'Boolean'],
      [Symbol.prototype, 'Symbol'],
      [BigInt.prototype, 'BigInt'],
      [ArrayBuffer.prototype, 'ArrayBuffer'],
      [SharedArrayBuffer.prototype, 'SharedArrayBuffer'],
      [DataView.prototype, 'DataView'],
      [Object.getPrototypeOf(Int8Array.prototype) as object, 'TypedArray'],
      [Object.getPrototypeOf(function* () {}) as object, 'GeneratorFunction'],
      [Object.getPrototypeOf(function* () {}.prototype) as object, 'Generator'],
      [Object.getPrototypeOf(async () => {}) as object, 'AsyncFunction'],
      // Every copy and clone of decimal.js shares one prototype.
      [Decimal.prototype, 'Decimal'],
    ] as [object, string][]
  ).concat(
    [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array].map(
      (c) => [c.prototype, c.name] as [object, string],
    ),
  ),
);

function primitive(value: unknown, symbols: Map<symbol, number>): Snap {
  switch (typeof value) {
    case 'undefined':
      return { undefined: true };
    case 'boolean':
      return value;
    case 'string':
      return value;
    case 'number':
      return { number: Object.is(value, -0) ? '-0' : String(value) };
    case 'bigint':
      return { bigint: String(value) };
    case 'symbol': {
      let id = symbols.get(value);
      if (id === undefined) {
        id = symbols.size;
        symbols.set(value, id);
      }
      return { symbol: `${id}:${String(value.description)}` };
    }
    default:
      return null;
  }
}

/** Internal slots that properties do not show: Map and Set contents, Date time, boxed primitives, typed-array bytes. */
function slots(value: object, walk: (v: unknown) => Snap): Snap {
  if (value instanceof Map) {
    const out: Snap[] = [];
    Map.prototype.forEach.call(value, (v: unknown, k: unknown) => out.push([walk(k), walk(v)]));
    return { map: out };
  }
  if (value instanceof Set) {
    const out: Snap[] = [];
    Set.prototype.forEach.call(value, (v: unknown) => out.push(walk(v)));
    return { set: out };
  }
  if (value instanceof Date) return { date: String(Date.prototype.getTime.call(value)) };
  if (value instanceof Number) return { boxed: walk(Number.prototype.valueOf.call(value)) };
  if (value instanceof String) return { boxed: String.prototype.valueOf.call(value) };
  if (value instanceof Boolean) return { boxed: Boolean.prototype.valueOf.call(value) };
  if (ArrayBuffer.isView(value)) return { bytes: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), String).join(',') };
  if (value instanceof ArrayBuffer) return { bytes: Array.from(new Uint8Array(value), String).join(',') };
  return null;
}

/**
 * Snapshots `value` and everything reachable from it through own data
 * properties (including symbol keys, non-enumerable ones and `__proto__` as an
 * own key), with each object's prototype, extensibility and frozen state.
 */
export function snapshot(value: unknown): Snap {
  const ids = new Map<object, number>();
  const symbols = new Map<symbol, number>();
  const walk = (v: unknown): Snap => {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return primitive(v, symbols);
    const builtin = BUILTIN_PROTOTYPES.get(v);
    if (builtin !== undefined) return { builtin };
    const seen = ids.get(v);
    if (seen !== undefined) return { ref: seen };
    const id = ids.size;
    ids.set(v, id);
    if (opaque.has(v)) return { id, opaque: true };
    const proto = Object.getPrototypeOf(v) as object | null;
    const protoName = proto === null ? 'null' : walk(proto);
    const props: Snap[] = [];
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key)!;
      const k = typeof key === 'symbol' ? primitive(key, symbols) : key;
      if ('value' in d) {
        props.push([k, walk(d.value), d.writable === true, d.enumerable === true, d.configurable === true]);
      } else {
        props.push([k, { get: walk(d.get), set: walk(d.set) }, d.enumerable === true, d.configurable === true]);
      }
    }
    return {
      id,
      proto: protoName,
      extensible: Object.isExtensible(v),
      frozen: Object.isFrozen(v),
      props,
      slots: slots(v, walk),
    };
  };
  return walk(value);
}

/** The snapshot as one string, for a byte-for-byte comparison. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(snapshot(value));
}
