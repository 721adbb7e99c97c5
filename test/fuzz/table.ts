/**
 * The fuzz table: every public entry point, one entry per module, one row per
 * exported function, each with an arbitrary of valid arguments and the shape
 * its result must have. `table.test.ts` fails when an export has no row, so a
 * new function cannot dodge the fuzz suite.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import * as root from '../../src/index.js';
import * as tiers from '../../src/tiers/index.js';
import * as periods from '../../src/periods/index.js';
import * as deposit from '../../src/deposit/index.js';
import * as testing from '../../src/testing/index.js';
import * as commission from '../../src/commission/index.js';
import * as leads from '../../src/leads/index.js';
import * as bids from '../../src/bids/index.js';
import * as conflict from '../../src/conflict/index.js';
import { ownershipInputArb } from '../conflict/arbitraries.js';
import * as sheets from '../../src/sheets/index.js';
import { instantToEpoch, isIsoDate } from '../../src/core/dates.js';
import { checkFigure } from '../../src/core/money.js';
import { tierTimeline } from '../../src/core/tier-history.js';
import { usePolicy } from '../../src/policy/seal.js';
import type { Policy } from '../../src/policy/types.js';
import {
  bidsArb,
  calendarInputArb,
  centsArb,
  depositEntryArb,
  instantArb,
  isoDateArb,
  leadScenarioArb,
  moneyArb,
  moneyInputOfCents,
  settleDepositInputArb,
  tierArb,
  tierHistoryArb,
  receiptsArb,
  wholesaleStatusInputArb,
} from '../../src/testing/index.js';
import { PERIOD, statementCase, tier as commissionTier } from '../commission/arbitraries.js';
import { anyPolicyArb, dateArb, monthArb, overridesArb, policyFor, quarterArb } from './arbitraries.js';
import { assertMinor, minor, sum } from './outcome.js';

/** What a check may know about the call. */
export interface CallContext {
  /** The arguments exactly as generated, when no hostile change was made (safe to read again). */
  readonly pristine: readonly unknown[] | null;
  /** The currency scale of the policy the call used. */
  readonly scale: number;
}

/** One row of the table. */
export interface FuzzEntry {
  /** Valid arguments, by construction. */
  readonly valid: fc.Arbitrary<readonly unknown[]>;
  /** Calls the function (default: the export itself with the arguments). */
  readonly call?: (...args: unknown[]) => unknown;
  /** Where the policy is among the arguments, to learn the currency scale (default: none, scale 2). */
  readonly policyAt?: number;
  /** Money comes back as numbers (spreadsheet functions). */
  readonly moneyAsNumbers?: boolean;
  /** The result is a policy (configuration data, checked by the policy schema), not a calculation. */
  readonly resultIsPolicy?: boolean;
  /**
   * `false` when `valid` already mixes in all the junk the function can be
   * given: a spreadsheet engine only ever holds primitives in its cells.
   */
  readonly hostile?: boolean;
  /** A share of the suite's runs for a slow row (default 1). */
  readonly runShare?: number;
  /**
   * `'policy-error'` (the default): a well-formed result or a PolicyError.
   * `'kit'`: the testing kit builds fast-check arbitraries for test code; bad
   * options are a programming error there and may throw any Error at build time,
   * but what it builds must generate values the library accepts.
   * `'predicate'`: a yes/no answer that never throws.
   */
  readonly contract?: 'policy-error' | 'kit' | 'predicate';
  /** Checks of the result beyond well-formedness: totals that add up, the fields the API names. */
  readonly check?: (result: unknown, ctx: CallContext) => void;
}

/** One public entry point. */
export interface FuzzModule {
  /** The entry as a consumer imports it. */
  readonly exports: Readonly<Record<string, unknown>>;
  /** The package.json export it is published as, when it is. */
  readonly subpath: string;
  /** One row per exported function. */
  readonly functions: Readonly<Record<string, FuzzEntry>>;
  /** Functions reached through a result (a calendar's methods), fuzzed like exports. */
  readonly extra?: Readonly<Record<string, FuzzEntry>>;
}

const TIERS = ['gold', 'silver', 'ordinary'];

function isTier(v: unknown): void {
  expect(TIERS).toContain(v);
}

function isDate(v: unknown): void {
  expect(isIsoDate(v), `${String(v)} is a real date`).toBe(true);
}

// ---------------------------------------------------------------------------
// Shapes with totals (CONV-2: a total is the sum of its rounded lines).

interface StatementShape {
  lines: { base: string; commission: string }[];
  clawbacks: { clawback: string }[];
  totals: { base: string; commission: string; clawback: string; carriedIn: string; payable: string };
}

