/**
 * A policy's commission section turned into routes: for each product line and
 * commission year (and tier, where the rate depends on it), the bucket a
 * receipt lands in and the rules it cites. Built once per call, so the
 * per-receipt path does a few lookups and one addition.
 * @module
 */
import type { Rate } from '../core/money.js';
import type { CommissionPolicy, LineRule, RateSpec, Tier } from '../policy/types.js';
import { FLUSH_AT, normalRate, scaleRate, type ScaledRate } from './minor.js';
import { RULE_BIT } from './rules.js';
import type { BucketKind, CommissionYear } from './types.js';

type LadderRule = Extract<LineRule, { kind: 'ladder' }>;

/** A running exact sum in minor units: a number part kept below 2^52, the rest in a bigint. */
export class Accumulator {
  small = 0;
  big = 0n;
  receipts = 0;
  rules = 0;

  constructor(
    readonly line: string,
    readonly kind: BucketKind,
    /** The bucket's rate; for a ladder, the rate is decided by the volume later. */
    readonly rate: Rate,
    readonly ladder: LadderRule | null,
  ) {}

  /** Adds minor units given as a whole number below 10^15. */
  add(minor: number): void {
    const s = this.small + minor;
    if (s >= FLUSH_AT) {
      this.big += BigInt(s);
      this.small = 0;
    } else this.small = s;
  }

  /** The exact total in minor units. */
  total(): bigint {
    return this.big + BigInt(this.small);
  }
}

/** Where a receipt goes and what it earned. */
export interface Route {
  readonly acc: Accumulator;
  readonly rules: number;
  /** The rate a refund of this receipt claws back at (COM-7). */
  readonly clawRate: Rate;
  readonly clawScaled: ScaledRate;
  /** Commission year 1 or 2; `null` with no window or past it. */
  readonly year: CommissionYear | null;
  readonly margin: boolean;
}

/** The routes of one commission year, by tier; `tiered` false when all three are the same. */
export interface YearRoutes {
  readonly tiered: boolean;
  readonly gold: Route;
  readonly silver: Route;
  readonly ordinary: Route;
}

/** A product line ready for receipts. */
export interface CompiledLine {
  readonly name: string;
  readonly kind: LineRule['kind'];
  /** Index = commission year − 1; a single entry with no window. */
  readonly years: readonly YearRoutes[];
  /** Receipts past the window (COM-4), or `null` with no window. */
  readonly expired: Route | null;
}

/** The routing state of one statement: buckets, ladders and caches. */
export class Router {
  /** Buckets by line, kind and rate. */
  readonly buckets = new Map<string, Accumulator>();
  /** Ladder volume per line. */
  readonly ladders = new Map<string, Accumulator>();
  private readonly lines = new Map<string, CompiledLine | null>();
  readonly windowYears: number | null;

  constructor(readonly section: CommissionPolicy) {
    this.windowYears = section.window === null ? null : section.window.years;
  }

  /** The compiled line, or `null` for a line the policy does not know. */
  line(name: string): CompiledLine | null {
    let c = this.lines.get(name);
    if (c === undefined) {
      const rule = Object.prototype.hasOwnProperty.call(this.section.lines, name) ? this.section.lines[name]! : this.section.otherLines;
      c = rule === null ? null : this.compile(name, rule);
      this.lines.set(name, c);
    }
    return c;
  }

  /**
   * The index of the commission year a deciding date falls in for a customer
   * started on `startKey` (0 = year 1), or `windowYears` past the window
   * (COM-4); both are `yyyymmdd` date keys. The k-th anniversary is the same
   * day k calendar years on, 29 February falling on 28 February in a common
   * year. A deciding date before the start (a prepayment) is in year 1.
   * With no window (the cloud program) every date is in the one year, 0.
   */
  yearIndex(startKey: number, decidingKey: number): number {
    const years = this.windowYears ?? 0;
    const leapDay = startKey % 10000 === 229;
    const y0 = (startKey / 10000) | 0;
    for (let k = 1; k <= years; k++) {
      const y = y0 + k;
      const anniversary = leapDay && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? startKey + k * 10000 - 1 : startKey + k * 10000;
      if (decidingKey < anniversary) return k - 1;
    }
    return years;
  }

  private acc(line: string, kind: BucketKind, rate: Rate, ladder: LadderRule | null): Accumulator {
    if (ladder !== null) {
      let a = this.ladders.get(line);
      if (a === undefined) this.ladders.set(line, (a = new Accumulator(line, 'ladder', '', ladder)));
      return a;
    }
    const key = `${line}\u0000${kind}\u0000${rate}`;
    let a = this.buckets.get(key);
    if (a === undefined) this.buckets.set(key, (a = new Accumulator(line, kind, rate, null)));
    return a;
  }

  private compile(name: string, rule: LineRule): CompiledLine {
    const windowed = this.windowYears !== null;
    const years = this.windowYears ?? 1;
    const windowBit = windowed ? RULE_BIT['COM-4'] : 0;
    const base = RULE_BIT['COM-1'] | RULE_BIT['COM-6'] | windowBit;
    const route = (kind: BucketKind, rate: Rate, clawRate: Rate, rules: number, year: CommissionYear | null, ladder: LadderRule | null): Route => ({
      acc: this.acc(name, kind, rate, ladder),
      rules,
      clawRate,
      clawScaled: scaleRate(clawRate),
      year,
      margin: kind === 'margin',
    });
    const same = (r: Route): YearRoutes => ({ tiered: false, gold: r, silver: r, ordinary: r });
    const out: YearRoutes[] = [];
    for (let y = 0; y < years; y++) {
      // The policy schema allows windows of 1 or 2 years (COM-4).
      const year = windowed ? ((y + 1) as CommissionYear) : null;
      if (rule.kind === 'margin') {
        out.push(same(route('margin', '1', '1', base | RULE_BIT['COM-2'], year, null)));
      } else if (rule.kind === 'ladder') {
        // COM-7: a refund cannot tell which slice its receipt filled, so it claws back at the ladder's lowest rate, never more than it earned.
        const lowest = rule.brackets.map((b) => normalRate(b.rate)).reduce((a, b) => (cmpRate(a, b) <= 0 ? a : b));
        out.push(same(route('ladder', '', lowest, base | RULE_BIT['COM-3'], year, rule)));
      } else {
        const spec: RateSpec = rule.rates[y]!;
        const rules = base | RULE_BIT['COM-2'];
        if (typeof spec === 'string') {
          const rate = normalRate(spec);
          out.push(same(route('rate', rate, rate, rules, year, null)));
        } else {
          const tierRoute = (t: Tier) => {
            const rate = normalRate(spec[t]);
            return route('rate', rate, rate, rules | RULE_BIT['COM-5'] | RULE_BIT['TIER-2'], year, null);
          };
          const gold = tierRoute('gold');
          const silver = tierRoute('silver');
          const ordinary = tierRoute('ordinary');
          out.push({ tiered: true, gold, silver, ordinary });
        }
      }
    }
    return {
      name,
      kind: rule.kind,
      years: out,
      expired: windowed ? route('expired', '0', '0', RULE_BIT['COM-1'] | RULE_BIT['COM-6'] | RULE_BIT['COM-4'], null, null) : null,
    };
  }
}

/** Compares two plain non-negative decimal strings by value. */
export function cmpRate(a: Rate, b: Rate): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length - bi.length;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const n = Math.max(af.length, bf.length);
  const x = af.padEnd(n, '0');
  const y = bf.padEnd(n, '0');
  return x < y ? -1 : x > y ? 1 : 0;
}
