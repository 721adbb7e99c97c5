/**
 * Every entry point loads. Each import happens inside a test, so code that
 * throws while a module loads (an invalid preset, a schema or table built
 * wrongly) fails a test here rather than only the loading of the files that
 * import it statically. Under mutation testing this file runs first (see
 * test/mutation/vitest.config.ts), because a test run stops at its first
 * failure and a file that cannot load reports no test at all.
 */
import { describe, expect, it } from 'vitest';

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
    const exports = await ENTRIES[name as keyof typeof ENTRIES]();
    expect(Object.keys(exports).length).toBeGreaterThan(0);
  });

  it('the presets load valid and frozen', async () => {
    const { telecomProgram, cloudProgram, definePolicy } = await import('../src/index.js');
    for (const preset of [telecomProgram, cloudProgram]) {
      expect(Object.isFrozen(preset)).toBe(true);
      // A preset rebuilt from JSON passes the same validation and comes out equal.
      expect(definePolicy(JSON.parse(JSON.stringify(preset)), {})).toEqual(preset);
    }
  });
});