/** COM-6, COM-8, CONV-2: totals are the sums of the lines, and payable = commission − clawback − carriedIn. */
export function checkStatement(s: unknown): void {
  const st = s as StatementShape;
  assertMinor(['totals', 'base'], st.totals.base, sum(st.lines.map((l) => l.base)), 'totals.base = Σ lines.base');
  assertMinor(['totals', 'commission'], st.totals.commission, sum(st.lines.map((l) => l.commission)), 'totals.commission = Σ lines.commission');
  assertMinor(['totals', 'clawback'], st.totals.clawback, sum(st.clawbacks.map((c) => c.clawback)), 'totals.clawback = Σ clawbacks');
  assertMinor(
    ['totals', 'payable'],
    st.totals.payable,
    minor(st.totals.commission) - minor(st.totals.clawback) - minor(st.totals.carriedIn),
    'payable = commission − clawback − carriedIn (COM-8)',
  );
  for (const c of st.clawbacks) expect(minor(c.clawback) >= 0n, 'a clawback is shown positive (COM-7)').toBe(true);
  expect(minor(st.totals.carriedIn) >= 0n).toBe(true);
}

/** DEP-2 to DEP-4: deducted + outstanding = claim, the balance falls by what is deducted and never below 0. */
function checkSettlement(r: unknown): void {
  const s = r as {
    opening: string;
    balance: string;
    deducted: string;
    outstanding: string;
    required: string;
    shortfall: string;
    excess: string;
    deductions: { claim: string; deducted: string; outstanding: string; balanceAfter: string }[];
  };
  let balance = minor(s.opening);
  s.deductions.forEach((d, i) => {
    assertMinor(['deductions', i, 'outstanding'], d.outstanding, minor(d.claim) - minor(d.deducted), 'deducted + outstanding = claim (DEP-3)');
    balance -= minor(d.deducted);
    assertMinor(['deductions', i, 'balanceAfter'], d.balanceAfter, balance, 'the running balance');
  });
  assertMinor(['balance'], s.balance, balance, 'balance = opening − Σ deducted');
  expect(balance >= 0n, 'the deposit balance is never negative (DEP-2)').toBe(true);
  assertMinor(['deducted'], s.deducted, sum(s.deductions.map((d) => d.deducted)), 'deducted = Σ deductions');
  assertMinor(['outstanding'], s.outstanding, sum(s.deductions.map((d) => d.outstanding)), 'outstanding = Σ deductions');
  const gap = minor(s.required) - balance;
  assertMinor(['shortfall'], s.shortfall, gap > 0n ? gap : 0n, 'shortfall = required − balance when positive (DEP-4)');
  assertMinor(['excess'], s.excess, gap < 0n ? -gap : 0n, 'excess = balance − required when positive (DEP-4)');
}

/** DEP-2: the running balance, and balance = paid in + topped up − deducted − returned. */
function checkLedger(r: unknown): void {
  const l = r as {
    lines: { kind: string; amount: string; balance: string }[];
    totals: { paidIn: string; toppedUp: string; deducted: string; returned: string };
    balance: string;
  };
  let balance = 0n;
  const byKind: Record<string, bigint> = { 'paid-in': 0n, 'top-up': 0n, deduction: 0n, return: 0n };
  l.lines.forEach((line, i) => {
    const adds = line.kind === 'paid-in' || line.kind === 'top-up';
    balance += adds ? minor(line.amount) : -minor(line.amount);
    byKind[line.kind] = byKind[line.kind]! + minor(line.amount);
    assertMinor(['lines', i, 'balance'], line.balance, balance, 'the running balance');
    expect(balance >= 0n, 'the deposit balance is never negative (DEP-2)').toBe(true);
  });
  assertMinor(['balance'], l.balance, balance, 'the closing balance');
  assertMinor(['totals', 'paidIn'], l.totals.paidIn, byKind['paid-in']!, 'Σ paid in');
  assertMinor(['totals', 'toppedUp'], l.totals.toppedUp, byKind['top-up']!, 'Σ topped up');
  assertMinor(['totals', 'deducted'], l.totals.deducted, byKind.deduction!, 'Σ deducted');
  assertMinor(['totals', 'returned'], l.totals.returned, byKind.return!, 'Σ returned');
}

