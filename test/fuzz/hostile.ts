/**
 * Near-valid input: a valid argument list with one hostile change somewhere
 * inside it — a field replaced by junk, deleted, turned into a getter that
 * throws, pointed back at an ancestor (a cycle), given a `__proto__` or
 * `constructor` own key as JSON.parse makes them, replaced by a proxy whose
 * traps throw, an array turned into another iterable — or the whole list
 * deep-frozen. Containers on the way to the change are copied, so generated
 * values (and shared constants) are never written.
 */
import fc from 'fast-check';
import { fired, junkArb, materialize, thrownArb, throwingGetter, trappedObject } from './junk.js';

type Key = string | number;
type Path = readonly Key[];

/** One change to a valid argument list. */
export type Hostility =
  | { readonly kind: 'none' }
  | { readonly kind: 'replace'; readonly at: number; readonly junk: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'getter'; readonly at: number; readonly thrown: unknown }
  | { readonly kind: 'cycle'; readonly at: number; readonly up: number }
  | { readonly kind: 'proto-key'; readonly at: number; readonly key: '__proto__' | 'constructor' | 'prototype' }
  | { readonly kind: 'trap'; readonly at: number }
  | { readonly kind: 'iterable'; readonly at: number; readonly form: 'set' | 'generator' | 'array-like' }
  | { readonly kind: 'freeze' };

export const hostilityArb: fc.Arbitrary<Hostility> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), junk: junkArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('getter' as const), at: fc.nat(), thrown: thrownArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cycle' as const), at: fc.nat(), up: fc.nat({ max: 4 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('proto-key' as const), at: fc.nat(), key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('trap' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('iterable' as const), at: fc.nat(), form: fc.constantFrom('set' as const, 'generator' as const, 'array-like' as const) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'freeze' as const }) },
);

function isContainer(v: unknown): v is Record<Key, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Every place a value sits inside `root`: a container path and a key, breadth first, at most `limit`. */
function places(root: unknown[], limit = 400): { parent: Path; key: Key }[] {
  const out: { parent: Path; key: Key }[] = [];
  const queue: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  const seen = new Set<unknown>();
  while (queue.length > 0 && out.length < limit) {
    const { value, path } = queue.shift()!;
    if (!isContainer(value) || seen.has(value)) continue;
    seen.add(value);
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      out.push({ parent: path, key });
      queue.push({ value: (value as Record<Key, unknown>)[key], path: [...path, key] });
    }
  }
  return out;
}

function shallowCopy(v: Record<Key, unknown>): Record<Key, unknown> {
  if (Array.isArray(v)) return [...(v as unknown[])] as unknown as Record<Key, unknown>;
  return Object.assign(Object.create(Object.getPrototypeOf(v) as object | null) as object, v) as Record<Key, unknown>;
}

/** Copies the containers along `path` and returns the copied chain, root first. */
function copyAlong(root: unknown[], path: Path): Record<Key, unknown>[] {
  const chain: Record<Key, unknown>[] = [shallowCopy(root as unknown as Record<Key, unknown>)];
  for (const key of path) {
    const parent = chain[chain.length - 1]!;
    const child = shallowCopy(parent[key] as Record<Key, unknown>);
    parent[key] = child;
    chain.push(child);
  }
  return chain;
}

/** A deep copy of plain containers (other objects kept as they are), then frozen all the way down. */
export function frozenCopy<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (!isContainer(value)) {
    if (typeof value === 'object' && value !== null) Object.freeze(value);
    return value;
  }
  const hit = seen.get(value);
  if (hit !== undefined) return hit as T;
  const copy = shallowCopy(value);
  seen.set(value, copy);
  for (const key of Array.isArray(copy) ? copy.keys() : Object.keys(copy)) copy[key] = frozenCopy(copy[key], seen);
  return Object.freeze(copy) as T;
}

function* generate(values: unknown[]): Generator<unknown> {
  yield* values;
}

/** Applies one hostile change to a copy of `args`. */
export function applyHostility(args: readonly unknown[], h: Hostility): unknown[] {
  if (h.kind === 'none') return [...args];
  if (h.kind === 'freeze') return frozenCopy([...args]);
  // Arguments are evaluated before the call: a getter or a trap on the argument list itself would fire in the caller.
  const all = places([...args]).filter((p) => p.parent.length > 0 || (h.kind !== 'getter' && h.kind !== 'proto-key'));
  if (all.length === 0) {
    return h.kind === 'getter' ? args.map((a, i) => (i === h.at % Math.max(1, args.length) ? throwingGetter('value', h.thrown) : a)) : [...args];
  }
  const { parent, key } = all[h.at % all.length]!;
  const chain = copyAlong([...args], parent);
  const holder = chain[chain.length - 1]!;
  switch (h.kind) {
    case 'replace':
      holder[key] = materialize(h.junk);
      break;
    case 'delete':
      if (Array.isArray(holder)) holder[key as number] = undefined;
      else delete holder[key];
      break;
    case 'getter':
      Object.defineProperty(holder, key, {
        enumerable: true,
        configurable: true,
        get() {
          fired();
          throw h.thrown;
        },
      });
      break;
    case 'cycle':
      holder[key] = chain[Math.max(0, chain.length - 1 - h.up)];
      break;
    case 'proto-key': {
      // An own data property named like a prototype link, exactly as JSON.parse makes it.
      const target = holder[key];
      const poison = JSON.parse(`{"${h.key}":{"polluted":"yes","prototype":{"polluted":"yes"}}}`) as Record<string, unknown>;
      if (isContainer(target) && !Array.isArray(target)) {
        const copy = shallowCopy(target);
        Object.defineProperty(copy, h.key, { value: poison[h.key], enumerable: true, writable: true, configurable: true });
        holder[key] = copy;
      } else {
        holder[key] = poison;
      }
      break;
    }
    case 'trap':
      holder[key] = trappedObject(new Error('trap'));
      break;
    case 'iterable': {
      const v = holder[key];
      if (Array.isArray(v)) {
        holder[key] = h.form === 'set' ? new Set(v) : h.form === 'generator' ? generate(v) : { ...v, length: v.length };
      } else {
        holder[key] = h.form === 'set' ? new Set([v]) : generate([v]);
      }
      break;
    }
  }
  return chain[0] as unknown as unknown[];
}

/** Arguments for one call (made with {@link makeArgs} just before it), and whether they are the valid ones untouched. */
export interface FuzzArgs {
  readonly valid: readonly unknown[];
  readonly change: Hostility | { readonly kind: 'junk'; readonly list: readonly unknown[] };
  /** No hostile change was made: the arguments may be read again safely. */
  readonly pristine: boolean;
}

/** Valid arguments with one hostile change, or a list of pure junk. */
export function hostileArgs(valid: fc.Arbitrary<readonly unknown[]>, arity: number): fc.Arbitrary<FuzzArgs> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(valid, hostilityArb).map(([args, h]) => ({ valid: args, change: h, pristine: h.kind === 'none' || h.kind === 'freeze' })),
    },
    {
      weight: 1,
      arbitrary: fc.array(junkArb, { minLength: 0, maxLength: arity + 1 }).map((list) => ({ valid: [], change: { kind: 'junk' as const, list }, pristine: false })),
    },
  );
}

/** The arguments of one call: fresh copies, hostile values made now. */
export function makeArgs(a: FuzzArgs): unknown[] {
  return a.change.kind === 'junk' ? a.change.list.map(materialize) : applyHostility(a.valid, a.change);
}
