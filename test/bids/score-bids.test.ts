import { describe, expect, it } from 'vitest';
import { scoreBids } from '../../src/bids/index.js';
import type { Bid, JudgeScores, Qualification } from '../../src/bids/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { cloudProgram, telecomProgram } from '../../src/policy/presets.js';
import { deepFreeze, expectPolicyError, snapshot } from './helpers.js';

const qualified: Qualification = { customerManagement: true, certifiedStaff: 3, localMarket: true, willingToCooperate: true };
type Sheet = Omit<JudgeScores, 'judgeId'>;
const sheet = (judgeId: string, s: Sheet): JudgeScores => ({ judgeId, ...s });
const flat = (n: number): Sheet => ({ market: n, team: n, operations: n, plan: n });
/** A qualified bid scored by one judge per sheet. */
function bid(bidderId: string, region: string, sheets: Sheet[], qualification: Partial<Qualification> = {}): Bid {
  return { bidderId, region, qualification: { ...qualified, ...qualification }, scores: sheets.map((s, i) => sheet(`j${i + 1}`, s)) };
}
const only = (b: Bid, aggregation?: 'mean' | 'trimmed') => scoreBids(cloudProgram, aggregation === undefined ? { bids: [b] } : { bids: [b], aggregation }).ranked[0]!;

describe('scoreBids: BID-1, pre-qualification', () => {
  it('lists every failed condition, in the order of the policy book, and does not rank the bidder', () => {
    const none = bid('x', 'Sichuan', [], { customerManagement: false, certifiedStaff: 0, localMarket: false, willingToCooperate: false });
    expect(scoreBids(cloudProgram, { bids: [none] })).toEqual({
      ranked: [],
      ineligible: [{ bidderId: 'x', region: 'Sichuan', failed: ['customerManagement', 'certifiedStaff', 'localMarket', 'willingToCooperate'], rules: ['BID-1'] }],
      awards: [],
    });
  });

  it.each([
    [{ customerManagement: false }, 'customerManagement'],
    [{ certifiedStaff: 2 }, 'certifiedStaff'],
    [{ localMarket: false }, 'localMarket'],
    [{ willingToCooperate: false }, 'willingToCooperate'],
  ] as const)('fails a bidder on %o alone', (q, failed) => {
    const r = scoreBids(cloudProgram, { bids: [bid('x', 'Sichuan', [flat(90)], q)] });
    expect(r.ranked).toEqual([]);
    expect(r.ineligible[0]!.failed).toEqual([failed]);
  });

  it('passes exactly 3 certified staff, and treats government resources as no condition', () => {
    const r = scoreBids(cloudProgram, { bids: [bid('x', 'Sichuan', [flat(90)], { certifiedStaff: 3, governmentResources: false })] });
    expect(r.ineligible).toEqual([]);
    expect(r.ranked.map((b) => b.bidderId)).toEqual(['x']);
  });

  it('takes the minimum of certified staff from the policy', () => {
    const policy = definePolicy(cloudProgram, { bids: { minCertifiedStaff: 5 } });
    const r = scoreBids(policy, { bids: [bid('x', 'Sichuan', [flat(90)], { certifiedStaff: 4 })] });
    expect(r.ineligible[0]!.failed).toEqual(['certifiedStaff']);
  });
});

describe('scoreBids: BID-1, the list of ineligible bidders', () => {
  it('lists ineligible bidders by bidder id in code-unit order, whatever the input order, apart from the ranking', () => {
    const r = scoreBids(cloudProgram, {
      bids: [
        bid('b', 'Sichuan', [], { localMarket: false }),
        bid('ok', 'Sichuan', [flat(70)]),
        bid('a', 'Hubei', [], { certifiedStaff: 0, willingToCooperate: false }),
        bid('B', 'Yunnan', [], { customerManagement: false }),
      ],
    });
    // Code units: 'B' (66) before 'a' (97) before 'b' (98).
    expect(r.ineligible).toEqual([
      { bidderId: 'B', region: 'Yunnan', failed: ['customerManagement'], rules: ['BID-1'] },
      { bidderId: 'a', region: 'Hubei', failed: ['certifiedStaff', 'willingToCooperate'], rules: ['BID-1'] },
      { bidderId: 'b', region: 'Sichuan', failed: ['localMarket'], rules: ['BID-1'] },
    ]);
    expect(r.ranked.map((x) => x.bidderId)).toEqual(['ok']);
    expect(r.awards.map((a) => a.region)).toEqual(['Sichuan']);
  });
});