/** COM-6: the receipts' shares of one statement line add up to its commission. */
function checkExplained(r: unknown): void {
  const { statement, receipts } = r as {
    statement: Omit<StatementShape, 'lines'> & { lines: { line: string; rate: string; kind: string; base: string; commission: string }[] };
    receipts: { line: string; rate: string; kind: string; share: string }[];
  };
  checkStatement(statement as StatementShape);
  const key = (x: { line: string; rate: string; kind: string }) => JSON.stringify([x.line, x.kind, x.rate]);
  const shares = new Map<string, bigint>();
  for (const e of receipts) shares.set(key(e), (shares.get(key(e)) ?? 0n) + minor(e.share));
  statement.lines.forEach((l, i) => {
    if (shares.has(key(l))) assertMinor(['statement', 'lines', i, 'commission'], l.commission, shares.get(key(l))!, 'Σ receipt shares of the line');
  });
  assertMinor(['receipts'], statement.totals.commission, sum(receipts.map((e) => e.share)), 'Σ every share = total commission');
}

function checkDiff(r: unknown, ctx: CallContext): void {
  const d = r as { lines: { commission: string }[]; clawbacks: { clawback: string }[]; commission: string; clawback: string; payable: string };
  assertMinor(['commission'], d.commission, sum(d.lines.map((l) => l.commission)), 'commission = Σ line adjustments');
  assertMinor(['clawback'], d.clawback, sum(d.clawbacks.map((c) => c.clawback)), 'clawback = Σ clawback adjustments');
  if (ctx.pristine !== null) {
    const [paid, recomputed] = ctx.pristine as [StatementShape, StatementShape];
    assertMinor(['payable'], d.payable, minor(recomputed.totals.payable) - minor(paid.totals.payable), 'recomputed − paid payable');
  }
}

// ---------------------------------------------------------------------------
// Valid arguments.

/** A statement input for a program case, with its policy. */
const statementArgs = statementCase.map(({ program, receipts, refunds, tiers: t, carriedIn }) => {
  const input: Record<string, unknown> = { partnerId: 'P1', period: { ...PERIOD }, receipts, refunds, tiers: t };
  if (carriedIn !== undefined) input.carriedIn = carriedIn;
  return [program.policy, input] as const;
});

/** Two statements of one partner and period: the receipts split in two, each half maybe through JSON (COM-10). */
const statementPair = fc.tuple(statementCase, fc.nat(), fc.boolean()).map(([c, cut, viaJson]) => {
  const at = c.receipts.length === 0 ? 0 : cut % (c.receipts.length + 1);
  const part = (receipts: typeof c.receipts) =>
    commission.commissionStatement(c.program.policy, {
      partnerId: 'P1',
      period: PERIOD,
      receipts,
      tiers: c.tiers,
      // Refunds only with the receipts they refund, so each part stands alone.
      refunds: c.refunds.filter((f) => receipts.includes(f.receipt)),
    });
  const a = part(c.receipts.slice(0, at));
  const b = part(c.receipts.slice(at));
  return viaJson ? (JSON.parse(JSON.stringify([a, b])) as unknown[]) : [a, b];
});

/** The arguments of a spreadsheet function, read from its catalog entry. */
export function sheetArgs(name: string): fc.Arbitrary<readonly unknown[]> {
  const fn = sheets.SHEET_FUNCTIONS.find((f) => f.name === name);
  if (fn === undefined) return fc.constant([]);
  const serial = fc.integer({ min: 45_000, max: 47_000 });
  const isoText = isoDateArb();
  const byParameter = (p: (typeof fn.parameters)[number]): fc.Arbitrary<unknown> => {
    switch (p.kind) {
      case 'number':
        return p.name === 'metric' ? fc.nat({ max: 20 }) : fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom('85.5', 99.99));
      case 'money':
        return fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100), fc.integer({ min: 0, max: 1_000_000 }).map(String));
      case 'date':
        return fc.oneof(serial, isoText);
      case 'month':
        return fc.oneof(monthArb, serial);
      case 'instant':
        return instantArb();
      case 'boolean':
        return fc.boolean();
      case 'dates':
        return fc.array(fc.tuple(fc.oneof(serial, isoText)), { maxLength: 5 });
      case 'program':
        return fc.constantFrom(undefined, 'telecom', 'cloud', ' Cloud ');
      case 'table':
        return p.name === 'registrations'
          ? fc.array(fc.tuple(fc.constantFrom('r1', 'r2', 'r3'), fc.constantFrom('C1', 'C2'), fc.constantFrom('渠道', '大客户部', 'channel'), fc.constantFrom('p1', 'p2'), instantArb({ from: '2026-01-01', to: '2026-03-31' })), { maxLength: 4 })
          : fc.array(fc.tuple(fc.constantFrom('r1', 'r2', 'r3'), fc.integer({ min: 1, max: 5 }), instantArb({ from: '2026-01-01', to: '2026-04-30' })), { maxLength: 4 });
      case 'text':
        switch (p.name) {
          case 'line':
            return fc.constantFrom('port', 'conference', 'margin', 'ecs');
          case 'tier':
            return fc.constantFrom('gold', 'silver', 'ordinary', '金牌渠道', '', ' Gold');
          case 'step':
            return fc.constantFrom('statement', 'confirm', 'invoice', 'payment');
          case 'part':
            return name === 'CP_OWNER'
              ? fc.constantFrom('owner', 'registration', 'status', 'challenger', 'protected-until', 'key-support')
              : fc.constantFrom('review', 'from', 'to');
          default:
            return fc.constantFrom('C1', 'C2');
        }
    }
  };
  return fc.tuple(...fn.parameters.map((p) => (p.optional ? fc.option(byParameter(p), { nil: undefined }) : byParameter(p))));
}

