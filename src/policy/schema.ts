/**
 * The zod schema of a policy, with the cross-field checks that make a policy
 * valid: weights summing to 100, rates in [0, 1], ladders contiguous, tier
 * thresholds ascending, settlement days in order.
 * @module
 */
import * as z from 'zod/mini';
import { compareDecimalText, sumEquals } from '../core/decimal-text.js';
import { decimalString, FORBIDDEN_KEYS, wholeNumber } from '../core/validate.js';
import type { Policy } from './types.js';

const rate = decimalString('rate').check(
  z.refine((s) => compareDecimalText(s, '1') <= 0, 'a rate must lie within [0, 1]'),
);
const money = decimalString('cash');
const perTier = <T extends z.ZodMiniType>(t: T) => z.strictObject({ gold: t, silver: t, ordinary: t });
const rateSpec = z.union([rate, perTier(rate)]);

// Ladder bounds are amounts of volume, not cash paid: they may have more places than the currency (CONV-1).
const bound = decimalString('rate');
const bracket = z.strictObject({ from: bound, to: z.nullable(bound), rate });

const lineRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rate'), rates: z.array(rateSpec).check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal('margin') }),
  z.strictObject({
    kind: z.literal('ladder'),
    mode: z.enum(['marginal', 'whole']),
    brackets: z.array(bracket).check(
      z.minLength(1),
      z.superRefine((brackets, ctx) => {
        // Brackets tile [0, ∞): each starts where the previous ended, ends above its start, and only the last is open.
        brackets.forEach((b, i) => {
          const expectedFrom = i === 0 ? '0' : brackets[i - 1]?.to;
          if (expectedFrom === null || expectedFrom === undefined || compareDecimalText(b.from, expectedFrom) !== 0) {
            ctx.issues.push({
              code: 'custom',
              path: [i, 'from'],
              input: b.from,
              message: i === 0 ? 'the first bracket must start at 0' : 'brackets must be ordered and contiguous: each starts where the previous one ends',
            });
          }
          const last = i === brackets.length - 1;
          if (b.to === null && !last) {
            ctx.issues.push({ code: 'custom', path: [i, 'to'], input: b.to, message: 'only the last bracket may be open (to: null)' });
          } else if (b.to !== null && last) {
            ctx.issues.push({ code: 'custom', path: [i, 'to'], input: b.to, message: 'the last bracket must be open (to: null)' });
          } else if (b.to !== null && compareDecimalText(b.to, b.from) <= 0) {
            ctx.issues.push({ code: 'custom', path: [i, 'to'], input: b.to, message: 'a bracket must end above its start' });
          }
        });
      }),
    ),
  }),
]);

const commission = z
  .strictObject({
    // COM-4: results type the commission year as 1 | 2, so a window is 1 or 2 years.
    window: z.nullable(z.strictObject({ years: wholeNumber(1, 2) })),
    lines: z.record(
      z.string().check(z.minLength(1), z.refine((k) => !FORBIDDEN_KEYS.has(k), 'is not allowed as a line name')),
      lineRule,
    ),
    otherLines: z.nullable(lineRule),
  })
  .check(
    z.superRefine((c, ctx) => {
      // A rate line lists one rate per commission year (COM-4); with no window, exactly one.
      const years = c.window === null ? 1 : c.window.years;
      const check = (rule: z.output<typeof lineRule> | null, path: (string | number)[]) => {
        if (rule !== null && rule.kind === 'rate' && rule.rates.length !== years) {
          ctx.issues.push({
            code: 'custom',
            path: [...path, 'rates'],
            input: rule.rates,
            message: `must list ${years} rate${years === 1 ? '' : 's'}, one per commission year of the window`,
          });
        }
      };
      for (const [name, rule] of Object.entries(c.lines)) check(rule, ['lines', name]);
      check(c.otherLines, ['otherLines']);
    }),
  );

const tiers = z
  .strictObject({
    metric: z.enum(['closed-customers', 'new-ports']),
    thresholds: z.strictObject({ silver: wholeNumber(1), gold: wholeNumber(1) }),
  })
  .check(
    z.superRefine((t, ctx) => {
      if (t.thresholds.gold <= t.thresholds.silver) {
        ctx.issues.push({
          code: 'custom',
          path: ['thresholds', 'gold'],
          input: t.thresholds.gold,
          message: 'thresholds must ascend: gold must be above silver',
        });
      }
    }),
  );

const weight = z.number().check(z.refine((n) => Number.isFinite(n) && n > 0, 'a weight must be a positive number'));
const bids = z.strictObject({
  weights: z
    .strictObject({ market: weight, team: weight, operations: weight, plan: weight })
    .check(
      z.refine(
        (w) => sumEquals([w.market, w.team, w.operations, w.plan], '100'),
        'the weights must sum to 100',
      ),
    ),
  minCertifiedStaff: wholeNumber(0),
  trimmedMinJudges: wholeNumber(3),
  compositeScale: wholeNumber(0, 10),
});

const dayOfMonth = wholeNumber(1, 28);
const settlement = z
  .strictObject({
    statementDay: dayOfMonth,
    confirmDay: dayOfMonth,
    invoiceDay: dayOfMonth,
    paymentDay: dayOfMonth,
    deemedAcceptanceBusinessDays: wholeNumber(1, 366),
  })
  .check(
    z.superRefine((s, ctx) => {
      const order = ['statementDay', 'confirmDay', 'invoiceDay', 'paymentDay'] as const;
      for (let i = 1; i < order.length; i++) {
        const key = order[i]!;
        if (s[key] < s[order[i - 1]!]) {
          ctx.issues.push({ code: 'custom', path: [key], input: s[key], message: `must not come before ${order[i - 1]}` });
        }
      }
    }),
  );

/** The schema every policy must satisfy. */
export const policySchema = z.strictObject({
  program: z.string().check(z.minLength(1)),
  currency: z.strictObject({ code: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "CNY"')), scale: wholeNumber(0, 8) }),
  tiers: z.nullable(tiers),
  commission,
  deposit: z.nullable(
    z.strictObject({
      byTier: perTier(money),
      wholesale: z.strictObject({ minimum: money, trafficMultiple: decimalString('rate') }),
    }),
  ),
  conflict: z.nullable(
    z.strictObject({
      simultaneityWindowSeconds: wholeNumber(0, 31_536_000),
      protectionDays: wholeNumber(1, 3660),
      lockStage: wholeNumber(1, 5),
      keySupportStage: wholeNumber(1, 5),
    }),
  ),
  leads: z.nullable(
    z.strictObject({
      transferAfterDays: wholeNumber(1, 3660),
      telesalesRegions: z.array(z.string().check(z.minLength(1))),
      flowBackDays: wholeNumber(1, 3660),
      qualifyingLines: z.nullable(z.array(z.string().check(z.minLength(1)))),
    }),
  ),
  bids: z.nullable(bids),
  reviews: z.nullable(z.strictObject({ halfYearReviewDay: wholeNumber(1, 30), trialMonths: wholeNumber(1, 120) })),
  settlement: z.nullable(settlement),
  payout: z.nullable(
    z.strictObject({
      dayKind: z.enum(['business', 'calendar']),
      steps: z
        .array(z.strictObject({ step: z.string().check(z.minLength(1)), days: wholeNumber(0, 366) }))
        .check(z.minLength(1)),
    }),
  ),
});

// The hand-written Policy type and the schema must describe the same data.
type SchemaOutput = z.output<typeof policySchema>;
const _sameShape: (p: SchemaOutput) => Policy = (p) => p;
void _sameShape;
