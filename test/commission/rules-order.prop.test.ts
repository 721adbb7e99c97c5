/**
 * sortRules over any ids: each id once, the policy book's ids first in book
 * order, then any others in text order, however many and however shuffled.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { sortRules } from '../../src/commission/rules.js';
import { RULES } from '../../src/core/rules.js';

const BOOK = Object.keys(RULES);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

test.prop([fc.array(fc.oneof(fc.constantFrom(...BOOK), fc.string({ minLength: 1, maxLength: 4 }).map((s) => `x-${s}`)), { maxLength: 400 })])(
  'lists each id once: the book ids in book order, then the others in text order',
  (ids) => {
    const known = BOOK.filter((id) => ids.includes(id));
    const other = [...new Set(ids.filter((id) => !BOOK.includes(id)))].sort(byText);
    expect(sortRules(ids)).toEqual([...known, ...other]);
  },
);
