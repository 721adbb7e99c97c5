import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../src/conflict/string-index.js';

describe('StringIndex', () => {
  it('claims each key once and finds who holds it', () => {
    const keys = ['R1', 'R2', 'R1', 'C-1001', ''];
    const index = new StringIndex(keys.length);
    expect(keys.map((k, r) => index.claim(k, r, keys))).toEqual([-1, -1, 0, -1, -1]);
    expect(index.find('R2', keys)).toBe(1);
    expect(index.find('C-1001', keys)).toBe(3);
    expect(index.find('R3', keys)).toBe(-1);
  });

  it('stays right when the table is full and keys go past the probing cap', () => {
    // Capacity 0 still gives 16 slots: 40 keys fill them, and the rest go past the probing cap to the overflow.
    const keys = Array.from({ length: 40 }, (_, i) => `K${i}`);
    const index = new StringIndex(0);
    expect(keys.map((k, r) => index.claim(k, r, keys))).toEqual(keys.map(() => -1));
    expect(keys.map((k) => index.find(k, keys))).toEqual(keys.map((_, r) => r));
    expect(keys.map((k) => index.claim(k, 99, keys))).toEqual(keys.map((_, r) => r));
    expect(index.find('K40', keys)).toBe(-1);
  });
});
