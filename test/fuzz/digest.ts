/**
 * Fixed-seed outputs of every row of the fuzz table, as JSON, for comparing
 * runs across processes and time zones (CONV-3, CONV-4). Run directly
 * (`node --import tsx test/fuzz/digest.ts`), it prints one line per row.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { PolicyError } from '../../src/core/errors.js';
import { allEntries, FUZZ_TABLE } from './table.js';
import { HYPERFORMULA_FUZZ_TABLE } from './table-hyperformula.js';

const SEED = 20_260_410;

function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v instanceof fc.Arbitrary) return { samples: fc.sample(v, { numRuns: 3, seed: SEED }) };
    if (typeof v === 'function') return '<function>';
    return v;
  });
}

/** What one call gives: its result, or its error's code and issues. */
function outcome(call: () => unknown): { ok: boolean; json: string } {
  try {
    return { ok: true, json: toJson({ result: call() }) };
  } catch (e) {
    if (e instanceof PolicyError) return { ok: false, json: toJson({ code: e.code, issues: e.issues }) };
    return { ok: false, json: toJson({ thrown: String(e) }) };
  }
}

/**
 * One line per row: its id, how many of its `runs` fixed-seed valid inputs
 * gave a result (the rest a PolicyError), and the SHA-256 of all the outputs.
 */
export function digestAll(runs = 12): string[] {
  return allEntries([FUZZ_TABLE, HYPERFORMULA_FUZZ_TABLE]).map((row) => {
    const call = row.entry.call ?? (row.fn as (...a: unknown[]) => unknown);
    const n = Math.max(1, Math.ceil(runs * (row.entry.runShare ?? 1)));
    const inputs = fc.sample(row.entry.valid, { numRuns: n, seed: SEED });
    const hash = createHash('sha256');
    let ok = 0;
    for (const args of inputs) {
      const o = outcome(() => call(...args));
      if (o.ok) ok++;
      hash.update(o.json).update('\n');
    }
    return `${row.id} ${ok}/${n} ${hash.digest('hex')}`;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${digestAll().join('\n')}\n`);
}
