/**
 * Valid arguments for the fuzz table, by construction: the testing kit's
 * arbitraries and each module's own (test/<module>/arbitraries.ts), plus the
 * few the modules do not have yet (quarters, months, policy variants).
 */
import fc from 'fast-check';
import { fromDay, toDay } from '../../src/core/dates.js';
import { cloudProgram, definePolicy, telecomProgram, type Policy } from '../../src/index.js';
import { policyArb } from '../../src/testing/index.js';

/** A policy rebuilt from JSON and frozen: accepted once validated, then cached. */
const frozenTelecomJson = Object.freeze(JSON.parse(JSON.stringify(telecomProgram)) as Policy);
const frozenCloudJson = Object.freeze(JSON.parse(JSON.stringify(cloudProgram)) as Policy);

/** Programs in another currency scale, so money formatting is fuzzed away from 2 places. */
const telecomScale0 = definePolicy(telecomProgram, { currency: { code: 'JPY', scale: 0 } });
const telecomScale3 = definePolicy(telecomProgram, { currency: { code: 'KWD', scale: 3 } });
const cloudScale0 = definePolicy(cloudProgram, { currency: { code: 'JPY', scale: 0 } });

/** A program's policy in every form a caller may pass: a preset, a variant, a JSON copy (frozen or not), another scale. */
export function programArb(program: 'telecom' | 'cloud'): fc.Arbitrary<Policy> {
  const json = program === 'telecom' ? frozenTelecomJson : frozenCloudJson;
  const preset = program === 'telecom' ? telecomProgram : cloudProgram;
  return fc.oneof(
    { weight: 4, arbitrary: policyArb({ program }) },
    { weight: 1, arbitrary: fc.constant(json) },
    // A fresh, unfrozen JSON copy per run: validated on every call, never cached.
    { weight: 1, arbitrary: fc.constant(null).map(() => JSON.parse(JSON.stringify(preset)) as Policy) },
    { weight: 1, arbitrary: fc.constantFrom(...(program === 'telecom' ? [telecomScale0, telecomScale3] : [cloudScale0])) },
  );
}

/** Mostly the program a function needs, sometimes the other one (NOT_CONFIGURED). */
export function policyFor(program: 'telecom' | 'cloud'): fc.Arbitrary<Policy> {
  return fc.oneof({ weight: 6, arbitrary: programArb(program) }, { weight: 1, arbitrary: programArb(program === 'telecom' ? 'cloud' : 'telecom') });
}

/** Any policy. */
export const anyPolicyArb: fc.Arbitrary<Policy> = fc.oneof(programArb('telecom'), programArb('cloud'));

/** A quarter `YYYY-Qn`, with the edges of the supported years. */
export const quarterArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.integer({ min: 2020, max: 2030 }), fc.constantFrom(1, 9999)), fc.integer({ min: 1, max: 4 }))
  .map(([y, q]) => `${String(y).padStart(4, '0')}-Q${q}`);

/** A month `YYYY-MM`, with the edges of the supported years. */
export const monthArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.integer({ min: 2020, max: 2030 }), fc.constantFrom(1, 9999)), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);

/** A date around the programs' years, sometimes at the ends of the supported range. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: toDay('2024-01-01'), max: toDay('2028-12-31') }).map(fromDay) },
  { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '9999-10-01', '2024-02-29', '2025-12-31') },
);

/** Overrides for definePolicy: plain data shaped like a policy, valid or near it. */
export const overridesArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  fc.record({ tiers: fc.record({ thresholds: fc.record({ silver: fc.integer({ min: 1, max: 20 }), gold: fc.integer({ min: 1, max: 40 }) }) }) }),
  fc.record({ currency: fc.record({ code: fc.constantFrom('CNY', 'JPY', 'usd'), scale: fc.integer({ min: 0, max: 9 }) }) }),
  fc.record({ bids: fc.record({ weights: fc.record({ market: fc.integer({ min: 0, max: 60 }), team: fc.integer({ min: 0, max: 60 }), operations: fc.constant(10), plan: fc.constant(40) }) }) }),
  fc.record({ deposit: fc.record({ byTier: fc.record({ gold: fc.constantFrom('90000', '1', '0.001', '-1') }) }) }),
  fc.record({ conflict: fc.record({ protectionDays: fc.integer({ min: 0, max: 60 }), simultaneityWindowSeconds: fc.integer({ min: 0, max: 60 }) }) }),
  fc.record({
    commission: fc.record({
      otherLines: fc.constantFrom<unknown>(
        null,
        { kind: 'margin' },
        { kind: 'ladder', mode: 'whole', brackets: [{ from: '0', to: '100', rate: '0.1' }, { from: '100', to: null, rate: '0.2' }] },
        { kind: 'ladder', mode: 'marginal', brackets: [{ from: '0', to: '100', rate: '0.1' }, { from: '90', to: null, rate: '0.2' }] },
      ),
    }),
  }),
  fc.record({ leads: fc.record({ telesalesRegions: fc.array(fc.constantFrom('Beijing', 'Sichuan', ''), { maxLength: 3 }) }) }),
  fc.record({ payout: fc.record({ dayKind: fc.constantFrom('business', 'calendar', 'lunar') }) }),
);
