/**
 * One fuzzed call: snapshot the arguments, call, then hold the outcome to the
 * entry's contract, the arguments to being unchanged, and the globals to
 * being unpolluted. A breach that a known issue explains is counted, not
 * thrown; any other breach fails the property with where it happened.
 */
import fc from 'fast-check';
import { globalState, pollutionSince } from './globals.js';
import { takeTrigger } from './junk.js';
import { knownIssueOf, type Breach } from './known-issues.js';
import { assertPolicyError, assertWellFormed, OutcomeError } from './outcome.js';
import { fingerprint } from './snapshot.js';
import { scaleOf, type FuzzEntry } from './table.js';

/** How often each known issue excused a breach in this process. */
export const excused = new Map<string, number>();

function stackOf(e: unknown): string {
  return e instanceof Error ? (e.stack ?? '') : '';
}

/** Holds the outcome of one call to the contract; throws an OutcomeError on a breach no known issue explains. */
export function fuzzCall(id: string, entry: FuzzEntry, fn: unknown, args: unknown[], pristine: boolean): void {
  const call = entry.call ?? (fn as (...a: unknown[]) => unknown);
  const contract = entry.contract ?? 'policy-error';
  const globals = globalState();
  const before = fingerprint(args);
  takeTrigger();
  let result: unknown;
  let thrown: { e: unknown } | null = null;
  try {
    result = call(...args);
  } catch (e) {
    thrown = { e };
  }
  const trigger = takeTrigger();
  try {
    if (fingerprint(args) !== before) throw new OutcomeError(['arguments'], 'the call changed its input (CONV-4)');
    const polluted = pollutionSince(globals);
    if (polluted !== null) throw new OutcomeError([], `global state changed: ${polluted}`);
    judge(entry, contract, call, args, pristine, result, thrown);
  } catch (e) {
    if (!(e instanceof OutcomeError)) throw e;
    const breach: Breach = { entry: id, message: e.message, where: `${trigger ?? ''}\n${thrown === null ? '' : stackOf(thrown.e)}\n${stackOf(e)}` };
    const known = knownIssueOf(breach);
    if (known === undefined) {
      if (trigger !== null) e.message += `\nthe hostile value was read at:\n${trigger.split('\n').slice(2, 8).join('\n')}`;
      throw e;
    }
    excused.set(known.id, (excused.get(known.id) ?? 0) + 1);
  }
}

function judge(
  entry: FuzzEntry,
  contract: NonNullable<FuzzEntry['contract']>,
  call: (...a: unknown[]) => unknown,
  args: unknown[],
  pristine: boolean,
  result: unknown,
  thrown: { e: unknown } | null,
): void {
  if (thrown !== null) {
    if (contract === 'predicate') throw new OutcomeError([], `a yes/no answer threw: ${String(thrown.e)}`);
    // The testing kit builds arbitraries and fixtures for test code: bad options fail there as
    // fast-check's own builders do, with fast-check's error or whatever the caller's options threw.
    if (contract === 'kit') return;
    assertPolicyError(thrown.e);
    return;
  }
  if (contract === 'predicate') {
    entry.check?.(result, { pristine: pristine ? args : null, scale: 2 });
    return;
  }
  if (contract === 'kit') {
    if (pristine) entry.check?.(result, { pristine: args, scale: 2 });
    return;
  }
  const scale = scaleOf(entry, args);
  assertWellFormed(result, { scale, moneyAsNumbers: entry.moneyAsNumbers === true, policy: entry.resultIsPolicy === true });
  entry.check?.(result, { pristine: pristine ? args : null, scale });
  if (pristine) {
    // CONV-4: the same input gives the same output.
    const again = call(...args);
    if (JSON.stringify(again) !== JSON.stringify(result)) throw new OutcomeError([], 'a second call with the same input gave another result (CONV-4)');
  }
}

/** Whether `value` is a fast-check Arbitrary (for the testing kit's rows). */
export function isArbitrary(value: unknown): value is fc.Arbitrary<unknown> {
  return value instanceof fc.Arbitrary;
}
