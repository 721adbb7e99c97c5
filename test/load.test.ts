/**
 * Every entry point loads. Each import happens inside a test, so code that
 * throws while a module loads (an invalid preset, a schema or table built
 * wrongly) fails a test here rather than only the loading of the files that
 * import it statically. Under mutation testing this file runs first (see
 * test/mutation/vitest.config.ts), because a test run stops at its first
 * failure and a file that cannot load reports no test at all.
 */
import { describe, expect, it } from 'vitest';

/**
 * Loads a module as if no test were running. Under Stryker's coverage run, code
 * that runs while no test is current (a module's top level, normally) is
 * "static": every test runs against its mutants. Importing inside a test would
 * instead credit all of that code to this one test, and a mutant in a table or
 * schema would be tried against nothing else. Outside Stryker there is no
 * `__stryker__` and this is a plain call.
 */
async function loadAsStatic<T>(load: () => Promise<T>): Promise<T> {
  const ns = (globalThis as { __stryker__?: { currentTestId?: string | undefined } }).__stryker__;
  const current = ns?.currentTestId;
  if (ns !== undefined) ns.currentTestId = undefined;
  try {
    return await load();
  } finally {
    if (ns !== undefined) ns.currentTestId = current;
  }
}

const ENTRIES = {
  root: () => import('../src/index.js'),
  tiers: () => import('../src/tiers/index.js'),
  periods: () => import('../src/periods/index.js'),
  commission: () => import('../src/commission/index.js'),
  deposit: () => import('../src/deposit/index.js'),
  conflict: () => import('../src/conflict/index.js'),
  leads: () => import('../src/leads/index.js'),
  bids: () => import('../src/bids/index.js'),
  sheets: () => import('../src/sheets/index.js'),
  hyperformula: () => import('../src/hyperformula/index.js'),
  testing: () => import('../src/testing/index.js'),
} as const;

describe('every entry point loads', () => {
  it.each(Object.keys(ENTRIES))('%s', async (name) => {
    const load: () => Promise<object> = ENTRIES[name as keyof typeof ENTRIES];
    const exports = await loadAsStatic(load);
    expect(Object.keys(exports).length).toBeGreaterThan(0);
  });

  it('the presets load valid and frozen', async () => {
    const { telecomProgram, cloudProgram, definePolicy } = await loadAsStatic(() => import('../src/index.js'));
    for (const preset of [telecomProgram, cloudProgram]) {
      expect(Object.isFrozen(preset)).toBe(true);
      // A preset rebuilt from JSON passes the same validation and comes out equal.
      expect(definePolicy(JSON.parse(JSON.stringify(preset)), {})).toEqual(preset);
    }
  });
});
