/**
 * The ownership story of one customer (REG-1 to REG-5), replayed in time
 * order from its known records.
 *
 * Decisions where the policy book is silent:
 * - At one instant, registrations are read first, then progress, then
 *   takeovers. So an owner's advance at the very instant of a takeover still
 *   renews its protection, a registration at that instant may be the
 *   challenger, and a registration at the signing instant is refused (REG-4).
 * - The simultaneous group (REG-2) is decided from registration instants
 *   alone; one party's several registrations in it count once, by its first.
 * - A tie has no owner, so no protection runs and nothing locks. People decide
 *   it by recording a takeover for one of the candidates, which then owns the
 *   customer with a fresh protection.
 * - A takeover spends every registration the losing party had made, so it
 *   cannot come back first in line on an old registration; it may register anew.
 * @module
 */
import type { RuleId } from '../core/rules.js';
import type { ConflictPolicy } from '../policy/types.js';
import { formatInstant } from './instants.js';
import { NONE, type Move, type Registry } from './read-input.js';
import type { Ownership, OwnershipEvent, OwnershipEventKind, OwnershipStatus, Rejection, RejectionReason, Stage } from './types.js';

const DAY_MS = 86_400_000;

/** A rule list shared by every event citing it (frozen), with its bit for the result's own list. */
interface Cite {
  readonly list: readonly RuleId[];
  readonly bits: number;
}

const RULE_IDS = ['REG-1', 'REG-2', 'REG-3', 'REG-4', 'REG-5'] as const;

function cite(...ids: (typeof RULE_IDS)[number][]): Cite {
  return { list: Object.freeze(ids), bits: ids.reduce((b, id) => b | (1 << RULE_IDS.indexOf(id)), 0) };
}

const REG1 = cite('REG-1');
const REG12 = cite('REG-1', 'REG-2');
const REG2 = cite('REG-2');
const REG23 = cite('REG-2', 'REG-3');
const REG3 = cite('REG-3');
const REG4 = cite('REG-4');
const REG5 = cite('REG-5');

/** The rule list of each set of bits, in rule order. */
const RULE_LISTS: readonly (readonly RuleId[])[] = Array.from({ length: 1 << RULE_IDS.length }, (_, bits) => RULE_IDS.filter((_, b) => (bits & (1 << b)) !== 0));

const NO_MOVES: readonly Move[] = Object.freeze([]);

/**
 * Replays customers one at a time over the registry of one run. One instance
 * serves the whole run, so a customer costs nothing beyond its result.
 */
export class OwnershipReplay {
  private readonly protectionMs: number;
  private readonly windowMs: number;
  private readonly lockStage: number;
  private readonly keyStage: number;

  // The customer being replayed; registrations are indexes into the registry.
  /** Its registrations sorted by instant, then id (reused from customer to customer). */
  private readonly regs: number[] = [];
  private candidates: number[] = [];
  private firstOwner = NONE;
  private lastCandidate = NONE;
  private severalParties = false;
  private owner = NONE;
  private tied = false;
  private until = 0;
  private lapseNoted = false;
  private locked = false;
  private keyNoted = false;
  private arrived = 0;
  // The challenger changes only when the owner does, or when the line was empty (REG-3).
  private challengerKnown = false;
  private challenger = NONE;
  // Scratch lists reused from customer to customer; each result gets an exact copy.
  private readonly timeline: OwnershipEvent[] = [];
  private readonly rejected: Rejection[] = [];
  private cited = 0;
  // Events at one instant share its text.
  private lastAt = NaN;
  private lastAtText = '';
  // The text of the current protection's end: shown when it lapses, and in the result.
  private untilFor = NaN;
  private untilText = '';
  /** Registrations with progress still to replay, as a heap ordered by their next step. */
  private readonly heap: number[] = [];
  private heapSize = 0;

  constructor(
    policy: ConflictPolicy,
    private readonly reg: Registry,
  ) {
    this.protectionMs = policy.protectionDays * DAY_MS;
    this.windowMs = policy.simultaneityWindowSeconds * 1000;
    this.lockStage = policy.lockStage;
    this.keyStage = policy.keySupportStage;
  }