function sheetEntry(name: string): FuzzEntry {
  return { valid: sheetArgs(name), moneyAsNumbers: true };
}

const calendarArg = fc.option(fc.oneof(calendarInputArb({ customWeekend: true }), calendarInputArb().map((c) => periods.businessCalendar(c))), { nil: undefined });

/**
 * `value instanceof PolicyError`, which must answer for any value; except that
 * for a proxy whose traps throw, JavaScript's own `instanceof` throws for
 * every class, so there the question has no answer to hold the library to.
 */
function instanceOf(value: unknown, cls: typeof root.PolicyError): boolean | 'unanswerable' {
  try {
    return value instanceof cls;
  } catch (e) {
    try {
      void (value instanceof Error);
    } catch {
      return 'unanswerable';
    }
    throw e;
  }
}

/** A kit fixture is plain valid data its consumer accepts. */
function fixtureOf(use: (value: unknown) => void): (value: unknown) => void {
  return (value) => {
    expect(typeof value).toBe('object');
    use(value);
  };
}

/** A kit arbitrary must generate values its consumer accepts. */
function samples(arb: unknown): unknown[] {
  expect(arb).toBeInstanceOf(fc.Arbitrary);
  return fc.sample(arb as fc.Arbitrary<unknown>, { numRuns: 3, seed: 7 });
}

// ---------------------------------------------------------------------------

