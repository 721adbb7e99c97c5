// Runtime helpers for the documentation check (test/docs/check-docs.mjs): the
// generated block modules call these in place of each `expr; //=> value`.
import { inspect } from 'node:util';

/** Key marking an expected object as partial (`{ a: 1, … }`) or an expected instance of a class. */
const MORE = '…';
const CLASS = Symbol('class');

// Kept on globalThis: the runner and the block modules may load this file through different loaders.
interface State {
  current: string;
  checks: number;
  readonly failures: string[];
}
const KEY = Symbol.for('channel-policy docs-check');
const holder = globalThis as { [KEY]?: State };
const state: State = (holder[KEY] ??= { current: '', checks: 0, failures: [] });

const show = (v: unknown): string => inspect(v, { depth: 8, breakLength: 160 });

// Compare as JSON data, so a frozen array equals a literal one and a Map equals an object.
const plain = (v: unknown): unknown =>
  v === undefined ? undefined : JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x instanceof Map ? Object.fromEntries(x) : x)));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `got` (plain data) matches `want`: `…` as an object key or last array item allows more. */
function matches(got: unknown, want: unknown): boolean {
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return false;
    const open = want.length > 0 && want[want.length - 1] === MORE;
    const items = open ? want.slice(0, -1) : want;
    if (open ? got.length < items.length : got.length !== items.length) return false;
    return items.every((w, i) => matches(got[i], w));
  }
  if (isRecord(want)) {
    if (!isRecord(got)) return false;
    const keys = Object.keys(want).filter((k) => k !== MORE);
    if (!(MORE in want) && Object.keys(got).length !== keys.length) return false;
    return keys.every((k) => k in got && matches(got[k], want[k]));
  }
  return Object.is(got, want);
}

function compare(got: unknown, want: unknown): boolean {
  if (isRecord(want) && CLASS in want) {
    // `Name { a: 1 }`: an instance of Name whose listed properties match (read directly, getters included).
    const name = want[CLASS as unknown as string];
    if (typeof got !== 'object' || got === null || got.constructor?.name !== name) return false;
    const fields = got as Record<string, unknown>;
    return Object.keys(want).every((k) => k === MORE || matches(plain(fields[k]), plain(want[k])));
  }
  return matches(plain(got), plain(want));
}

function fail(where: string, message: string): void {
  state.failures.push(where);
  console.log(`FAIL ${where}: ${message}`);
}

/** Starts the next documentation block (its file and first line), for errors thrown outside a check. */
export function __block(where: string): void {
  state.current = where;
}

/** Expected value `Name { … }`: an instance of the class `Name` with these properties. */
export function __instance(name: string, fields: Record<string, unknown>): Record<string, unknown> {
  return { ...fields, [CLASS]: name };
}

/** `expr; //=> value` */
export function __check(f: () => unknown, expected: unknown, where: string): void {
  state.checks++;
  let got: unknown;
  try {
    got = f();
  } catch (e) {
    fail(where, `threw ${e instanceof Error ? `${[e.name, (e as { code?: string }).code].filter(Boolean).join(' ')}: ${e.message}` : show(e)}`);
    return;
  }
  if (!compare(got, expected)) fail(where, `\n  got      ${show(got)}\n  expected ${show(expected)}`);
}

/** `const x = expr; //=> value`: checks the value and returns it, keeping its type. */
export function __pass<T>(f: () => T, expected: unknown, where: string): T {
  const v = f();
  __check(() => v, expected, where);
  return v;
}

/** What a `throws` comment expects: the error's class name, code and message (each when given). */
export interface Thrown {
  readonly name?: string;
  readonly code?: string;
  readonly message: string;
}

/** `expr; //=> throws CODE: message` or `expr; // throws PolicyError CODE: "message"` */
export function __throws(f: () => unknown, expected: Thrown, where: string): void {
  state.checks++;
  let v: unknown;
  try {
    v = f();
  } catch (e) {
    const err = (typeof e === 'object' && e !== null ? e : {}) as { name?: unknown; code?: unknown; message?: unknown };
    const ok =
      (expected.name === undefined || err.name === expected.name) &&
      (expected.code === undefined || err.code === expected.code) &&
      err.message === expected.message;
    if (!ok) fail(where, `\n  got      throws ${String(err.name)} ${String(err.code)}: ${String(err.message)}\n  expected throws ${show(expected)}`);
    return;
  }
  fail(where, `returned ${show(v)} instead of throwing`);
}

/** An error thrown outside any check: it stops the rest of its chain of blocks. */
export function __error(e: unknown, where = state.current): void {
  const text = e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join('\n') : show(e);
  fail(where, `stopped by an uncaught error: ${text}`);
}

export function __results(): { checks: number; failures: readonly string[] } {
  return { checks: state.checks, failures: state.failures };
}
