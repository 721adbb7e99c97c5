import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import type { PolicyOverrides } from '../../src/policy/types.js';

/** The error's code and every issue as `path: message`, in order. */
function rejection(fn: () => unknown): { code: string; issues: string[] } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    const err = e as PolicyError;
    return { code: err.code, issues: err.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  throw new Error('expected a PolicyError');
}

const invalid = (...issues: string[]) => ({ code: 'INVALID_POLICY', issues });

type Bracket = { from: string; to: string | null; rate: string };
const withLadder = (brackets: Bracket[], mode: 'marginal' | 'whole' = 'marginal') =>
  definePolicy(cloudProgram, { commission: { otherLines: { kind: 'ladder', mode, brackets } } });
const ladderError = (brackets: Bracket[]) => rejection(() => withLadder(brackets));
const B = 'commission.otherLines.brackets';

const withConferenceRates = (rates: string[]) =>
  definePolicy(telecomProgram, { commission: { lines: { conference: { kind: 'rate', rates } } } });

describe('policy rates lie within [0, 1] (COM-2)', () => {
  it('accepts the bounds 0 and 1 exactly', () => {
    expect(withConferenceRates(['0', '1']).commission.lines.conference).toEqual({ kind: 'rate', rates: ['0', '1'] });
  });

  it('rejects a rate just above 1, and a negative one, with the field and the reason', () => {
    expect(rejection(() => withConferenceRates(['1.0000001', '0.1']))).toEqual(
      invalid('commission.lines.conference.rates.0: a rate must lie within [0, 1]'),
    );
    expect(ladderError([{ from: '0', to: null, rate: '-0.1' }])).toEqual(invalid(`${B}.0.rate: must not be negative, got "-0.1"`));
    const negative = rejection(() => withConferenceRates(['0.1', '-0.1']));
    expect(negative.code).toBe('INVALID_POLICY');
    expect(negative.issues.map((i) => i.split(':')[0])).toEqual(['commission.lines.conference.rates.1']);
  });

  it('lets rates and the wholesale traffic multiple have more places than the currency (CONV-1)', () => {
    expect(withConferenceRates(['0.125', '0.0375']).commission.lines.conference).toEqual({ kind: 'rate', rates: ['0.125', '0.0375'] });
    const p = definePolicy(telecomProgram, { deposit: { wholesale: { trafficMultiple: '1.125' } } });
    expect(p.deposit?.wholesale).toEqual({ minimum: '100000', trafficMultiple: '1.125' });
    // Cash keeps the currency scale.
    expect(rejection(() => definePolicy(telecomProgram, { deposit: { wholesale: { minimum: '100000.125' } } }))).toEqual(
      invalid('deposit.wholesale.minimum: must have at most 2 decimal places, got "100000.125"'),
    );
  });
});

describe('a rate line lists one rate per commission year (COM-4)', () => {
  it('with a two-year window, two rates', () => {
    expect(rejection(() => withConferenceRates(['0.1']))).toEqual(
      invalid('commission.lines.conference.rates: must list 2 rates, one per commission year of the window'),
    );
  });

  it('with no window, exactly one rate, on a named line and on otherLines', () => {
    expect(definePolicy(cloudProgram, { commission: { lines: { ecs: { kind: 'rate', rates: ['0.2'] } } } }).commission.lines.ecs).toEqual({
      kind: 'rate',
      rates: ['0.2'],
    });
    expect(rejection(() => definePolicy(cloudProgram, { commission: { lines: { ecs: { kind: 'rate', rates: ['0.2', '0.1'] } } } }))).toEqual(
      invalid('commission.lines.ecs.rates: must list 1 rate, one per commission year of the window'),
    );
    // otherLines is first cleared: merged onto the ladder, a rate rule would keep the ladder's mode and brackets.
    const noOther = definePolicy(cloudProgram, { commission: { otherLines: null } });
    expect(definePolicy(noOther, { commission: { otherLines: { kind: 'rate', rates: ['0.2'] } } }).commission.otherLines).toEqual({ kind: 'rate', rates: ['0.2'] });
    expect(rejection(() => definePolicy(noOther, { commission: { otherLines: { kind: 'rate', rates: ['0.2', '0.1'] } } }))).toEqual(
      invalid('commission.otherLines.rates: must list 1 rate, one per commission year of the window'),
    );
  });
});

