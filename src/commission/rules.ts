/**
 * Rule ids cited by commission results, as bits so the per-receipt path can
 * collect them with one `|`.
 * @module
 */
import { RULES, type RuleId } from '../core/rules.js';

/** The rules a commission figure can cite, in policy-book order. */
const CITED = ['TIER-2', 'TIER-4', 'COM-1', 'COM-2', 'COM-3', 'COM-4', 'COM-5', 'COM-6', 'COM-7', 'COM-8', 'COM-10'] as const;
type Cited = (typeof CITED)[number];

/** The bit of a rule id. */
export const RULE_BIT: Readonly<Record<Cited, number>> = Object.fromEntries(CITED.map((id, i) => [id, 1 << i])) as Record<Cited, number>;

/** The rule ids of a bit set, in policy-book order. */
export function rulesOfBits(bits: number): RuleId[] {
  const out: RuleId[] = [];
  CITED.forEach((id, i) => {
    if ((bits & (1 << i)) !== 0) out.push(id);
  });
  return out;
}

const ORDER: ReadonlyMap<string, number> = new Map(Object.keys(RULES).map((id, i) => [id, i]));

/** A set of rule ids in policy-book order; unknown ids (from a foreign statement) last, by text. */
export function sortRules(ids: Iterable<RuleId>): RuleId[] {
  return [...new Set(ids)].sort((a, b) => {
    const ia = ORDER.get(a) ?? Number.MAX_SAFE_INTEGER;
    const ib = ORDER.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ia !== ib ? ia - ib : a < b ? -1 : a > b ? 1 : 0;
  });
}
