import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { resolveOwnership } from '../../src/conflict/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { CP_OWNER } from '../../src/sheets/index.js';
import { instantAt, registrationRowsArb } from './arbitraries.js';

const PARTS = ['owner', 'registration', 'status', 'challenger', 'protected-until', 'key-support'] as const;
const asOfArb = fc.integer({ min: 0, max: 90 }).map((d) => instantAt(d * 24 * 60, true));

describe('CP_OWNER properties', () => {
  test.prop([registrationRowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))), asOfArb])(
    'for any order of the registration rows, every answer is the same (REG-1)',
    ([rows, shuffled], asOf) => {
      for (const part of PARTS) {
        let a: unknown;
        let b: unknown;
        try {
          a = CP_OWNER('C1', rows, asOf, '', '', part);
        } catch (e) {
          a = (e as Error).message;
        }
        try {
          b = CP_OWNER('C1', shuffled, asOf, '', '', part);
        } catch (e) {
          b = (e as Error).message;
        }
        expect(b).toEqual(a);
      }
    },
  );

  test.prop([registrationRowsArb, asOfArb])(
    "for any registrations, the owner is the party of resolveOwnership's owning registration",
    (rows, asOf) => {
      const known = rows.filter((r) => r[1] === 'C1');
      const result = resolveOwnership(telecomProgram, {
        registrations: known.map(([id, customerId, kind, party, at]) => ({
          id: id!,
          customerId: customerId!,
          party: { kind: kind as 'partner' | 'direct', id: party! },
          registeredAt: at!,
        })),
        asOf,
      });
      if (result.length === 0) {
        expect(() => CP_OWNER('C1', rows, asOf)).toThrow(/no registration known at asOf/);
        return;
      }
      const owner = known.find((r) => r[0] === result[0]!.owner);
      expect(CP_OWNER('C1', rows, asOf)).toBe(owner === undefined ? '' : owner[3]);
      expect(CP_OWNER('C1', rows, asOf, '', '', 'status')).toBe(result[0]!.status);
    },
  );
});