describe('ladder brackets tile [0, ∞) (COM-3)', () => {
  it('accepts contiguous brackets in either mode', () => {
    const brackets = [
      { from: '0', to: '100000', rate: '0.2' },
      { from: '100000', to: '300000.5', rate: '0.25' },
      { from: '300000.5', to: null, rate: '0.3' },
    ];
    expect(withLadder(brackets, 'whole').commission.otherLines).toEqual({ kind: 'ladder', mode: 'whole', brackets });
    expect(withLadder(brackets, 'marginal').commission.otherLines).toEqual({ kind: 'ladder', mode: 'marginal', brackets });
  });

  it('rejects an unknown mode, naming both allowed', () => {
    const e = rejection(() =>
      definePolicy(cloudProgram, { commission: { otherLines: { kind: 'ladder', mode: 'stepped', brackets: [{ from: '0', to: null, rate: '0.2' }] } } } as unknown as PolicyOverrides),
    );
    expect(e).toEqual(invalid('commission.otherLines.mode: must be one of "marginal", "whole", got "stepped"'));
  });

  it('the first bracket must start at 0', () => {
    expect(ladderError([{ from: '10', to: null, rate: '0.2' }])).toEqual(invalid(`${B}.0.from: the first bracket must start at 0`));
  });

  it('a gap and an overlap are both "not contiguous"', () => {
    const contiguity = 'brackets must be ordered and contiguous: each starts where the previous one ends';
    expect(ladderError([{ from: '0', to: '100', rate: '0.2' }, { from: '150', to: null, rate: '0.3' }])).toEqual(invalid(`${B}.1.from: ${contiguity}`));
    expect(ladderError([{ from: '0', to: '100', rate: '0.2' }, { from: '50', to: null, rate: '0.3' }])).toEqual(invalid(`${B}.1.from: ${contiguity}`));
    // Equal in value though written differently: contiguous.
    expect(withLadder([{ from: '0.00', to: '100', rate: '0.2' }, { from: '100.0', to: null, rate: '0.3' }]).commission.otherLines?.kind).toBe('ladder');
  });

  it('only the last bracket may be open, and the bracket after an open one cannot be contiguous', () => {
    expect(ladderError([{ from: '0', to: null, rate: '0.2' }, { from: '100', to: null, rate: '0.3' }])).toEqual(
      invalid(
        `${B}.0.to: only the last bracket may be open (to: null)`,
        `${B}.1.from: brackets must be ordered and contiguous: each starts where the previous one ends`,
      ),
    );
  });

  it('the last bracket must be open', () => {
    expect(ladderError([{ from: '0', to: '100', rate: '0.2' }])).toEqual(invalid(`${B}.0.to: the last bracket must be open (to: null)`));
  });

  it('a bracket must end above its start (an empty bracket is refused)', () => {
    expect(ladderError([{ from: '0', to: '0', rate: '0.2' }, { from: '0', to: null, rate: '0.3' }])).toEqual(
      invalid(`${B}.0.to: a bracket must end above its start`),
    );
    expect(ladderError([{ from: '0', to: '100', rate: '0.2' }, { from: '100', to: '50', rate: '0.3' }, { from: '50', to: null, rate: '0.4' }])).toEqual(
      invalid(`${B}.1.to: a bracket must end above its start`),
    );
  });
});