describe('scoreBids: BID-2 and BID-3, weights, judges and the composite', () => {
  it('weighs market 30, team 20, operations 10 and plan 40', () => {
    const zero = flat(0);
    expect(only(bid('m', 'S', [{ ...zero, market: 100 }])).composite).toBe('30.00');
    expect(only(bid('t', 'S', [{ ...zero, team: 100 }])).composite).toBe('20.00');
    expect(only(bid('o', 'S', [{ ...zero, operations: 100 }])).composite).toBe('10.00');
    expect(only(bid('p', 'S', [{ ...zero, plan: 100 }])).composite).toBe('40.00');
    expect(only(bid('all', 'S', [flat(100)])).composite).toBe('100.00');
  });

  it('takes a category score as the judges\' mean', () => {
    // market (80 + 90) / 2 = 85, team 70, operations (60 + 100) / 2 = 80, plan (85 + 95) / 2 = 90
    const r = only(bid('a', 'S', [{ market: 80, team: 70, operations: 60, plan: 85 }, { market: 90, team: 70, operations: 100, plan: 95 }]));
    expect(r.categories).toEqual({ market: '85.00', team: '70.00', operations: '80.00', plan: '90.00' });
    // 0.3 × 85 + 0.2 × 70 + 0.1 × 80 + 0.4 × 90 = 25.5 + 14 + 8 + 36
    expect(r).toMatchObject({ composite: '83.50', judges: 2, rules: ['BID-1', 'BID-2', 'BID-3', 'BID-4'] });
  });

  it('accepts scores with decimals, such as 87.5', () => {
    expect(only(bid('a', 'S', [flat(87.5)])).composite).toBe('87.50');
    expect(only(bid('b', 'S', [flat(87.5), flat(88)])).categories.plan).toBe('87.75');
  });

  it('drops one highest and one lowest score per category with the trimmed mean', () => {
    const sheets = [flat(60), flat(80), flat(90), flat(100)];
    expect(only(bid('a', 'S', sheets)).composite).toBe('82.50');
    expect(only(bid('a', 'S', sheets), 'trimmed').composite).toBe('85.00');
    // With 3 judges the trimmed mean is the median of each category.
    const three = [{ market: 10, team: 90, operations: 50, plan: 0 }, { market: 50, team: 10, operations: 90, plan: 100 }, { market: 90, team: 50, operations: 10, plan: 70 }];
    expect(only(bid('b', 'S', three), 'trimmed').categories).toEqual({ market: '50.00', team: '50.00', operations: '50.00', plan: '70.00' });
  });

  it('takes the mean and the trimmed mean exactly with scores of 7 decimal places', () => {
    const fine = definePolicy(cloudProgram, { bids: { compositeScale: 10 } });
    // Judges in no particular order, so neither the lowest nor the highest score comes first or last; team 0 from all.
    const sheets = [
      { market: 20, team: 0, operations: 60, plan: 90 },
      { market: 40.0000001, team: 0, operations: 0, plan: 60.5 },
      { market: 10, team: 0, operations: 100, plan: 80 },
      { market: 30.0000001, team: 0, operations: 80, plan: 70 },
    ];
    const score = (aggregation: 'mean' | 'trimmed') => scoreBids(fine, { bids: [bid('a', 'S', sheets)], aggregation }).ranked[0]!;
    // Mean: market 100.0000002 / 4 = 25.00000005, team 0, operations 240 / 4 = 60, plan 300.5 / 4 = 75.125;
    // composite 0.3 × 25.00000005 + 0.1 × 60 + 0.4 × 75.125 = 7.500000015 + 6 + 30.05 = 43.550000015.
    expect(score('mean')).toMatchObject({
      composite: '43.5500000150',
      categories: { market: '25.0000000500', team: '0.0000000000', operations: '60.0000000000', plan: '75.1250000000' },
    });
    // Trimmed, dropping the lowest and the highest of each: market (20 + 30.0000001) / 2 = 25.00000005 without 10 and
    // 40.0000001; team 0; operations (60 + 80) / 2 = 70 without 0 and 100; plan (80 + 70) / 2 = 75 without 60.5 and 90;
    // composite 7.500000015 + 7 + 30 = 44.500000015.
    expect(score('trimmed')).toMatchObject({
      composite: '44.5000000150',
      categories: { market: '25.0000000500', team: '0.0000000000', operations: '70.0000000000', plan: '75.0000000000' },
      judges: 4,
    });
    // The same bid at the preset's 2 places.
    expect(only(bid('a', 'S', sheets), 'trimmed').composite).toBe('44.50');
    expect(only(bid('a', 'S', sheets)).composite).toBe('43.55');
  });

  it('keeps a score as small as 5e-324 next to 50, and ranks on it', () => {
    // a's plan is (50 + 5e-324) / 2, b's is 50 / 2: every shown figure is equal, but a's composite is greater by 1e-324.
    const a = bid('a', 'Hubei', [flat(50), { ...flat(0), plan: 5e-324 }]);
    const b = bid('b', 'Hubei', [flat(50), flat(0)]);
    const r = scoreBids(cloudProgram, { bids: [b, a] });
    expect(r.ranked.map((x) => [x.bidderId, x.composite, x.categories.plan, x.rank])).toEqual([
      ['a', '25.00', '25.00', 1],
      ['b', '25.00', '25.00', 2],
    ]);
    expect(r.awards).toEqual([{ region: 'Hubei', bidderId: 'a', undecided: [], rules: ['BID-4', 'BID-5'] }]);
    // A difference in the 7th place ranks too.
    const x = bid('x', 'S', [{ ...flat(0), plan: 50.0000001 }]);
    const y = bid('y', 'S', [{ ...flat(0), plan: 50 }]);
    expect(scoreBids(cloudProgram, { bids: [y, x] }).ranked.map((v) => [v.bidderId, v.composite, v.rank])).toEqual([
      ['x', '20.00', 1],
      ['y', '20.00', 2],
    ]);
  });

  it('computes the composite exactly and shows it rounded half-up to 2 places', () => {
    // plan (100 + 0 + 0) / 3 = 33.333…; composite 40 × 33.333… / 100 = 13.333…
    const third = only(bid('a', 'S', [{ ...flat(0), plan: 100 }, flat(0), flat(0)]));
    expect(third.categories.plan).toBe('33.33');
    expect(third.composite).toBe('13.33');
    // plan (100 + 100 + 0) / 3 = 66.666… shows 66.67
    expect(only(bid('b', 'S', [{ ...flat(0), plan: 100 }, { ...flat(0), plan: 100 }, flat(0)])).categories.plan).toBe('66.67');
    // team 0.125 × 20 / 100 = 0.025 exactly, which half-up makes 0.03 (binary floating point would give 0.02).
    expect(only(bid('c', 'S', [{ ...flat(0), team: 0.125 }])).composite).toBe('0.03');
  });

  it('rounds a composite exactly on a boundary up, even when its category scores are thirds', () => {
    // Once a counterexample for a model that rounded each third before adding them.
    // market 3 / 3 = 1, team 146 / 3, operations 41.83 / 3, plan 99.88 / 3:
    // (30 × 3 + 20 × 146 + 10 × 41.83 + 40 × 99.88) / 300 = 7423.5 / 300 = 24.745 exactly.
    const sheets = [flat(0), { market: 0, team: 81, operations: 25.83, plan: 99.88 }, { market: 3, team: 65, operations: 16, plan: 0 }];
    expect(only(bid('a', 'S', sheets))).toMatchObject({
      composite: '24.75',
      categories: { market: '1.00', team: '48.67', operations: '13.94', plan: '33.29' },
    });
  });

  it('ranks on the exact composite, not the shown one', () => {
    const third = bid('a', 'S', [{ ...flat(0), plan: 100 }, flat(0), flat(0)]); // 13.3333…
    const flatter = bid('b', 'S', [{ ...flat(0), plan: 33.325 }]); // 40 × 33.325 / 100 = 13.33 exactly
    const r = scoreBids(cloudProgram, { bids: [flatter, third] }).ranked;
    expect(r.map((x) => [x.bidderId, x.composite, x.rank])).toEqual([
      ['a', '13.33', 1],
      ['b', '13.33', 2],
    ]);
  });

  it('uses custom weights from the policy', () => {
    const policy = definePolicy(cloudProgram, { bids: { weights: { market: 25, team: 25, operations: 25, plan: 25 }, compositeScale: 3 } });
    const r = scoreBids(policy, { bids: [bid('a', 'S', [{ market: 10, team: 20, operations: 30, plan: 45 }])] }).ranked[0]!;
    expect(r.composite).toBe('26.250');
    expect(r.categories.market).toBe('10.000');
  });
});

