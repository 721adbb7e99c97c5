import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CP_BID_SCORE } from '../../src/sheets/index.js';
import { scoreCellArb } from './arbitraries.js';

const scores = fc.tuple(scoreCellArb, scoreCellArb, scoreCellArb, scoreCellArb);

describe('CP_BID_SCORE properties', () => {
  test.prop([scores])(
    'for any four scores with at most 2 places, the composite is Σ weight × score / 100 rounded half-up to 2 places (BID-3)',
    ([m, t, o, p]) => {
      // In hundredths of a point × 100: 30m + 20t + 10o + 40p, then half-up to hundredths.
      const weighted = 30 * m.hundredths + 20 * t.hundredths + 10 * o.hundredths + 40 * p.hundredths;
      const hundredths = Math.floor((weighted + 50) / 100);
      expect(CP_BID_SCORE(m.cell, t.cell, o.cell, p.cell)).toBe(hundredths / 100);
    },
  );

  test.prop([scores, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10_000 })])(
    'for any bid, the composite is within [0, 100] and never falls when one category score rises (BID-3)',
    (four, which, raised) => {
      const cells = four.map((s) => s.hundredths / 100);
      const before = CP_BID_SCORE(cells[0]!, cells[1]!, cells[2]!, cells[3]!);
      const after = [...cells];
      after[which] = Math.max(after[which]!, raised / 100);
      const later = CP_BID_SCORE(after[0]!, after[1]!, after[2]!, after[3]!);
      expect(before).toBeGreaterThanOrEqual(0);
      expect(later).toBeLessThanOrEqual(100);
      expect(later).toBeGreaterThanOrEqual(before);
    },
  );
});
