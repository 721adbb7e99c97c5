/**
 * Determinism and isolation (CONV-3, CONV-4): the same input gives
 * byte-identical JSON, whatever the order of records whose order means
 * nothing, and whatever the machine's time zone.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloudProgram, telecomProgram } from '../../src/index.js';
import { settleDeposit } from '../../src/deposit/index.js';
import { commissionStatement, explainStatement } from '../../src/commission/index.js';
import { scoreBids } from '../../src/bids/index.js';
import { businessCalendar } from '../../src/periods/index.js';
import { resolveOwnership } from '../../src/conflict/index.js';
import { ownershipInputArb } from '../conflict/arbitraries.js';
import { bidsArb, calendarInputArb, settleDepositInputArb } from '../../src/testing/index.js';
import { PERIOD, statementCase } from '../commission/arbitraries.js';
import { digestAll } from './digest.js';

const run = promisify(execFile);

/** A permutation of `items`, drawn by fast-check so a failure shrinks to a small one. */
function shuffled<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

describe('input order never matters where it means nothing', () => {
  it('for any claims, settleDeposit gives the same JSON in any order of the claims (DEP-3 orders them itself)', () => {
    fc.assert(
      fc.property(
        settleDepositInputArb.chain((input) => fc.tuple(fc.constant(input), shuffled(input.claims))),
        ([input, claims]) => {
          expect(JSON.stringify(settleDeposit(telecomProgram, { ...input, claims }))).toBe(JSON.stringify(settleDeposit(telecomProgram, input)));
        },
      ),
    );
  });

  it('for any receipts and refunds, commissionStatement and explainStatement give the same JSON in any order of them (COM-10)', () => {
    fc.assert(
      fc.property(
        statementCase.chain((c) => fc.tuple(fc.constant(c), shuffled(c.receipts), shuffled(c.refunds))),
        ([c, receipts, refunds]) => {
          const input = { partnerId: 'P1', period: PERIOD, tiers: c.tiers, receipts: c.receipts, refunds: c.refunds };
          const reordered = { ...input, receipts, refunds };
          expect(JSON.stringify(commissionStatement(c.program.policy, reordered))).toBe(JSON.stringify(commissionStatement(c.program.policy, input)));
          expect(JSON.stringify(explainStatement(c.program.policy, reordered))).toBe(JSON.stringify(explainStatement(c.program.policy, input)));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('for any bids, scoreBids gives the same JSON in any order of the bids and of their score sheets (BID-4)', () => {
    fc.assert(
      fc.property(
        bidsArb({ maxBids: 8 }).chain((bids) =>
          fc.tuple(fc.constant(bids), shuffled(bids), fc.constantFrom<'mean' | 'trimmed'>('mean', 'trimmed')),
        ),
        ([bids, reordered, aggregation]) => {
          const sheetsReversed = reordered.map((b) => ({ ...b, scores: [...b.scores].reverse() }));
          const score = (list: typeof bids) => {
            try {
              return JSON.stringify(scoreBids(cloudProgram, { bids: list, aggregation }));
            } catch (e) {
              // Too few judges for a trimmed mean: the same error, its paths naming each bid where it stands.
              return (e as { code: string }).code;
            }
          };
          expect(score(sheetsReversed)).toBe(score(bids));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('for any registrations and takeovers, resolveOwnership gives the same JSON in any order of them (REG-1)', () => {
    fc.assert(
      fc.property(
        ownershipInputArb().chain((input) => fc.tuple(fc.constant(input), shuffled(input.registrations), shuffled(input.takeovers))),
        ([input, registrations, takeovers]) => {
          const resolve = (i: typeof input) => {
            try {
              return JSON.stringify(resolveOwnership(telecomProgram, i));
            } catch (e) {
              return (e as { code: string }).code; // refused either way; the paths name records where they stand
            }
          };
          expect(resolve({ ...input, registrations, takeovers })).toBe(resolve(input));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('for any holidays and make-up workdays, businessCalendar gives the same calendar in any order of them (PER-6)', () => {
    fc.assert(
      fc.property(
        calendarInputArb({ customWeekend: true }).chain((c) => fc.tuple(fc.constant(c), shuffled(c.holidays), shuffled(c.workdays), shuffled(c.weekend))),
        ([c, holidays, workdays, weekend]) => {
          expect(JSON.stringify(businessCalendar({ holidays, workdays, weekend }))).toBe(JSON.stringify(businessCalendar(c)));
        },
      ),
    );
  });
});

describe('no result depends on the time zone', () => {
  // Under Stryker the child processes would run the code without the active mutant: they could never kill one.
  const underMutation = process.env.STRYKER_MUTATOR_WORKER !== undefined;

  // npm test runs the suite at UTC+14 and at UTC−8; each run compares itself with a child in the other zone.
  const other = process.env.TZ === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati';

  it.skipIf(underMutation)(
    `every function of the fuzz table gives byte-identical outputs for fixed-seed inputs here (${process.env.TZ ?? 'local time'}) and in ${other}`,
    async () => {
      const script = fileURLToPath(new URL('./digest.ts', import.meta.url));
      const child = run(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: other }, maxBuffer: 1 << 20 });
      const here = digestAll();
      const there = await child;
      expect(there.stdout.trimEnd().split('\n')).toEqual(here);
      // The digests cover real results, not only errors.
      const ok = here.map((line) => Number(/ (\d+)\/\d+ /.exec(line)![1]));
      expect(ok.filter((n) => n > 0).length).toBeGreaterThan(here.length * 0.8);
    },
    60_000,
  );
});