describe('scoreBids: BID-4, one ranking with tie-breaks and shared ranks', () => {
  it('ranks by composite, best first, across all regions', () => {
    const r = scoreBids(cloudProgram, { bids: [bid('low', 'Hubei', [flat(70)]), bid('high', 'Sichuan', [flat(90)]), bid('mid', 'Sichuan', [flat(80)])] });
    expect(r.ranked.map((b) => [b.bidderId, b.region, b.rank])).toEqual([
      ['high', 'Sichuan', 1],
      ['mid', 'Sichuan', 2],
      ['low', 'Hubei', 3],
    ]);
  });

  it('ranks a higher composite first even when its plan score is lower (the categories only break ties)', () => {
    // a: 30 + 20 + 10 + 0.4 × 50 = 80 with plan 50; b: 0.4 × 60 = 24 with plan 60.
    const a = bid('a', 'S', [{ market: 100, team: 100, operations: 100, plan: 50 }]);
    const b = bid('b', 'S', [{ market: 0, team: 0, operations: 0, plan: 60 }]);
    expect(scoreBids(cloudProgram, { bids: [b, a] }).ranked.map((x) => [x.bidderId, x.composite, x.rank])).toEqual([
      ['a', '80.00', 1],
      ['b', '24.00', 2],
    ]);
  });

  it('breaks an equal composite by the plan score first (weight 40)', () => {
    // a: 30 × 100 / 100 + 40 × 25 / 100 = 40; b: 40 × 100 / 100 = 40
    const a = bid('a', 'S', [{ market: 100, team: 0, operations: 0, plan: 25 }]);
    const b = bid('b', 'S', [{ market: 0, team: 0, operations: 0, plan: 100 }]);
    expect(scoreBids(cloudProgram, { bids: [a, b] }).ranked.map((x) => [x.bidderId, x.composite, x.rank])).toEqual([
      ['b', '40.00', 1],
      ['a', '40.00', 2],
    ]);
  });

  it('then by market (30), then by team (20)', () => {
    // Both 50 with plan 50: a has market 100; b gets its 30 points from team and operations.
    const a = bid('a', 'S', [{ market: 100, team: 0, operations: 0, plan: 50 }]);
    const b = bid('b', 'S', [{ market: 0, team: 100, operations: 100, plan: 50 }]);
    expect(scoreBids(cloudProgram, { bids: [b, a] }).ranked.map((x) => [x.bidderId, x.rank])).toEqual([['a', 1], ['b', 2]]);
    // Both 55 with plan 50 and market 50: c has team 100; d has team 50 and operations 100.
    const c = bid('c', 'S', [{ market: 50, team: 100, operations: 0, plan: 50 }]);
    const d = bid('d', 'S', [{ market: 50, team: 50, operations: 100, plan: 50 }]);
    expect(scoreBids(cloudProgram, { bids: [d, c] }).ranked.map((x) => [x.bidderId, x.composite, x.rank])).toEqual([
      ['c', '55.00', 1],
      ['d', '55.00', 2],
    ]);
  });

  it('then gives government resources priority', () => {
    const r = scoreBids(cloudProgram, { bids: [bid('a', 'S', [flat(80)]), bid('b', 'S', [flat(80)], { governmentResources: true })] });
    expect(r.ranked.map((x) => [x.bidderId, x.rank, x.governmentResources])).toEqual([
      ['b', 1, true],
      ['a', 2, false],
    ]);
  });

  it('lets bidders still equal share a rank, and skips the ranks they take (1, 1, 3)', () => {
    const r = scoreBids(cloudProgram, { bids: [bid('c', 'S', [flat(70)]), bid('b', 'H', [flat(80)]), bid('a', 'S', [flat(80)])] });
    expect(r.ranked.map((x) => [x.bidderId, x.rank])).toEqual([['a', 1], ['b', 1], ['c', 3]]);
  });

  it('orders the tie-break by weight with custom weights, and by the source order for equal weights', () => {
    // Heaviest first: market 40 before plan 30.
    const heavy = definePolicy(cloudProgram, { bids: { weights: { market: 40, team: 20, operations: 10, plan: 30 } } });
    const m = bid('m', 'S', [{ market: 100, team: 0, operations: 0, plan: 0 }]); // 40
    const p = bid('p', 'S', [{ market: 10, team: 0, operations: 0, plan: 100 }]); // 4 + 30 = 34
    const mp = bid('mp', 'S', [{ market: 25, team: 0, operations: 0, plan: 100 }]); // 10 + 30 = 40
    expect(scoreBids(heavy, { bids: [p, mp, m] }).ranked.map((x) => [x.bidderId, x.rank])).toEqual([['m', 1], ['mp', 2], ['p', 3]]);
    // Equal weights: market, team, operations, plan.
    const equal = definePolicy(cloudProgram, { bids: { weights: { market: 25, team: 25, operations: 25, plan: 25 } } });
    const team = bid('team', 'S', [{ market: 0, team: 100, operations: 0, plan: 0 }]);
    const plan = bid('plan', 'S', [{ market: 0, team: 0, operations: 0, plan: 100 }]);
    const market = bid('market', 'S', [{ market: 100, team: 0, operations: 0, plan: 0 }]);
    const ops = bid('ops', 'S', [{ market: 0, team: 0, operations: 100, plan: 0 }]);
    expect(scoreBids(equal, { bids: [plan, ops, team, market] }).ranked.map((x) => x.bidderId)).toEqual(['market', 'team', 'ops', 'plan']);
  });
});

