/**
 * Each known issue the fuzz suite excuses still reproduces. When one of these
 * fails, the issue is fixed: delete its entry from known-issues.ts, so the
 * fuzz suite holds those functions to the full contract again.
 *
 * None is open now. The fixed ones are regression tests next to their
 * modules (test/<module>/); a new entry in KNOWN_ISSUES needs a minimal
 * reproduction here, keyed by its id.
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_ISSUES } from './known-issues.js';

/** One per known issue: true while the issue still reproduces. */
const REPRODUCTIONS: Record<string, () => boolean> = {};

describe('known issues excused by the fuzz suite', () => {
  it('each has a reproduction, and each reproduction an issue', () => {
    expect(Object.keys(REPRODUCTIONS).sort()).toEqual(KNOWN_ISSUES.map((k) => k.id).sort());
  });

  it.each(KNOWN_ISSUES.map((k) => [k.id, k] as const))('%s still reproduces (once it does not, delete it from known-issues.ts)', (id) => {
    expect(REPRODUCTIONS[id]!(), `${id} is fixed: delete it from KNOWN_ISSUES`).toBe(true);
  });
});
