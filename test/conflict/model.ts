/**
 * A plain reference model of REG-1 to REG-4, written from the policy book and
 * the decisions documented in src/conflict/ownership.ts, with none of the
 * engine's machinery (no heap, no caches, no parallel arrays): one sorted list
 * of events per customer and a fresh scan whenever the challenger is needed.
 * Slow, and only for valid inputs.
 */
import type { Ownership, OwnershipInput, RejectionReason } from '../../src/conflict/index.js';
import type { ConflictPolicy } from '../../src/policy/types.js';
import { epochOf } from './arbitraries.js';

export interface ModelResult {
  customerId: string;
  status: 'owned' | 'takeover-open' | 'tied' | 'locked';
  owner: string | null;
  candidates: string[];
  challenger: string | null;
  protectedUntil: number | null;
  keySupport: boolean;
  rejected: { registrationId: string; kind: 'registration' | 'takeover'; reason: RejectionReason }[];
}

interface R {
  id: string;
  party: string;
  partner: boolean;
  t: number;
}

type Event =
  | { t: number; order: 0; key: number; r: R }
  | { t: number; order: 1; key: number; r: R; stage: number }
  | { t: number; order: 2; key: number; r: R };

export function model(policy: ConflictPolicy, input: OwnershipInput): ModelResult[] {
  const asOf = epochOf(input.asOf);
  const protection = policy.protectionDays * 86_400_000;
  const byCustomer = new Map<string, typeof input.registrations extends Iterable<infer X> ? X[] : never>();
  for (const reg of input.registrations) {
    if (epochOf(reg.registeredAt) > asOf) continue; // REG-1: not yet known
    byCustomer.set(reg.customerId, [...(byCustomer.get(reg.customerId) ?? []), reg]);
  }
  const out: ModelResult[] = [];
  for (const customerId of [...byCustomer.keys()].sort()) {
    const raw = byCustomer.get(customerId)!;
    const regs: R[] = raw
      .map((g) => ({ id: g.id, party: `${g.party.kind}/${g.party.id}`, partner: g.party.kind === 'partner', t: epochOf(g.registeredAt) }))
      .sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
    const rank = new Map(regs.map((r, k) => [r.id, k]));
    const byId = new Map(regs.map((r) => [r.id, r]));

    // REG-2: the simultaneous group, one registration per party.
    const group = regs.filter((r) => r.t <= regs[0]!.t + policy.simultaneityWindowSeconds * 1000);
    const parties: R[] = [];
    for (const r of group) if (!parties.some((p) => p.party === r.party)) parties.push(r);
    const partners = parties.filter((p) => p.partner);
    const winners = partners.length > 0 ? partners : parties;
    let owner: R | null = winners.length === 1 ? winners[0]! : null;
    let candidates: R[] = winners.length > 1 ? winners : [];

    const events: Event[] = [];
    for (const r of regs) events.push({ t: r.t, order: 0, key: rank.get(r.id)!, r });
    for (const g of raw) {
      for (const p of g.progress ?? []) {
        const t = epochOf(p.at);
        if (t <= asOf) events.push({ t, order: 1, key: p.stage * 1e6 + rank.get(g.id)!, r: byId.get(g.id)!, stage: p.stage });
      }
    }
    for (const m of input.takeovers ?? []) {
      const t = epochOf(m.at);
      if (m.customerId === customerId && t <= asOf) events.push({ t, order: 2, key: rank.get(m.registrationId)!, r: byId.get(m.registrationId)! });
    }
    events.sort((a, b) => a.t - b.t || a.order - b.order || a.key - b.key);

    const arrived: R[] = [];
    const maxStage = new Map<R, number>();
    const spent = new Set<R>();
    const refused = new Set<R>();
    const rejected: ModelResult['rejected'] = [];
    let until = owner === null ? 0 : owner.t + protection;
    let locked = false;

    const challenger = (): R | null => arrived.find((r) => owner !== null && !spent.has(r) && !refused.has(r) && r.party !== owner.party) ?? null;
    const lock = (t: number) => {
      locked = true;
      // REG-4: registrations at or after the signing instant are refused.
      for (const r of arrived) {
        if (r !== owner && r.t >= t && !refused.has(r)) {
          refused.add(r);
          rejected.push({ registrationId: r.id, kind: 'registration', reason: 'registered-after-signing' });
        }
      }
    };
    const refuse = (r: R, reason: RejectionReason) => rejected.push({ registrationId: r.id, kind: 'takeover', reason });

    for (const e of events) {
      if (e.order === 0) {
        arrived.push(e.r);
        if (locked) {
          refused.add(e.r);
          rejected.push({ registrationId: e.r.id, kind: 'registration', reason: 'registered-after-signing' });
        }
      } else if (e.order === 1) {
        if (e.stage <= (maxStage.get(e.r) ?? 0)) continue; // not an advance
        maxStage.set(e.r, e.stage);
        if (e.r !== owner || locked) continue;
        if (e.stage >= policy.lockStage) lock(e.t);
        else until = e.t + protection; // REG-3: an advance renews
      } else {
        const x = e.r;
        if (locked) refuse(x, 'customer-locked');
        else if (candidates.length > 0) {
          if (!candidates.includes(x)) refuse(x, 'not-a-candidate');
          else {
            owner = x;
            candidates = [];
            until = e.t + protection;
            if ((maxStage.get(x) ?? 0) >= policy.lockStage) lock(e.t);
          }
        } else if (x === owner) refuse(x, 'already-owner');
        else if (e.t < until) refuse(x, 'protection-running');
        else if (x !== challenger()) refuse(x, 'not-the-challenger');
        else {
          for (const r of arrived) if (r.party === owner!.party) spent.add(r);
          owner = x;
          until = e.t + protection;
          if ((maxStage.get(x) ?? 0) >= policy.lockStage) lock(e.t);
        }
      }
    }

    const tied = candidates.length > 0;
    const open = !tied && !locked && until <= asOf ? challenger() : null;
    out.push({
      customerId,
      status: tied ? 'tied' : locked ? 'locked' : open !== null ? 'takeover-open' : 'owned',
      owner: tied ? null : owner!.id,
      candidates: candidates.map((c) => c.id),
      challenger: open?.id ?? null,
      protectedUntil: tied || locked ? null : until,
      keySupport: !tied && (maxStage.get(owner!) ?? 0) >= policy.keySupportStage,
      rejected,
    });
  }
  return out;
}

/** The fields the reference model gives, from an engine result, to compare with {@link model}. */
export function comparable(r: Ownership): ModelResult {
  return {
    customerId: r.customerId,
    status: r.status,
    owner: r.owner,
    candidates: r.candidates,
    challenger: r.challenger,
    protectedUntil: r.protectedUntil === null ? null : epochOf(r.protectedUntil),
    keySupport: r.keySupport,
    rejected: r.rejected.map(({ registrationId, kind, reason }) => ({ registrationId, kind, reason })),
  };
}
