import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { scoreBids, type Qualification } from '../../src/bids/index.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { BID_REGIONS, bidsArb, judgeScoreArb, judgeSheetsArb, qualificationArb } from '../../src/testing/index.js';
import { sampleOf } from './kit-sampling-b.js';

/** Pre-qualification under the cloud preset (BID-1): every condition, and at least 3 certified staff. */
const passes = (q: Qualification) => q.customerManagement && q.certifiedStaff >= 3 && q.localMarket && q.willingToCooperate;

describe('judgeScoreArb: whole numbers, halves, two-place decimals and (rarely) any double in [0, 100]', () => {
  const scores = sampleOf(judgeScoreArb, 4000);

  it('stays a finite number in [0, 100] and reaches both ends', () => {
    expect(scores.every((s) => Number.isFinite(s) && s >= 0 && s <= 100 && !Object.is(s, -0))).toBe(true);
    expect(scores).toContain(0);
    expect(scores).toContain(100);
  });

  it('generates each documented kind of score', () => {
    const whole = scores.filter((s) => Number.isInteger(s));
    const halves = scores.filter((s) => !Number.isInteger(s) && Number.isInteger(s * 2));
    const twoPlaces = scores.filter((s) => !Number.isInteger(s * 2) && Math.round(s * 100) / 100 === s);
    const other = scores.filter((s) => Math.round(s * 100) / 100 !== s);
    // Whole numbers 0 to 100 above 100 distinct values is impossible; the other kinds are counted by presence.
    expect(new Set(whole).size).toBeGreaterThan(50);
    expect(halves.length).toBeGreaterThan(0);
    expect(twoPlaces.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
  });
});

describe('qualificationArb', () => {
  const any = sampleOf(qualificationArb(), 1000);
  const eligible = sampleOf(qualificationArb(true), 1000);

  it('with eligible, passes every condition of the preset', () => {
    expect(eligible.every(passes)).toBe(true);
    expect(new Set(eligible.map((q) => q.certifiedStaff))).toEqual(new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it('by default, also fails each condition in some runs', () => {
    expect(any.some((q) => !passes(q))).toBe(true);
    expect(any.some((q) => !q.customerManagement)).toBe(true);
    expect(any.some((q) => !q.localMarket)).toBe(true);
    expect(any.some((q) => !q.willingToCooperate)).toBe(true);
    expect(any.some((q) => q.certifiedStaff < 3)).toBe(true);
    expect(any.some(passes)).toBe(true);
  });

  it('leaves governmentResources out, or sets it true or false, never to undefined (exactOptionalPropertyTypes)', () => {
    for (const qs of [any, eligible]) {
      expect(qs.some((q) => !('governmentResources' in q))).toBe(true);
      expect(qs.some((q) => q.governmentResources === true)).toBe(true);
      expect(qs.some((q) => q.governmentResources === false)).toBe(true);
      expect(qs.every((q) => !('governmentResources' in q) || typeof q.governmentResources === 'boolean')).toBe(true);
    }
  });
});

describe('judgeSheetsArb: score sheets from distinct judges', () => {
  it('gives 1 to 6 sheets by default, from distinct judges, reaching both', () => {
    const sheets = sampleOf(judgeSheetsArb(), 1000);
    for (const s of sheets) expect(new Set(s.map((x) => x.judgeId)).size).toBe(s.length);
    const lengths = new Set(sheets.map((s) => s.length));
    expect(Math.min(...lengths)).toBe(1);
    expect(Math.max(...lengths)).toBe(6);
  });

  it('honours minJudges and maxJudges', () => {
    const sheets = sampleOf(judgeSheetsArb({ minJudges: 2, maxJudges: 3 }), 500);
    expect(new Set(sheets.map((s) => s.length))).toEqual(new Set([2, 3]));
  });

  it('with coarse, scores only from a small set so that ties are frequent; without, from the whole range', () => {
    const coarse = sampleOf(judgeSheetsArb({ coarse: true }), 300).flat();
    const values = new Set(coarse.flatMap((s) => [s.market, s.team, s.operations, s.plan]));
    expect(values.size).toBeLessThanOrEqual(5);
    expect([...values].every((v) => Number.isInteger(v) && v >= 0 && v <= 100)).toBe(true);
    const fine = sampleOf(judgeSheetsArb({ coarse: false }), 300).flat();
    expect(new Set(fine.flatMap((s) => [s.market, s.team, s.operations, s.plan])).size).toBeGreaterThan(50);
    const byDefault = sampleOf(judgeSheetsArb(), 300).flat();
    expect(new Set(byDefault.flatMap((s) => [s.market, s.team, s.operations, s.plan])).size).toBeGreaterThan(50);
  });
});

describe('bidsArb: a bid round with distinct bidders, mostly eligible', () => {
  const rounds = sampleOf(bidsArb(), 300);
  const bids = rounds.flat();

  it('generates rounds of several bids, with distinct bidder ids, over the documented regions', () => {
    expect(rounds.some((r) => r.length >= 2)).toBe(true);
    for (const r of rounds) expect(new Set(r.map((b) => b.bidderId)).size).toBe(r.length);
    expect([...new Set(bids.map((b) => b.region))].sort()).toEqual([...BID_REGIONS].sort());
  });

  it('mostly eligible, with some ineligible bidders', () => {
    const eligible = bids.filter((b) => passes(b.qualification)).length;
    expect(eligible).toBeGreaterThan(bids.length / 2);
    expect(eligible).toBeLessThan(bids.length);
  });

  it('with eligibleOnly, only bidders that pass pre-qualification', () => {
    const only = sampleOf(bidsArb({ eligibleOnly: true }), 200).flat();
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((b) => passes(b.qualification))).toBe(true);
    const not = sampleOf(bidsArb({ eligibleOnly: false }), 200).flat();
    expect(not.some((b) => !passes(b.qualification))).toBe(true);
  });

  it('honours maxBids', () => {
    const lengths = new Set(sampleOf(bidsArb({ maxBids: 3 }), 300).map((r) => r.length));
    expect(Math.max(...lengths)).toBe(3);
  });

  test.prop([bidsArb({ coarse: true, eligibleOnly: true })], { numRuns: 50 })('with eligibleOnly, every bid is ranked by scoreBids', (round) => {
    const r = scoreBids(cloudProgram, { bids: round });
    expect(r.ineligible).toEqual([]);
    expect(r.ranked.length).toBe(round.length);
  });
});