  /** Replays one customer's known records and reports its ownership as of `asOf`. */
  resolve(customerId: string, first: number, customerMoves: Move[] | undefined, asOf: number): Ownership {
    const reg = this.reg;
    const regs = this.collect(first);
    for (let k = 0; k < regs.length; k++) reg.rank[regs[k]!] = k;
    // Takeovers at one instant are read in registration order, never in input order.
    if (customerMoves !== undefined && customerMoves.length > 1) customerMoves.sort((a, b) => a.t - b.t || reg.rank[a.reg]! - reg.rank[b.reg]!);
    const moves = customerMoves ?? NO_MOVES;
    this.start();
    // The progress of all registrations, merged in time order through the heap.
    this.heapSize = 0;
    for (let k = 0; k < regs.length; k++) {
      const r = regs[k]!;
      const from = reg.stepFrom[r]!;
      reg.next[r] = from;
      if (from < reg.stepFrom[r + 1]! && reg.stepT[from]! <= asOf) this.push(r);
    }

    const heap = this.heap;
    let ri = 0;
    let mi = 0;
    for (;;) {
      const tr = ri < regs.length ? reg.t[regs[ri]!]! : Infinity;
      const ts = this.heapSize > 0 ? reg.stepT[reg.next[heap[0]!]!]! : Infinity;
      const tm = mi < moves.length ? moves[mi]!.t : Infinity;
      const t = tr <= ts ? (tr <= tm ? tr : tm) : ts <= tm ? ts : tm;
      if (t === Infinity) break;
      this.noteLapse(t);
      if (tr === t) this.arrive(regs[ri++]!);
      else if (ts === t) {
        const r = heap[0]!;
        const step = reg.next[r]!;
        this.advance(r, t, reg.stepStage[step]!);
        reg.next[r] = step + 1;
        if (step + 1 < reg.stepFrom[r + 1]! && reg.stepT[step + 1]! <= asOf) this.siftDown(r);
        else this.siftDown(heap[--this.heapSize]!);
      } else this.move(moves[mi++]!);
    }
    this.noteLapse(asOf);
    return this.result(customerId, asOf);
  }

  /** Whether registration `a` sorts before `b`: by instant, then id. */
  private regBefore(a: number, b: number): boolean {
    const ta = this.reg.t[a]!;
    const tb = this.reg.t[b]!;
    return ta !== tb ? ta < tb : this.reg.id[a]! < this.reg.id[b]!;
  }

  /** The customer's registrations sorted by instant, then id. */
  private collect(first: number): number[] {
    const regs = this.regs;
    regs.length = 0;
    for (let r = first; r !== NONE; r = this.reg.sibling[r]!) regs.push(r);
    // Most customers have a handful of registrations: insertion sort, without a call per comparison.
    if (regs.length > 24) return regs.sort((a, b) => (this.regBefore(a, b) ? -1 : 1));
    for (let k = 1; k < regs.length; k++) {
      const r = regs[k]!;
      let j = k - 1;
      while (j >= 0 && this.regBefore(r, regs[j]!)) {
        regs[j + 1] = regs[j]!;
        j--;
      }
      regs[j + 1] = r;
    }
    return regs;
  }

  /**
   * Whether the next step of `a` is due before that of `b`. Steps of different
   * registrations at one instant are read in no particular order, and need none:
   * a step decides something only for the owner, who cannot change before the
   * takeovers at that instant, and each registration's own steps keep their order.
   */
  private stepBefore(a: number, b: number): boolean {
    const reg = this.reg;
    return reg.stepT[reg.next[a]!]! < reg.stepT[reg.next[b]!]!;
  }

