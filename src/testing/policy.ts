import fc from 'fast-check';
import { definePolicy } from '../policy/define.js';
import { cloudProgram, telecomProgram } from '../policy/presets.js';
import type { Policy } from '../policy/types.js';

/** Options for generated policies. */
export interface PolicyArbOptions {
  /** Which program to vary; default both. */
  readonly program?: 'telecom' | 'cloud';
}

// A rate in hundredths; String(p / 100) already writes 0 as '0' and 100 as '1'.
const rate = fc.integer({ min: 0, max: 100 }).map((p) => String(p / 100));

function telecomVariant(): fc.Arbitrary<Policy> {
  return fc
    .record({
      silver: fc.integer({ min: 1, max: 20 }),
      gap: fc.integer({ min: 1, max: 20 }),
      gold: rate,
      silverRate: rate,
      ordinary: rate,
      year2: rate,
      conference: rate,
      protectionDays: fc.integer({ min: 1, max: 60 }),
      windowSeconds: fc.integer({ min: 0, max: 3600 }),
    })
    .map((v) =>
      definePolicy(telecomProgram, {
        tiers: { thresholds: { silver: v.silver, gold: v.silver + v.gap } },
        commission: {
          lines: {
            port: { kind: 'rate', rates: [{ gold: v.gold, silver: v.silverRate, ordinary: v.ordinary }, v.year2] },
            conference: { kind: 'rate', rates: [v.conference, v.conference] },
          },
        },
        conflict: { protectionDays: v.protectionDays, simultaneityWindowSeconds: v.windowSeconds },
      }),
    );
}

function cloudVariant(): fc.Arbitrary<Policy> {
  const weights = fc
    .tuple(fc.integer({ min: 1, max: 97 }), fc.integer({ min: 1, max: 97 }), fc.integer({ min: 1, max: 97 }))
    .filter(([a, b, c]) => a + b + c < 100)
    .map(([market, team, operations]) => ({ market, team, operations, plan: 100 - market - team - operations }));
  const ladder = fc
    .record({
      mode: fc.constantFrom<'marginal' | 'whole'>('marginal', 'whole'),
      bounds: fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 3 }).map((b) => b.sort((x, y) => x - y)),
      rates: fc.array(rate, { minLength: 4, maxLength: 4 }),
    })
    .map(({ mode, bounds, rates }) => ({
      kind: 'ladder' as const,
      mode,
      brackets: [0, ...bounds].map((from, i) => ({
        from: String(from),
        to: i < bounds.length ? String(bounds[i]) : null,
        rate: rates[i]!,
      })),
    }));
  return fc.record({ weights, ladder, transfer: fc.integer({ min: 1, max: 30 }), flowBack: fc.integer({ min: 1, max: 120 }) }).map((v) =>
    definePolicy(cloudProgram, {
      bids: { weights: v.weights },
      commission: { otherLines: v.ladder },
      leads: { transferAfterDays: v.transfer, flowBackDays: v.flowBack },
    }),
  );
}

/**
 * A valid policy: a preset, or a variant of one made with `definePolicy`
 * (other thresholds, rates, ladders, bid weights, protection days, …).
 *
 * @example
 * fc.assert(fc.property(policyArb({ program: 'telecom' }), (p) => tierFor(p, 0) === 'ordinary'));
 */
export function policyArb(options: PolicyArbOptions = {}): fc.Arbitrary<Policy> {
  const telecom = fc.oneof(fc.constant(telecomProgram), telecomVariant());
  const cloud = fc.oneof(fc.constant(cloudProgram), cloudVariant());
  if (options.program === 'telecom') return telecom;
  if (options.program === 'cloud') return cloud;
  return fc.oneof(telecom, cloud);
}