describe('tier thresholds (TIER-1, TIER-3)', () => {
  it('accepts either metric', () => {
    expect(definePolicy(telecomProgram, { tiers: { metric: 'new-ports' } }).tiers).toEqual({ metric: 'new-ports', thresholds: { silver: 5, gold: 10 } });
    expect(rejection(() => definePolicy(telecomProgram, { tiers: { metric: 'revenue' } } as unknown as PolicyOverrides))).toEqual(
      invalid('tiers.metric: must be one of "closed-customers", "new-ports", got "revenue"'),
    );
  });

  it('rejects equal thresholds and a gold below silver on the gold field', () => {
    const message = 'tiers.thresholds.gold: thresholds must ascend: gold must be above silver';
    expect(rejection(() => definePolicy(telecomProgram, { tiers: { thresholds: { silver: 10, gold: 10 } } }))).toEqual(invalid(message));
    expect(rejection(() => definePolicy(telecomProgram, { tiers: { thresholds: { gold: 4 } } }))).toEqual(invalid(message));
    expect(definePolicy(telecomProgram, { tiers: { thresholds: { gold: 6 } } }).tiers?.thresholds).toEqual({ silver: 5, gold: 6 });
  });
});

describe('bid weights are positive and sum to exactly 100 (BID-2)', () => {
  const weights = (w: Partial<Record<'market' | 'team' | 'operations' | 'plan', number>>) =>
    definePolicy(cloudProgram, { bids: { weights: w } });

  it('accepts fractional weights summing to 100', () => {
    expect(weights({ market: 29.5, plan: 40.5 }).bids?.weights).toEqual({ market: 29.5, team: 20, operations: 10, plan: 40.5 });
    expect(weights({ market: 30.1, team: 19.9 }).bids?.weights).toEqual({ market: 30.1, team: 19.9, operations: 10, plan: 40 });
  });

  it('rejects sums of 99.99 and 100.01 on the weights object', () => {
    const sum = invalid('bids.weights: the weights must sum to 100');
    expect(rejection(() => weights({ market: 29.99 }))).toEqual(sum);
    expect(rejection(() => weights({ market: 30.01 }))).toEqual(sum);
  });

  it('rejects a zero or negative weight on its field', () => {
    expect(rejection(() => weights({ market: 0, plan: 70 }))).toEqual(invalid('bids.weights.market: a weight must be a positive number'));
    expect(rejection(() => weights({ team: -10, plan: 70 }))).toEqual(invalid('bids.weights.team: a weight must be a positive number'));
  });
});

describe('settlement days come in order (PER-4)', () => {
  it('accepts days that fall on the same day', () => {
    const same = { statementDay: 10, confirmDay: 10, invoiceDay: 10, paymentDay: 10 };
    expect(definePolicy(cloudProgram, { settlement: same }).settlement).toEqual({ ...same, deemedAcceptanceBusinessDays: 3 });
  });

  it('names the day that comes too early and the one it must follow', () => {
    expect(rejection(() => definePolicy(cloudProgram, { settlement: { confirmDay: 6 } }))).toEqual(
      invalid('settlement.confirmDay: must not come before statementDay'),
    );
    expect(rejection(() => definePolicy(cloudProgram, { settlement: { invoiceDay: 9 } }))).toEqual(
      invalid('settlement.invoiceDay: must not come before confirmDay'),
    );
    expect(rejection(() => definePolicy(cloudProgram, { settlement: { paymentDay: 14 } }))).toEqual(
      invalid('settlement.paymentDay: must not come before invoiceDay'),
    );
  });
});

describe('currency and payout', () => {
  it('the currency code is exactly three capital letters', () => {
    expect(definePolicy(telecomProgram, { currency: { code: 'USD' } }).currency).toEqual({ code: 'USD', scale: 2 });
    for (const code of ['CNYX', 'XCNY', 'CN', 'cny']) {
      expect(rejection(() => definePolicy(telecomProgram, { currency: { code } }))).toEqual(
        invalid('currency.code: must be an ISO 4217 code such as "CNY"'),
      );
    }
  });

  it('payout days may be counted in calendar days (PER-5)', () => {
    expect(definePolicy(telecomProgram, { payout: { dayKind: 'calendar' } }).payout?.dayKind).toBe('calendar');
  });
});