export const FUZZ_TABLE: Readonly<Record<string, FuzzModule>> = {
  root: {
    exports: root,
    subpath: '.',
    functions: {
      definePolicy: {
        valid: fc.tuple(anyPolicyArb, overridesArb),
        resultIsPolicy: true,
        check: (p) => {
          expect(Object.isFrozen(p)).toBe(true);
          expect(usePolicy(p)).toBe(p);
        },
      },
      describeRule: {
        valid: fc.tuple(fc.constantFrom(...Object.keys(root.RULES), 'COM-99', '', 'toString', '__proto__')),
        contract: 'predicate',
        check: (r) => expect(r === undefined || (typeof r === 'string' && r.length > 0)).toBe(true),
      },
      // The class: what callers do with it is `instanceof`, which must answer for anything thrown at it.
      PolicyError: {
        valid: fc.tuple(fc.constantFrom<unknown>(new root.PolicyError('INVALID_INPUT', [{ path: ['x'], message: 'bad' }]), new Error('other'), null, 'PolicyError')),
        call: (value: unknown) => instanceOf(value, root.PolicyError),
        contract: 'predicate',
        check: (r) => expect(['boolean', 'string']).toContain(typeof r),
      },
    },
  },

  tiers: {
    exports: tiers,
    subpath: './tiers',
    functions: {
      tierFor: { valid: fc.tuple(policyFor('telecom'), fc.nat({ max: 30 })), policyAt: 0, check: isTier },
      reviewTier: {
        valid: fc.tuple(policyFor('telecom'), fc.record({ quarter: quarterArb, metric: fc.nat({ max: 30 }) })),
        policyAt: 0,
        check: (r) => {
          const review = r as { tier: string; effectiveFrom: string; validUntil: string };
          isTier(review.tier);
          expect(review.effectiveFrom <= review.validUntil).toBe(true);
        },
      },
      tierOn: { valid: fc.tuple(fc.oneof(tierArb(), tierHistoryArb()), dateArb), check: isTier },
    },
  },

  periods: {
    exports: periods,
    subpath: './periods',
    functions: {
      businessCalendar: { valid: fc.oneof(fc.tuple(calendarInputArb({ customWeekend: true })), fc.constant([])) },
      halfYearReviews: {
        valid: fc.tuple(fc.integer({ min: 2, max: 9999 }), fc.option(policyFor('cloud'), { nil: undefined })),
        policyAt: 1,
        check: (r) => expect(r).toHaveLength(2),
      },
      trialEndsOn: { valid: fc.tuple(dateArb, fc.option(policyFor('cloud'), { nil: undefined })), policyAt: 1, check: isDate },
      settlementCalendar: {
        valid: fc.tuple(policyFor('cloud'), fc.record({ month: monthArb, calendar: calendarArg }, { requiredKeys: ['month'] })),
        policyAt: 0,
        check: (r) => {
          const s = r as { statementOn: string; confirmBy: string; invoiceBy: string; paymentOn: string };
          expect(s.statementOn <= s.confirmBy && s.confirmBy <= s.invoiceBy && s.invoiceBy <= s.paymentOn, 'PER-4 dates in order').toBe(true);
        },
      },
      deemedAcceptedOn: { valid: fc.tuple(dateArb, calendarArg, fc.option(policyFor('cloud'), { nil: undefined })), policyAt: 2, check: isDate },
      payoutTimeline: {
        valid: fc.tuple(policyFor('telecom'), fc.record({ startOn: dateArb, calendar: calendarArg }, { requiredKeys: ['startOn'] })),
        policyAt: 0,
        check: (r) => {
          const t = r as { steps: { startsOn: string; dueOn: string }[]; completesOn: string };
          t.steps.forEach((s, i) => {
            expect(s.startsOn <= s.dueOn).toBe(true);
            if (i > 0) expect(s.startsOn).toBe(t.steps[i - 1]!.dueOn);
          });
          expect(t.completesOn).toBe(t.steps[t.steps.length - 1]!.dueOn);
        },
      },
      quarterOf: { valid: fc.tuple(dateArb), check: (r) => expect(r).toMatch(/^\d{4}-Q[1-4]$/) },
      quarterRange: { valid: fc.tuple(quarterArb) },
      addQuarters: { valid: fc.tuple(quarterArb, fc.integer({ min: -50, max: 50 })), check: (r) => expect(r).toMatch(/^\d{4}-Q[1-4]$/) },
      monthRange: { valid: fc.tuple(monthArb) },
    },
    extra: {
      'businessCalendar().isBusinessDay': {
        valid: fc.tuple(calendarInputArb(), dateArb),
        call: (input, date) => periods.businessCalendar(input as periods.BusinessCalendarInput).isBusinessDay(date as string),
        check: (r) => expect(typeof r).toBe('boolean'),
      },
      'businessCalendar().rollForward': {
        valid: fc.tuple(calendarInputArb(), dateArb),
        call: (input, date) => periods.businessCalendar(input as periods.BusinessCalendarInput).rollForward(date as string),
        check: isDate,
      },
      'businessCalendar().addBusinessDays': {
        valid: fc.tuple(calendarInputArb(), dateArb, fc.nat({ max: 400 })),
        call: (input, date, n) => periods.businessCalendar(input as periods.BusinessCalendarInput).addBusinessDays(date as string, n as number),
        check: isDate,
      },
    },
  },

  deposit: {
    exports: deposit,
    subpath: './deposit',
    functions: {
      requiredDeposit: {
        valid: fc.tuple(policyFor('telecom'), fc.oneof(fc.record({ tier: tierArb() }), fc.record({ wholesale: fc.record({ monthlyTraffic: centsArb(30_000_000n).chain(moneyInputOfCents) }) }))),
        policyAt: 0,
      },
      settleDeposit: { valid: fc.tuple(policyFor('telecom'), settleDepositInputArb), policyAt: 0, check: checkSettlement },
      wholesaleStatus: {
        valid: fc.tuple(policyFor('telecom'), wholesaleStatusInputArb),
        policyAt: 0,
        check: (r, ctx) => {
          const w = r as { status: string; headroom: string };
          expect(['active', 'suspended']).toContain(w.status);
          if (ctx.pristine !== null && ctx.scale === 2) {
            const input = ctx.pristine[1] as { balance: unknown; unsettledTraffic: unknown };
            const cents = (v: unknown) => BigInt(new Decimal(String(v)).times(100).toFixed(0));
            assertMinor(['headroom'], w.headroom, cents(input.balance) - cents(input.unsettledTraffic), 'headroom = balance − unsettled traffic (DEP-5)');
          }
        },
      },
      depositLedger: { valid: fc.tuple(policyFor('telecom'), fc.record({ entries: fc.array(depositEntryArb, { maxLength: 8 }) })), policyAt: 0, check: checkLedger },
    },
  },

  testing: {
    exports: testing,
    subpath: './testing',
    functions: {
      isoDateArb: {
        valid: fc.tuple(fc.option(fc.record({ from: fc.constant('2026-01-01'), to: fc.constantFrom('2026-01-01', '2026-12-31') }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach(isDate),
      },
      instantArb: {
        valid: fc.tuple(fc.option(fc.record({ from: fc.constant('2026-01-01'), to: fc.constant('2026-02-01') }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((i) => expect(instantToEpoch(i)).not.toBeNull()),
      },
      moneyArb: {
        valid: fc.tuple(fc.option(fc.record({ minCents: fc.nat({ max: 100 }), maxCents: fc.integer({ min: 100, max: 10_000 }) }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((m) => expect(typeof checkFigure(m, 'cash', 2)).not.toBe('string')),
      },
      tierArb: { valid: fc.constant([]), contract: 'kit', check: (arb) => samples(arb).forEach(isTier) },
      tierHistoryArb: {
        valid: fc.tuple(fc.option(fc.record({ maxEntries: fc.nat({ max: 5 }) }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((h) => tierTimeline(h, ['history'])),
      },
      calendarInputArb: {
        valid: fc.tuple(fc.option(fc.record({ customWeekend: fc.boolean(), maxHolidays: fc.nat({ max: 5 }) }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((c) => periods.businessCalendar(c as periods.BusinessCalendarInput)),
      },
      policyArb: {
        valid: fc.tuple(fc.option(fc.record({ program: fc.constantFrom('telecom' as const, 'cloud' as const) }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((p) => expect(usePolicy(p)).toBe(p)),
      },
      centsArb: {
        valid: fc.tuple(fc.option(fc.bigInt({ min: 0n, max: 10n ** 12n }), { nil: undefined })),
        contract: 'kit',
        check: (arb, ctx) => samples(arb).forEach((c) => expect((c as bigint) >= 0n && (ctx.pristine?.[0] === undefined || (c as bigint) <= (ctx.pristine[0] as bigint))).toBe(true)),
      },
      moneyInputOfCents: {
        valid: fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((m) => expect(typeof checkFigure(m, 'cash', 2)).not.toBe('string')),
      },
      dateAt: { valid: fc.tuple(fc.integer({ min: -1000, max: 1000 })), contract: 'kit', check: isDate },
      leadArb: { valid: fc.tuple(fc.option(fc.record({ transferAfterDays: fc.integer({ min: 1, max: 30 }), horizon: fc.nat({ max: 200 }) }), { nil: undefined })), contract: 'kit', check: (arb) => void samples(arb) },
      leadScenarioArb: { valid: fc.tuple(fc.option(fc.record({ horizon: fc.nat({ max: 200 }) }), { nil: undefined })), contract: 'kit', check: (arb) => void samples(arb) },
      qualificationArb: { valid: fc.tuple(fc.option(fc.boolean(), { nil: undefined })), contract: 'kit', check: (arb) => void samples(arb) },
      judgeSheetsArb: { valid: fc.tuple(fc.option(fc.record({ minJudges: fc.nat({ max: 3 }), coarse: fc.boolean() }), { nil: undefined })), contract: 'kit', check: (arb) => void samples(arb) },
      bidsArb: {
        valid: fc.tuple(fc.option(fc.record({ maxBids: fc.nat({ max: 4 }), eligibleOnly: fc.boolean() }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((b) => bids.scoreBids(root.cloudProgram, { bids: b as bids.Bid[] })),
      },
      aClaim: { valid: fc.tuple(fc.option(fc.record({ id: fc.constant('c9'), amount: fc.constant('5.00') }), { nil: undefined })), contract: 'kit', check: fixtureOf((c) => deposit.settleDeposit(root.telecomProgram, { balance: '100.00', required: '0', asOf: '2026-05-01', claims: [c as deposit.DepositClaim] })) },
      aLead: { valid: fc.tuple(fc.option(fc.record({ region: fc.constantFrom('Beijing', 'Sichuan') }), { nil: undefined })), contract: 'kit', check: fixtureOf((l) => leads.routeLead(root.cloudProgram, l as leads.Lead, { asOf: '2026-06-01', centers: {} })) },
      aQualification: { valid: fc.tuple(fc.option(fc.record({ certifiedStaff: fc.nat({ max: 5 }) }), { nil: undefined })), contract: 'kit', check: fixtureOf((q) => expect(q).toHaveProperty('certifiedStaff')) },
      aScoreSheet: { valid: fc.tuple(fc.option(fc.record({ judgeId: fc.constant('j7') }), { nil: undefined })), contract: 'kit', check: fixtureOf((s) => expect(s).toHaveProperty('judgeId')) },
      aBid: { valid: fc.tuple(fc.option(fc.record({ bidderId: fc.constant('b7') }), { nil: undefined })), contract: 'kit', check: fixtureOf((b) => bids.scoreBids(root.cloudProgram, { bids: [b as bids.Bid] })) },
      aReceipt: {
        valid: fc.tuple(fc.option(fc.record({ line: fc.constantFrom('port', 'conference'), amount: fc.constant('10.00') }), { nil: undefined })),
        contract: 'kit',
        check: fixtureOf((r) => commission.commissionStatement(root.telecomProgram, { partnerId: 'P1', period: { from: '2026-04-01', to: '2026-06-30' }, receipts: [r as commission.Receipt] })),
      },
      aRefund: {
        valid: fc.tuple(fc.option(fc.record({ amount: fc.constant('10.00') }), { nil: undefined })),
        contract: 'kit',
        check: fixtureOf((f) =>
          commission.commissionStatement(root.telecomProgram, { partnerId: 'P1', period: { from: '2026-04-01', to: '2026-06-30' }, receipts: [(f as commission.Refund).receipt], refunds: [f as commission.Refund] }),
        ),
      },
      receiptArb: { valid: fc.tuple(fc.option(fc.record({ maxCents: fc.integer({ min: 1, max: 100_000 }) }), { nil: undefined })), contract: 'kit', check: (arb) => void samples(arb) },
      receiptsArb: {
        valid: fc.tuple(fc.option(fc.record({ maxLength: fc.nat({ max: 5 }) }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((rs) => commission.commissionStatement(root.telecomProgram, { partnerId: 'P1', period: { from: '2026-01-01', to: '2026-03-31' }, receipts: rs as commission.Receipt[] })),
      },
      refundsArb: {
        valid: fc.tuple(fc.constant(fc.sample(receiptsArb({ maxLength: 3 }), { numRuns: 1, seed: 1 })[0]!)),
        contract: 'kit',
        check: (arb) => void samples(arb),
      },
      statementInputArb: {
        valid: fc.tuple(fc.option(fc.record({ maxReceipts: fc.nat({ max: 5 }) }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((input) => commission.commissionStatement(root.telecomProgram, input as commission.StatementInput)),
      },
      partyArb: { valid: fc.tuple(fc.option(fc.record({ partners: fc.constant(['P9']) }), { nil: undefined })), contract: 'kit', check: (arb) => void samples(arb) },
      progressArb: { valid: fc.tuple(fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 })), contract: 'kit', check: (arb) => void samples(arb) },
      registrationArb: { valid: fc.tuple(fc.option(fc.record({ spanDays: fc.integer({ min: 1, max: 60 }) }), { nil: undefined })), contract: 'kit', check: (arb) => void samples(arb) },
      ownershipInputArb: {
        valid: fc.tuple(fc.option(fc.record({ maxRegistrations: fc.integer({ min: 1, max: 6 }) }), { nil: undefined })),
        contract: 'kit',
        check: (arb) => samples(arb).forEach((input) => conflict.resolveOwnership(root.telecomProgram, input as conflict.OwnershipInput)),
      },
      aRegistration: {
        valid: fc.tuple(fc.option(fc.record({ id: fc.constant('R9') }), { nil: undefined })),
        contract: 'kit',
        check: fixtureOf((r) => conflict.resolveOwnership(root.telecomProgram, { registrations: [r as conflict.Registration], asOf: '2026-06-01T00:00:00Z' })),
      },
    },
  },

  commission: {
    exports: commission,
    subpath: './commission',
    functions: {
      commissionRate: {
        valid: fc.tuple(
          anyPolicyArb,
          fc.record(
            {
              line: fc.constantFrom('port', 'conference', 'margin', 'ecs'),
              tier: commissionTier,
              customerStartOn: dateArb,
              on: dateArb,
              volume: moneyArb({ maxCents: 10_000_000 }),
            },
            { requiredKeys: ['line', 'on'] },
          ),
        ),
        policyAt: 0,
        check: (r) => {
          const c = r as { year: unknown };
          expect([1, 2, null]).toContain(c.year);
        },
      },
      commissionStatement: { valid: statementArgs, policyAt: 0, check: checkStatement },
      mergeStatements: { valid: statementPair, check: checkStatement },
      explainStatement: { valid: statementArgs, policyAt: 0, check: checkExplained },
      diffStatements: { valid: statementPair, check: checkDiff },
    },
  },

  leads: {
    exports: leads,
    subpath: './leads',
    functions: {
      routeLead: {
        valid: fc.tuple(policyFor('cloud'), leadScenarioArb()).map(([p, s]) => [p, s.lead, s.context]),
        policyAt: 0,
        check: (r) => expect(['online-ops', 'telesales', 'service-center']).toContain((r as { owner: string }).owner),
      },
      routeLeads: {
        valid: fc.tuple(policyFor('cloud'), fc.array(leadScenarioArb(), { maxLength: 5 })).map(([p, ss]) => [p, ss.map((s) => s.lead), ss[0]?.context ?? { asOf: '2026-06-01', centers: {} }]),
        policyAt: 0,
        check: (r, ctx) => {
          if (ctx.pristine !== null) expect(r).toHaveLength((ctx.pristine[1] as unknown[]).length);
        },
      },
    },
  },

  bids: {
    exports: bids,
    subpath: './bids',
    functions: {
      scoreBids: {
        valid: fc.tuple(policyFor('cloud'), fc.record({ bids: bidsArb({ maxBids: 6 }), aggregation: fc.constantFrom('mean', 'trimmed') }, { requiredKeys: ['bids'] })),
        policyAt: 0,
        check: (r, ctx) => {
          const s = r as { ranked: { composite: string }[]; ineligible: unknown[] };
          for (const b of s.ranked) expect(Number(b.composite) >= 0 && Number(b.composite) <= 100, 'BID-3 composite within [0, 100]').toBe(true);
          if (ctx.pristine !== null) expect(s.ranked.length + s.ineligible.length).toBe(((ctx.pristine[1] as { bids: unknown[] }).bids).length);
        },
      },
      compositeScore: {
        valid: fc.tuple(policyFor('cloud'), fc.record({ market: fc.integer({ min: 0, max: 100 }), team: fc.double({ min: 0, max: 100, noNaN: true }), operations: fc.constant(50), plan: fc.integer({ min: 0, max: 100 }) })),
        policyAt: 0,
        check: (r) => {
          const c = (r as { composite: string }).composite;
          expect(Number(c) >= 0 && Number(c) <= 100, 'BID-3 composite within [0, 100]').toBe(true);
        },
      },
    },
  },

  conflict: {
    exports: conflict,
    subpath: './conflict',
    functions: {
      resolveOwnership: {
        valid: fc.tuple(policyFor('telecom'), ownershipInputArb({ maxRegistrations: 6 })),
        policyAt: 0,
        check: (r, ctx) => {
          const owners = r as { customerId: string; status: string; owner: string | null }[];
          for (let i = 1; i < owners.length; i++) expect(owners[i - 1]!.customerId < owners[i]!.customerId, 'one result per customer, sorted').toBe(true);
          for (const o of owners) expect(['owned', 'takeover-open', 'tied', 'locked']).toContain(o.status);
          if (ctx.pristine !== null) {
            const ids = new Set((ctx.pristine[1] as { registrations: { id: string }[] }).registrations.map((x) => x.id));
            for (const o of owners) if (o.owner !== null) expect(ids.has(o.owner), 'the owner is one of the registrations').toBe(true);
          }
        },
      },
    },
  },

  sheets: {
    exports: sheets,
    subpath: './sheets',
    functions: {
      ...Object.fromEntries(sheets.SHEET_FUNCTIONS.map((f) => [f.name, sheetEntry(f.name)])),
      dateFromSerial: { valid: fc.tuple(fc.integer({ min: 61, max: 2_958_465 })), check: isDate },
      serialFromDate: { valid: fc.tuple(dateArb), check: (r) => expect(Number.isSafeInteger(r)).toBe(true) },
      excelFunctionsMetadata: { valid: fc.constant([]) },
      PolicyError: {
        valid: fc.tuple(fc.constantFrom<unknown>(new sheets.PolicyError('INVALID_INPUT', [{ path: ['x'], message: 'bad' }]), new Error('other'))),
        call: (value: unknown) => instanceOf(value, sheets.PolicyError),
        contract: 'predicate',
        check: (r) => expect(['boolean', 'string']).toContain(typeof r),
      },
    },
  },

};

/** The currency scale of the policy at `at`, read only after the call accepted it. */
export function scaleOf(entry: FuzzEntry, args: readonly unknown[]): number {
  if (entry.policyAt === undefined || args[entry.policyAt] === undefined) return 2;
  return usePolicy(args[entry.policyAt] as Policy).currency.scale;
}

/** One row of the fuzz suite: a function of the table with its id `module.function`. */
export interface FuzzRow {
  readonly id: string;
  readonly module: string;
  readonly name: string;
  readonly entry: FuzzEntry;
  readonly fn: unknown;
}

/**
 * Every row of the tables, exports and extras, as `module.function`. By
 * default FUZZ_TABLE alone: the HyperFormula plugin's rows live in
 * table-hyperformula.ts, so that a test file that does not need the engine
 * does not load it.
 */
export function allEntries(tables: readonly Readonly<Record<string, FuzzModule>>[] = [FUZZ_TABLE]): FuzzRow[] {
  return tables.flatMap((table) => Object.entries(table)).flatMap(([module, m]) => [
    ...Object.entries(m.functions).map(([name, entry]) => ({ id: `${module}.${name}`, module, name, entry, fn: m.exports[name] })),
    ...Object.entries(m.extra ?? {}).map(([name, entry]) => ({ id: `${module}.${name}`, module, name, entry, fn: undefined })),
  ]);
}

