import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { CP_TIER } from '../../src/sheets/index.js';
import { tierFor } from '../../src/tiers/index.js';
import { notANumberArb } from './arbitraries.js';

const metric = fc.integer({ min: 0, max: 100_000 });

describe('CP_TIER properties', () => {
  test.prop([metric])('for any whole metric, as a number or as text, CP_TIER gives the tier tierFor gives (TIER-1)', (m) => {
    const tier = tierFor(telecomProgram, m);
    expect(CP_TIER(m)).toBe(tier);
    expect(CP_TIER(String(m))).toBe(tier);
  });

  test.prop([fc.oneof(notANumberArb, fc.double().filter((x) => !Number.isSafeInteger(x) || x < 0))])(
    'for any cell that is not a whole number ≥ 0, CP_TIER throws a PolicyError naming metric, never returns',
    (cell) => {
      expect(() => CP_TIER(cell as never)).toThrow(PolicyError);
      try {
        CP_TIER(cell as never);
      } catch (e) {
        expect((e as PolicyError).message.startsWith('CP_TIER: metric must be a whole number ≥ 0, got ')).toBe(true);
        expect((e as PolicyError).issues[0]!.path).toEqual(['metric']);
      }
    },
  );
});
