import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { scoreBids } from '../../src/bids/index.js';
import type { Bid, BidCategory } from '../../src/bids/index.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { bidsArb, scoreArb } from './arbitraries.js';
import { deepFreeze, snapshot } from './helpers.js';
import { Big, CATEGORIES, oracle, shown } from './oracle.js';

const aggregation = fc.constantFrom<'mean' | 'trimmed'>('mean', 'trimmed');
const round = aggregation.chain((agg) =>
  bidsArb({ minJudges: agg === 'trimmed' ? 3 : 1, maxJudges: 7 }).map((bids) => ({ bids, aggregation: agg })),
);
const tieRound = aggregation.chain((agg) =>
  bidsArb({ minJudges: 3, maxJudges: 3, coarse: true, eligibleOnly: true, maxBids: 16 }).map((bids) => ({ bids, aggregation: agg })),
);
const eligible = (b: Bid) => b.qualification.customerManagement && b.qualification.certifiedStaff >= 3 && b.qualification.localMarket && b.qualification.willingToCooperate;

/** A fixed permutation from a seed. */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  return list.map((x, i) => ({ x, k: (i * 2654435761 + seed) % 4294967291 })).sort((a, b) => a.k - b.k).map((e) => e.x);
}

describe('scoreBids properties', () => {
  test.prop([round])('for any bids, the composite and the category scores equal an exact Decimal model rounded half-up (BID-2, BID-3)', (input) => {
    const byId = new Map(input.bids.map((b) => [b.bidderId, b]));
    for (const r of scoreBids(cloudProgram, input).ranked) {
      const exact = oracle(byId.get(r.bidderId)!, input.aggregation);
      expect(r.composite).toBe(shown(exact.composite));
      for (const c of CATEGORIES) expect(r.categories[c]).toBe(shown(exact.categories[c]));
    }
  });

  test.prop([round])('for any bids, every composite and category score lies in [0, 100]', (input) => {
    for (const r of scoreBids(cloudProgram, input).ranked) {
      for (const v of [r.composite, ...Object.values(r.categories)]) {
        expect(new Big(v).gte(0) && new Big(v).lte(100)).toBe(true);
      }
    }
  });

  test.prop([round, fc.nat(), fc.constantFrom<BidCategory>(...CATEGORIES), scoreArb])(
    'for any bid, raising one judge\'s score in one category never lowers its composite nor worsens its rank',
    (input, at, category, other) => {
      const scoredBids = input.bids.filter((b) => eligible(b));
      fc.pre(scoredBids.length > 0);
      const target = scoredBids[at % scoredBids.length]!;
      const j = at % target.scores.length;
      const old = target.scores[j]![category];
      const raised = Math.max(old, other);
      const changed = input.bids.map((b) =>
        b === target ? { ...b, scores: b.scores.map((s, k) => (k === j ? { ...s, [category]: raised } : s)) } : b,
      );
      const before = scoreBids(cloudProgram, input).ranked.find((r) => r.bidderId === target.bidderId)!;
      const after = scoreBids(cloudProgram, { ...input, bids: changed }).ranked.find((r) => r.bidderId === target.bidderId)!;
      expect(oracle(changed.find((b) => b.bidderId === target.bidderId)!, input.aggregation).composite.gte(oracle(target, input.aggregation).composite)).toBe(true);
      expect(new Big(after.composite).gte(before.composite)).toBe(true);
      expect(after.rank).toBeLessThanOrEqual(before.rank);
    },
  );

  test.prop([round, fc.nat(), fc.nat()])('for any bids, the result is the same whatever the order of the bids and of each bid\'s judges', (input, s1, s2) => {
    const reordered = shuffle(input.bids, s1).map((b) => ({ ...b, scores: shuffle(b.scores, s2) }));
    expect(scoreBids(cloudProgram, { ...input, bids: reordered })).toEqual(scoreBids(cloudProgram, input));
  });

  test.prop([tieRound])(
    'for any bids, ranks follow the exact composite, and equal ranks mean equal composite, category scores and government priority (BID-4)',
    (input) => {
      const byId = new Map(input.bids.map((b) => [b.bidderId, b]));
      const ranked = scoreBids(cloudProgram, input).ranked;
      ranked.forEach((r, i) => {
        if (i === 0) return expect(r.rank).toBe(1);
        const prev = ranked[i - 1]!;
        const [a, b] = [oracle(byId.get(prev.bidderId)!, input.aggregation), oracle(byId.get(r.bidderId)!, input.aggregation)];
        expect(a.composite.gte(b.composite)).toBe(true);
        if (r.rank === prev.rank) {
          expect(a.composite.eq(b.composite)).toBe(true);
          for (const c of CATEGORIES) expect(a.categories[c].eq(b.categories[c])).toBe(true);
          expect(r.governmentResources).toBe(prev.governmentResources);
          expect(prev.bidderId < r.bidderId).toBe(true);
        } else {
          expect(r.rank).toBe(i + 1);
          // Whatever separated them is a strict win for the earlier bid in the BID-4 order.
          const order: BidCategory[] = ['plan', 'market', 'team', 'operations'];
          const keyA = [a.composite, ...order.map((c) => a.categories[c]), new Big(prev.governmentResources ? 1 : 0)];
          const keyB = [b.composite, ...order.map((c) => b.categories[c]), new Big(r.governmentResources ? 1 : 0)];
          const first = keyA.findIndex((k, n) => !k.eq(keyB[n]!));
          expect(first).toBeGreaterThanOrEqual(0);
          expect(keyA[first]!.gt(keyB[first]!)).toBe(true);
        }
      });
    },
  );

  test.prop([tieRound, fc.nat()])('for any bid, a copy under another bidder id shares its rank', (input, at) => {
    fc.pre(input.bids.length > 0);
    const original = input.bids[at % input.bids.length]!;
    const ranked = scoreBids(cloudProgram, { ...input, bids: [...input.bids, { ...original, bidderId: 'zz-copy' }] }).ranked;
    expect(ranked.find((r) => r.bidderId === 'zz-copy')!.rank).toBe(ranked.find((r) => r.bidderId === original.bidderId)!.rank);
  });

  test.prop([round])('for any bids, exactly the bidders passing every condition are ranked, and each other lists just its failed conditions (BID-1)', (input) => {
    const result = scoreBids(cloudProgram, input);
    expect(result.ranked.map((r) => r.bidderId).sort()).toEqual(input.bids.filter(eligible).map((b) => b.bidderId).sort());
    for (const x of result.ineligible) {
      const q = input.bids.find((b) => b.bidderId === x.bidderId)!.qualification;
      expect(x.failed).toEqual(
        [
          q.customerManagement ? null : 'customerManagement',
          q.certifiedStaff >= 3 ? null : 'certifiedStaff',
          q.localMarket ? null : 'localMarket',
          q.willingToCooperate ? null : 'willingToCooperate',
        ].filter((f) => f !== null),
      );
      expect(x.failed.length).toBeGreaterThan(0);
    }
  });

  test.prop([tieRound])('for any bids, each region with an eligible bid has one award: its unique best, or undecided among those sharing its best rank (BID-5)', (input) => {
    const { ranked, awards } = scoreBids(cloudProgram, input);
    const regions = [...new Set(ranked.map((r) => r.region))].sort();
    expect(awards.map((a) => a.region)).toEqual(regions);
    for (const award of awards) {
      const inRegion = ranked.filter((r) => r.region === award.region);
      const best = Math.min(...inRegion.map((r) => r.rank));
      const top = inRegion.filter((r) => r.rank === best).map((r) => r.bidderId).sort();
      if (top.length === 1) expect(award).toMatchObject({ bidderId: top[0], undecided: [] });
      else expect(award).toMatchObject({ bidderId: null, undecided: top });
    }
  });

  test.prop([round])('for any bids, scoring a deeply frozen copy works and changes nothing', (input) => {
    const before = snapshot(input);
    const frozen = deepFreeze(structuredClone(input));
    expect(scoreBids(cloudProgram, frozen)).toEqual(scoreBids(cloudProgram, input));
    expect(snapshot(input)).toEqual(before);
  });
});
