import { readFileSync } from 'node:fs';
import { assert, describe, expect, it } from 'vitest';
import { describeRule, RULES } from '../../src/core/rules.js';

// docs/POLICY.md is the policy book users read; the registry must name exactly its rules.
const book = readFileSync(new URL('../../docs/POLICY.md', import.meta.url), 'utf8');
const idsInBook = [...new Set([...book.matchAll(/\*\*([A-Z]+-\d+)\b/g)].map((m) => m[1]!))];

describe('the rule registry', () => {
  it('holds every rule id of the policy book, and no other', () => {
    expect(idsInBook.length).toBeGreaterThan(40);
    expect(Object.keys(RULES).sort()).toEqual([...idsInBook].sort());
  });

  it('gives a one-line text for each rule', () => {
    for (const [id, text] of Object.entries(RULES)) {
      expect(text, id).toMatch(/^\S.*\.$/);
      expect(text, id).not.toContain('\n');
    }
    expect(describeRule('COM-4')).toContain('two calendar years');
    expect(describeRule('NOPE-1')).toBeUndefined();
    expect(describeRule('toString')).toBeUndefined();
  });

  it('answers undefined for an id that is not a string, without converting it to a key', () => {
    const trapped = new Proxy({}, { get: () => assert.fail('a trap ran') });
    const ids: unknown[] = [Object.create(null), trapped, { toString: () => 'COM-4' }, ['COM-4'], Symbol('COM-4'), 4, null, undefined];
    for (const id of ids) expect(describeRule(id as never)).toBeUndefined();
  });
});