describe('scoreBids: BID-5, one award per region', () => {
  it('awards each region to its top-ranked eligible bidder, regions in order', () => {
    const r = scoreBids(cloudProgram, {
      bids: [
        bid('s1', 'Sichuan', [flat(90)]),
        bid('s2', 'Sichuan', [flat(95)], { localMarket: false }),
        bid('h1', 'Hubei', [flat(70)]),
        bid('h2', 'Hubei', [flat(75)]),
        bid('y1', 'Yunnan', [flat(99)], { customerManagement: false }),
      ],
    });
    expect(r.awards).toEqual([
      { region: 'Hubei', bidderId: 'h2', undecided: [], rules: ['BID-4', 'BID-5'] },
      { region: 'Sichuan', bidderId: 's1', undecided: [], rules: ['BID-4', 'BID-5'] },
    ]);
  });

  it('reports a region undecided when its first place is shared, even below the overall first place', () => {
    const r = scoreBids(cloudProgram, {
      bids: [bid('s1', 'Sichuan', [flat(90)]), bid('h2', 'Hubei', [flat(80)]), bid('h1', 'Hubei', [flat(80)]), bid('h3', 'Hubei', [flat(60)])],
    });
    expect(r.ranked.map((x) => [x.bidderId, x.rank])).toEqual([['s1', 1], ['h1', 2], ['h2', 2], ['h3', 4]]);
    expect(r.awards).toEqual([
      { region: 'Hubei', bidderId: null, undecided: ['h1', 'h2'], rules: ['BID-4', 'BID-5'] },
      { region: 'Sichuan', bidderId: 's1', undecided: [], rules: ['BID-4', 'BID-5'] },
    ]);
  });

  it('decides a region through the tie-breaks before calling it undecided', () => {
    const r = scoreBids(cloudProgram, { bids: [bid('a', 'Hubei', [flat(80)]), bid('b', 'Hubei', [flat(80)], { governmentResources: true })] });
    expect(r.awards).toEqual([{ region: 'Hubei', bidderId: 'b', undecided: [], rules: ['BID-4', 'BID-5'] }]);
  });

  it('gives no award, and no error, for an empty round', () => {
    expect(scoreBids(cloudProgram, { bids: [] })).toEqual({ ranked: [], ineligible: [], awards: [] });
  });
});

