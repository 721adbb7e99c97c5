import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isDate } from '../../src/commission/receipt.js';
import { isIsoDate } from '../../src/core/dates.js';

const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2024-02-29', '2025-02-29', '1900-02-29', '2000-02-29', '2026-1-01', '2026/01/01', '２０２６-01-01'),
  fc.anything(),
);

test.prop([dateLike])('the hand-written date check accepts exactly the real calendar dates the core accepts', (value) => {
  expect(isDate(value)).toBe(isIsoDate(value));
});