  private push(r: number): void {
    const heap = this.heap;
    let k = this.heapSize++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.stepBefore(r, heap[parent]!)) break;
      heap[k] = heap[parent]!;
      k = parent;
    }
    heap[k] = r;
  }

  /** Puts `r` at the top of the heap and lets it sink to its place. */
  private siftDown(r: number): void {
    const heap = this.heap;
    const n = this.heapSize;
    if (n === 0) return;
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= n) break;
      if (child + 1 < n && this.stepBefore(heap[child + 1]!, heap[child]!)) child++;
      if (!this.stepBefore(heap[child]!, r)) break;
      heap[k] = heap[child]!;
      k = child;
    }
    heap[k] = r;
  }

  private sameParty(a: number, b: number): boolean {
    return this.reg.partner[a] === this.reg.partner[b] && this.reg.partyId[a] === this.reg.partyId[b];
  }

  /** REG-1, REG-2: the earliest registration owns, or the winner of the simultaneous group; the window does not chain. */
  private start(): void {
    const regs = this.regs;
    const reg = this.reg;
    const windowEnd = reg.t[regs[0]!]! + this.windowMs;
    let groupSize = 1;
    while (groupSize < regs.length && reg.t[regs[groupSize]!]! <= windowEnd) groupSize++;
    let owner = regs[0]!;
    let candidates: number[] = [];
    let severalParties = false;
    if (groupSize > 1) {
      // The first registration of each party; partners beat direct sales.
      const partners: number[] = [];
      const directs: number[] = [];
      const seen = new Set<string>();
      for (let k = 0; k < groupSize; k++) {
        const r = regs[k]!;
        const key = `${reg.partner[r]}:${reg.partyId[r]!}`;
        if (seen.has(key)) continue;
        seen.add(key);
        (reg.partner[r] === 1 ? partners : directs).push(r);
      }
      severalParties = partners.length + directs.length > 1;
      const winners = partners.length > 0 ? partners : directs;
      if (winners.length === 1) owner = winners[0]!;
      else {
        owner = NONE;
        candidates = winners;
      }
    }
    this.candidates = candidates;
    this.firstOwner = owner;
    this.lastCandidate = candidates.length > 0 ? candidates[candidates.length - 1]! : NONE;
    this.severalParties = severalParties;
    this.owner = owner;
    this.tied = candidates.length > 0;
    this.until = owner === NONE ? 0 : reg.t[owner]! + this.protectionMs;
    this.lapseNoted = false;
    this.locked = false;
    this.keyNoted = false;
    this.arrived = 0;
    this.challengerKnown = false;
    this.challenger = NONE;
    this.timeline.length = 0;
    this.rejected.length = 0;
    this.cited = 0;
  }

  private untilString(): string {
    if (this.until !== this.untilFor) {
      this.untilFor = this.until;
      this.untilText = formatInstant(this.until);
    }
    return this.untilText;
  }

  private text(t: number): string {
    if (t !== this.lastAt) {
      this.lastAt = t;
      this.lastAtText = formatInstant(t);
    }
    return this.lastAtText;
  }

  // Each kind of event is built by one literal, so every event of a kind has one compact shape.

  private note(at: number, event: OwnershipEventKind, r: number, rules: Cite): void {
    this.timeline.push({ at: this.text(at), event, registrationId: this.reg.id[r]!, rules: rules.list });
    this.cited |= rules.bits;
  }

  private noteStage(at: number, event: OwnershipEventKind, r: number, stage: number, rules: Cite): void {
    this.timeline.push({ at: this.text(at), event, registrationId: this.reg.id[r]!, stage: stage as Stage, rules: rules.list });
    this.cited |= rules.bits;
  }

  private refuse(kind: 'registration' | 'takeover', at: number, r: number, reason: RejectionReason, rules: Cite): void {
    const text = this.text(at);
    const id = this.reg.id[r]!;
    this.rejected.push({ registrationId: id, kind, at: text, reason, rules: rules.list });
    const event = kind === 'registration' ? 'registration-rejected' : 'takeover-rejected';
    this.timeline.push({ at: text, event, registrationId: id, reason, rules: rules.list });
    this.cited |= rules.bits;
  }

  private findChallenger(): number {
    if (!this.challengerKnown) {
      const reg = this.reg;
      this.challenger = NONE;
      if (this.owner !== NONE) {
        for (let k = 0; k < this.arrived; k++) {
          const r = this.regs[k]!;
          if (reg.spent[r] || reg.rejected[r] || this.sameParty(r, this.owner)) continue;
          this.challenger = r;
          break;
        }
      }
      this.challengerKnown = true;
    }
    return this.challenger;
  }

  private noteLapse(t: number): void {
    if (this.owner !== NONE && !this.locked && !this.lapseNoted && this.until <= t) {
      this.lapseNoted = true;
      this.timeline.push({ at: this.untilString(), event: 'protection-lapsed', registrationId: this.reg.id[this.owner]!, rules: REG3.list });
      this.cited |= REG3.bits;
    }
  }

  private noteKeySupport(at: number, stage: number): void {
    if (!this.keyNoted && stage >= this.keyStage) {
      this.keyNoted = true;
      this.noteStage(at, 'key-support', this.owner, stage, REG5);
    }
  }

  private lock(at: number, stage: number): void {
    this.locked = true;
    this.noteStage(at, 'locked', this.owner, stage, REG4);
    // REG-4: registrations made at the signing instant were read before it, and are refused too.
    const reg = this.reg;
    let k = this.arrived;
    while (k > 0 && reg.t[this.regs[k - 1]!] === at) k--;
    for (; k < this.arrived; k++) {
      const r = this.regs[k]!;
      if (r === this.owner || reg.rejected[r]) continue;
      reg.rejected[r] = 1;
      this.refuse('registration', at, r, 'registered-after-signing', REG4);
    }
  }

  private arrive(r: number): void {
    const t = this.reg.t[r]!;
    this.arrived++;
    if (this.locked) {
      this.reg.rejected[r] = 1;
      this.refuse('registration', t, r, 'registered-after-signing', REG4);
      return;
    }
    // The timeline lists decisions: a registration that only joins the line is in the input already.
    if (r === this.firstOwner) this.note(t, 'owns', r, this.severalParties ? REG12 : REG1);
    if (this.tied && r === this.lastCandidate) {
      // The earliest registrations (REG-1), simultaneous and of several parties (REG-2).
      for (const c of this.candidates) this.note(t, 'tied', c, REG12);
    }
    if (this.challengerKnown && this.challenger === NONE && this.owner !== NONE && !this.sameParty(r, this.owner)) this.challenger = r;
  }

  private advance(r: number, t: number, stage: number): void {
    // REG-3: an advance is a stage higher than any earlier one of that registration.
    if (stage <= this.reg.maxStage[r]!) return;
    this.reg.maxStage[r] = stage;
    if (r !== this.owner || this.locked) return;
    if (stage >= this.lockStage) this.lock(t, stage);
    else {
      this.until = t + this.protectionMs;
      this.lapseNoted = false;
      this.noteStage(t, 'advanced', r, stage, REG3);
    }
    this.noteKeySupport(t, stage);
  }

  private takeOver(m: Move, rules: Cite): void {
    const x = m.reg;
    const stage = this.reg.maxStage[x]!;
    this.owner = x;
    this.tied = false;
    this.challengerKnown = false;
    this.keyNoted = false;
    this.lapseNoted = false;
    this.until = m.t + this.protectionMs; // REG-3: a fresh protection for the new owner
    this.note(m.t, 'took-over', x, rules);
    if (stage >= this.lockStage) this.lock(m.t, stage);
    this.noteKeySupport(m.t, stage);
  }

  private move(m: Move): void {
    const x = m.reg;
    if (this.locked) return this.refuse('takeover', m.t, x, 'customer-locked', REG4);
    if (this.tied) {
      if (!this.candidates.includes(x)) return this.refuse('takeover', m.t, x, 'not-a-candidate', REG2);
      return this.takeOver(m, REG23);
    }
    if (x === this.owner) return this.refuse('takeover', m.t, x, 'already-owner', REG3);
    if (m.t < this.until) return this.refuse('takeover', m.t, x, 'protection-running', REG3);
    if (x !== this.findChallenger()) return this.refuse('takeover', m.t, x, 'not-the-challenger', REG3);
    for (let k = 0; k < this.arrived; k++) {
      const r = this.regs[k]!;
      if (this.sameParty(r, this.owner)) this.reg.spent[r] = 1;
    }
    this.takeOver(m, REG3);
  }

  private result(customerId: string, asOf: number): Ownership {
    let status: OwnershipStatus;
    let open = NONE;
    if (this.tied) status = 'tied';
    else if (this.locked) status = 'locked';
    else {
      open = this.until <= asOf ? this.findChallenger() : NONE;
      status = open === NONE ? 'owned' : 'takeover-open';
    }
    const protectedUntil = status === 'owned' || status === 'takeover-open' ? this.untilString() : null;
    if (protectedUntil !== null) this.cited |= REG3.bits;
    const rules = RULE_LISTS[this.cited]!.slice();
    const owner = this.tied ? NONE : this.owner;
    const ids = this.reg.id;
    return {
      customerId,
      status,
      owner: owner === NONE ? null : ids[owner]!,
      candidates: this.tied ? this.candidates.map((c) => ids[c]!) : [],
      challenger: open === NONE ? null : ids[open]!,
      protectedUntil,
      keySupport: owner !== NONE && this.reg.maxStage[owner]! >= this.keyStage,
      rejected: this.rejected.slice(),
      rules,
      timeline: this.timeline.slice(),
    };
  }
}