describe('scoreBids: bad input', () => {
  it('needs a program with bid scoring', () => {
    const e = expectPolicyError(() => scoreBids(telecomProgram, { bids: [] }), 'NOT_CONFIGURED', [['policy', 'bids']]);
    expect(e.issues).toEqual([{ path: ['policy', 'bids'], message: 'the telecom program configures no bid scoring' }]);
  });

  it('says what the input must be when it is not an object', () => {
    for (const input of [null, undefined, 5, 'bids', [], [{ bids: [] }]]) {
      const e = expectPolicyError(() => scoreBids(cloudProgram, input as never), 'INVALID_INPUT', [[]]);
      expect(e.issues).toEqual([{ path: [], message: 'must be an object { bids, aggregation? }' }]);
    }
  });

  it('names every score outside [0, 100] or not a finite number', () => {
    const bad = bid('a', 'S', [{ market: 101, team: -1, operations: Number.NaN, plan: Number.POSITIVE_INFINITY }, { market: '90' as never, team: null as never, operations: 5, plan: 5 }]);
    expectPolicyError(() => scoreBids(cloudProgram, { bids: [bad] }), 'INVALID_INPUT', [
      ['bids', 0, 'scores', 0, 'market'],
      ['bids', 0, 'scores', 0, 'team'],
      ['bids', 0, 'scores', 0, 'operations'],
      ['bids', 0, 'scores', 0, 'plan'],
      ['bids', 0, 'scores', 1, 'market'],
      ['bids', 0, 'scores', 1, 'team'],
    ]);
  });

  it('needs every judge to score every category', () => {
    const missing = { ...bid('a', 'S', []), scores: [{ judgeId: 'j1', market: 80, team: 80, operations: 80 }] };
    expectPolicyError(() => scoreBids(cloudProgram, { bids: [missing as never] }), 'INVALID_INPUT', [['bids', 0, 'scores', 0, 'plan']]);
  });

  it('refuses a judge scoring a bid twice, and a bidder bidding twice', () => {
    const twice = { ...bid('a', 'S', []), scores: [sheet('j1', flat(80)), sheet('j2', flat(70)), sheet('j1', flat(90))] };
    const judge = expectPolicyError(() => scoreBids(cloudProgram, { bids: [twice] }), 'INVALID_INPUT', [['bids', 0, 'scores', 2, 'judgeId']]);
    expect(judge.issues[0]!.message).toBe('judge "j1" already scored this bid at scores[0] (BID-3)');
    const bidder = expectPolicyError(
      () => scoreBids(cloudProgram, { bids: [bid('a', 'S', [flat(80)]), bid('b', 'S', [flat(80)]), bid('a', 'H', [flat(80)])] }),
      'INVALID_INPUT',
      [['bids', 2, 'bidderId']],
    );
    expect(bidder.issues[0]!.message).toBe('bidder "a" already bid at bids[0]');
  });

  it('names every repeated bidder and judge and every bid without judges in one error, in input order', () => {
    const bids = [
      { ...bid('a', 'S', []), scores: [sheet('j1', flat(80)), sheet('j1', flat(70)), sheet('j2', flat(60)), sheet('j2', flat(50))] },
      bid('b', 'S', []),
      bid('a', 'H', [flat(80)]),
      bid('c', 'S', [], { localMarket: false }),
      bid('a', 'Y', []),
    ];
    expect(expectPolicyError(() => scoreBids(cloudProgram, { bids }), 'INVALID_INPUT', [
      ['bids', 0, 'scores', 1, 'judgeId'],
      ['bids', 0, 'scores', 3, 'judgeId'],
      ['bids', 1, 'scores'],
      ['bids', 2, 'bidderId'],
      ['bids', 4, 'bidderId'],
      ['bids', 4, 'scores'],
    ]).issues.map((i) => i.message)).toEqual([
      'judge "j1" already scored this bid at scores[0] (BID-3)',
      'judge "j2" already scored this bid at scores[2] (BID-3)',
      'an eligible bid needs the scores of at least one judge (BID-3)',
      'bidder "a" already bid at bids[0]',
      'bidder "a" already bid at bids[0]',
      'an eligible bid needs the scores of at least one judge (BID-3)',
    ]);
  });

  it('needs at least one judge on an eligible bid, and 3 for the trimmed mean, with a clear message', () => {
    const none = expectPolicyError(() => scoreBids(cloudProgram, { bids: [bid('a', 'S', [])] }), 'INVALID_INPUT', [['bids', 0, 'scores']]);
    expect(none.issues[0]!.message).toBe('an eligible bid needs the scores of at least one judge (BID-3)');
    const e = expectPolicyError(() => scoreBids(cloudProgram, { bids: [bid('a', 'S', [flat(80), flat(90), flat(70)]), bid('b', 'S', [flat(80), flat(90)])], aggregation: 'trimmed' }), 'INVALID_INPUT', [
      ['bids', 1, 'scores'],
    ]);
    expect(e.issues[0]!.message).toBe('the trimmed mean drops the highest and the lowest score, so it needs at least 3 judges (BID-3), got 2');
    // The mean needs one judge only.
    expect(scoreBids(cloudProgram, { bids: [bid('b', 'S', [flat(80), flat(90)])], aggregation: 'mean' }).ranked[0]!.composite).toBe('85.00');
    // An ineligible bid is not scored, so it needs no judges.
    expect(scoreBids(cloudProgram, { bids: [bid('c', 'S', [flat(50)], { localMarket: false })], aggregation: 'trimmed' }).ineligible).toHaveLength(1);
  });

  it('takes the judges the trimmed mean needs from the policy', () => {
    const four = definePolicy(cloudProgram, { bids: { trimmedMinJudges: 4 } });
    const e = expectPolicyError(() => scoreBids(four, { bids: [bid('a', 'S', [flat(80), flat(90), flat(70)])], aggregation: 'trimmed' }), 'INVALID_INPUT', [
      ['bids', 0, 'scores'],
    ]);
    expect(e.issues[0]!.message).toBe('the trimmed mean drops the highest and the lowest score, so it needs at least 4 judges (BID-3), got 3');
    // (90 + 80) / 2 without 70 and 100.
    expect(scoreBids(four, { bids: [bid('a', 'S', [flat(80), flat(90), flat(70), flat(100)])], aggregation: 'trimmed' }).ranked[0]!.composite).toBe('85.00');
  });

  it('names malformed bids, qualifications and options', () => {
    const bad = [
      { bidderId: '', region: 'S', qualification: qualified, scores: [] },
      { bidderId: 'b', region: 'S', qualification: { ...qualified, certifiedStaff: 2.5 }, scores: [] },
      { bidderId: 'c', region: 'S', qualification: { ...qualified, governmentResource: true }, scores: [] },
      { bidderId: 'd', region: 'S', qualification: qualified, scores: {} },
    ];
    expectPolicyError(() => scoreBids(cloudProgram, { bids: bad as never, aggregation: 'median' as never }), 'INVALID_INPUT', [
      ['bids', 0, 'bidderId'],
      ['bids', 1, 'qualification', 'certifiedStaff'],
      ['bids', 2, 'qualification', 'governmentResource'],
      ['bids', 3, 'scores'],
      ['aggregation'],
    ]);
    for (const input of [null, undefined, 5, [], { bids: 'all' }, { bids: [], extra: 1 }]) {
      const e = expectPolicyError(() => scoreBids(cloudProgram, input as never), 'INVALID_INPUT', [
        input !== null && typeof input === 'object' && !Array.isArray(input) ? [Object.keys(input).at(-1)!] : [],
      ]);
      expect(e.issues).toHaveLength(1);
    }
  });

  it('turns a getter that throws into a PolicyError', () => {
    const b = Object.defineProperty({ ...bid('a', 'S', [flat(80)]) }, 'region', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectPolicyError(() => scoreBids(cloudProgram, { bids: [b] }), 'INVALID_INPUT', [[]]);
  });

  it('turns an input that cannot be looked at (a revoked proxy) into a PolicyError naming no field', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const e = expectPolicyError(() => scoreBids(cloudProgram, proxy as never), 'INVALID_INPUT', [[]]);
    expect(e.issues[0]!.message).toMatch(/^could not be read: /);
  });
});

describe('scoreBids: inputs are never changed', () => {
  it('works on deeply frozen input and leaves it as it was', () => {
    const input = deepFreeze({ bids: [bid('b', 'S', [flat(80), flat(70), flat(90)]), bid('a', 'S', [flat(60)], { localMarket: false })], aggregation: 'trimmed' as const });
    const before = snapshot(input);
    const r = scoreBids(cloudProgram, input);
    expect(r.ranked.map((x) => x.composite)).toEqual(['80.00']);
    expect(snapshot(input)).toEqual(before);
  });
});
