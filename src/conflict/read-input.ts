/**
 * The boundary of `resolveOwnership` (CONV-3, CONV-5, REG-1): checks every
 * record and turns it into the engine's own values.
 *
 * Hand-written rather than a zod schema because it reads hundreds of
 * thousands of records per call; the rules are those of a strict schema (a
 * misspelt optional field such as `progres` or `takeover` would silently
 * change who owns a customer). For the same reason the clean records are held
 * as parallel arrays indexed by registration, not as one object per
 * registration or per stage: a run would otherwise allocate a million small
 * objects before computing anything.
 * @module
 */
import { PolicyError, type PolicyIssue, receivedValue, unreadable } from '../core/errors.js';
import { formatInstant, parseInstant } from './instants.js';
import { StringIndex } from './string-index.js';

/** No registration. */
export const NONE = -1;

/**
 * The valid registrations, as parallel arrays indexed by registration (in
 * input order), and the state of the run that replays them. Numbers live in
 * typed arrays sized once: nothing to grow, nothing for the collector to scan.
 */
export class Registry {
  /** How many registrations have been appended. */
  size = 0;
  /** Registration ids, unique. */
  readonly id: string[] = [];
  readonly customerId: string[] = [];
  readonly partyId: string[] = [];
  /** 1 for a partner, 0 for direct sales. */
  readonly partner: Uint8Array;
  /** Registration instants, epoch ms. */
  readonly t: Float64Array;
  /** Position in the input, for messages. */
  readonly index: Int32Array;
  /** The progress of registration `r` is at `stepFrom[r]` up to `stepFrom[r + 1]` in the step arrays. */
  readonly stepFrom: Int32Array;
  /** Stage instants, epoch ms; each registration's sorted by instant then stage, never going back. */
  readonly stepT: number[] = [];
  readonly stepStage: number[] = [];

  // The run's state, per registration.
  /** Position among its customer's registrations sorted by instant, then id. */
  readonly rank: Int32Array;
  /** The next step to replay. */
  readonly next: Int32Array;
  /** Highest stage seen so far. */
  readonly maxStage: Uint8Array;
  /** 1 when it lost the customer by a takeover, itself or another registration of its party (REG-3). */
  readonly spent: Uint8Array;
  /** 1 when made at or after the owner's signing (REG-4). */
  readonly rejected: Uint8Array;
  /** The customer's next known registration: a list without an array per customer. */
  readonly sibling: Int32Array;

  /** Room for `capacity` registrations. */
  constructor(capacity: number) {
    this.partner = new Uint8Array(capacity);
    this.t = new Float64Array(capacity);
    this.index = new Int32Array(capacity);
    this.stepFrom = new Int32Array(capacity + 1);
    this.rank = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.maxStage = new Uint8Array(capacity);
    this.spent = new Uint8Array(capacity);
    this.rejected = new Uint8Array(capacity);
    this.sibling = new Int32Array(capacity).fill(NONE);
  }

  /** Appends a registration whose steps were just appended to the step arrays. */
  append(id: string, customerId: string, partner: number, partyId: string, t: number, index: number): void {
    const r = this.size++;
    this.id.push(id);
    this.customerId.push(customerId);
    this.partyId.push(partyId);
    this.partner[r] = partner;
    this.t[r] = t;
    this.index[r] = index;
    this.stepFrom[r + 1] = this.stepT.length;
  }
}

/** A recorded takeover. */
export interface Move {
  readonly t: number;
  /** The registration taking over. */
  readonly reg: number;
}

/** The clean input: the records known at `asOf`, grouped by customer. */
export interface CleanInput {
  readonly asOf: number;
  readonly registry: Registry;
  /** One registration of each customer, sorted by customer id (UTF-16 code units); the others follow through `sibling`. */
  readonly customers: number[];
  /** The known takeovers of each customer that has any, by the customer's entry in `customers`. */
  readonly moves: Map<number, Move[]>;
}

type Path = (string | number)[];

/** Issues are capped so that a file of bad rows gives a readable error, not a million lines. */
const MAX_ISSUES = 100;

class Issues {
  readonly list: PolicyIssue[] = [];
  private more = 0;

  add(path: Path, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    else this.more++;
  }

  get count(): number {
    return this.list.length + this.more;
  }

  throwIfAny(): void {
    if (this.count === 0) return;
    const list = this.more === 0 ? this.list : [...this.list, { path: [], message: `and ${this.more} more problems` }];
    throw new PolicyError('INVALID_INPUT', list);
  }
}

const INSTANT_MESSAGE = 'must be an ISO 8601 instant with an offset, such as "2026-04-10T09:30:00+08:00"';
const UNKNOWN = 'is not a known field';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isStage(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

function nameMessage(value: unknown): string {
  return value === undefined ? 'is required (expected a non-empty string)' : `must be a non-empty string, got ${receivedValue(value)}`;
}

function instantMessage(value: unknown): string {
  return value === undefined ? `is required (${INSTANT_MESSAGE.replace('must be ', 'expected ')})` : `${INSTANT_MESSAGE}, got ${receivedValue(value)}`;
}

/** The items of an array (as is) or of another iterable; `null` for anything else. Throws what the iterator throws. */
function itemsOf(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null || typeof (value as Iterable<unknown>)[Symbol.iterator] !== 'function') return null;
  return Array.from(value as Iterable<unknown>);
}

const topKey = (k: string) => k === 'registrations' || k === 'takeovers' || k === 'asOf';
const registrationKey = (k: string) => k === 'id' || k === 'customerId' || k === 'party' || k === 'registeredAt' || k === 'progress';
const partyKey = (k: string) => k === 'kind' || k === 'id';
const progressKey = (k: string) => k === 'stage' || k === 'at';
const takeoverKey = (k: string) => k === 'customerId' || k === 'registrationId' || k === 'at';

/** Reads the input; one instance per call. */
class Reader {
  readonly issues = new Issues();
  registry = new Registry(0);
  private byId = new StringIndex(0);
  /** Input index of each progress entry, in step order, for messages. */
  private readonly stepIndex: number[] = [];
  /** The party id read by the last call of `party`: each field is read once. */
  private partyId = '';

  /** Makes room for `count` registrations. */
  begin(count: number): void {
    this.registry = new Registry(count);
    this.byId = new StringIndex(count);
  }

  /** Reads registration `i`; appends it to the registry when valid. */
  registration(value: unknown, i: number): void {
    const issues = this.issues;
    if (!isRecord(value)) {
      issues.add(['registrations', i], `must be an object { id, customerId, party, registeredAt, progress? }, got ${receivedValue(value)}`);
      return;
    }
    let field = 'id';
    try {
      const id = value.id;
      field = 'customerId';
      const customerId = value.customerId;
      field = 'party';
      const party = value.party;
      const partner = this.party(party, i);
      field = 'registeredAt';
      const registeredAt = value.registeredAt;
      field = 'progress';
      const progress = value.progress;
      field = '';
      const before = issues.count;
      for (const key in value) if (!registrationKey(key)) issues.add(['registrations', i, key], UNKNOWN);
      if (!isName(id)) issues.add(['registrations', i, 'id'], nameMessage(id));
      if (!isName(customerId)) issues.add(['registrations', i, 'customerId'], nameMessage(customerId));
      const t = parseInstant(registeredAt);
      if (t !== t) issues.add(['registrations', i, 'registeredAt'], instantMessage(registeredAt));
      const reg = this.registry;
      const from = reg.stepT.length;
      if (progress !== undefined) this.progress(progress, t, i);
      if (issues.count === before && partner >= 0) {
        const first = this.byId.claim(id as string, reg.size, reg.id);
        if (first >= 0) issues.add(['registrations', i, 'id'], `duplicates the id of registrations[${reg.index[first]!}] (REG-1)`);
      }
      if (issues.count > before || partner < 0) {
        // Not appended, so its steps go too and the arrays stay aligned.
        this.dropSteps(from);
        return;
      }
      reg.append(id as string, customerId as string, partner, this.partyId, t, i);
    } catch (e) {
      issues.add(field === '' ? ['registrations', i] : ['registrations', i, field], unreadable(e));
    }
  }

  /** 1 for a partner, 0 for direct sales, -1 when invalid (reported); the id goes to `partyId`. */
  private party(value: unknown, i: number): number {
    const issues = this.issues;
    if (!isRecord(value)) {
      issues.add(
        ['registrations', i, 'party'],
        value === undefined ? "is required (expected { kind: 'partner' | 'direct', id })" : `must be an object { kind: 'partner' | 'direct', id }, got ${receivedValue(value)}`,
      );
      return -1;
    }
    const kind = value.kind;
    const id = value.id;
    for (const key in value) if (!partyKey(key)) issues.add(['registrations', i, 'party', key], UNKNOWN);
    let good = true;
    if (kind !== 'partner' && kind !== 'direct') {
      issues.add(['registrations', i, 'party', 'kind'], `must be "partner" or "direct", got ${receivedValue(kind)}`);
      good = false;
    }
    if (!isName(id)) {
      issues.add(['registrations', i, 'party', 'id'], nameMessage(id));
      good = false;
    }
    if (!good) return -1;
    this.partyId = id as string;
    return kind === 'partner' ? 1 : 0;
  }

  private dropSteps(from: number): void {
    this.registry.stepT.length = from;
    this.registry.stepStage.length = from;
    this.stepIndex.length = from;
  }

  /**
   * Appends the progress of registration `i` (made at `registeredAt`, NaN when
   * that is invalid) to the step arrays, sorted by instant then stage, and
   * checks it against REG-1.
   */
  private progress(value: unknown, registeredAt: number, i: number): void {
    const issues = this.issues;
    let items: readonly unknown[] | null;
    try {
      items = itemsOf(value);
    } catch (e) {
      issues.add(['registrations', i, 'progress'], unreadable(e));
      return;
    }
    if (items === null) {
      issues.add(['registrations', i, 'progress'], `must be an array of { stage, at } entries, got ${receivedValue(value)}`);
      return;
    }
    const { stepT, stepStage } = this.registry;
    const stepIndex = this.stepIndex;
    const from = stepT.length;
    let sorted = true;
    for (let j = 0; j < items.length; j++) {
      let field = '';
      try {
        const item = items[j];
        if (!isRecord(item)) {
          issues.add(['registrations', i, 'progress', j], `must be an object { stage, at }, got ${receivedValue(item)}`);
          continue;
        }
        field = 'stage';
        const stage = item.stage;
        field = 'at';
        const at = item.at;
        field = '';
        for (const key in item) if (!progressKey(key)) issues.add(['registrations', i, 'progress', j, key], UNKNOWN);
        const good = isStage(stage);
        if (!good) {
          issues.add(['registrations', i, 'progress', j, 'stage'], stage === undefined ? 'is required (expected a stage 1 to 5)' : `must be a stage 1 to 5, got ${receivedValue(stage)}`);
        }
        const t = parseInstant(at);
        if (t !== t) issues.add(['registrations', i, 'progress', j, 'at'], instantMessage(at));
        else if (t < registeredAt) issues.add(['registrations', i, 'progress', j, 'at'], 'is before the registration it belongs to (REG-1)');
        else if (good) {
          const n = stepT.length;
          if (n > from && (t < stepT[n - 1]! || (t === stepT[n - 1]! && stage < stepStage[n - 1]!))) sorted = false;
          stepT.push(t);
          stepStage.push(stage);
          stepIndex.push(j);
        }
      } catch (e) {
        issues.add(field === '' ? ['registrations', i, 'progress', j] : ['registrations', i, 'progress', j, field], unreadable(e));
      }
    }
    if (!sorted) this.sortSteps(from);
    let topStage = 0;
    let topAt = 0;
    for (let k = from; k < stepT.length; k++) {
      const stage = stepStage[k]!;
      // REG-1: a stage never goes back. Equal instants are read in stage order, so only a later one can.
      if (stage < topStage) {
        issues.add(['registrations', i, 'progress', stepIndex[k]!, 'stage'], `goes back to stage ${stage} after stage ${topStage} was reached at ${formatInstant(topAt)} (REG-1)`);
      } else {
        topStage = stage;
        topAt = stepT[k]!;
      }
    }
  }

  /** Sorts the steps from `from` to the end by instant, then stage (progress may come in any order). */
  private sortSteps(from: number): void {
    const { stepT, stepStage } = this.registry;
    const stepIndex = this.stepIndex;
    const order: number[] = [];
    for (let k = from; k < stepT.length; k++) order.push(k);
    order.sort((a, b) => stepT[a]! - stepT[b]! || stepStage[a]! - stepStage[b]!);
    const t = order.map((k) => stepT[k]!);
    const stage = order.map((k) => stepStage[k]!);
    const index = order.map((k) => stepIndex[k]!);
    for (let k = 0; k < order.length; k++) {
      stepT[from + k] = t[k]!;
      stepStage[from + k] = stage[k]!;
      stepIndex[from + k] = index[k]!;
    }
  }

  /** Reads takeover `k`; `lookup` is false when bad registrations make the cross-checks guesses. */
  takeover(value: unknown, k: number, lookup: boolean): Move | null {
    const issues = this.issues;
    if (!isRecord(value)) {
      issues.add(['takeovers', k], `must be an object { customerId, registrationId, at }, got ${receivedValue(value)}`);
      return null;
    }
    let field = 'customerId';
    try {
      const customerId = value.customerId;
      field = 'registrationId';
      const registrationId = value.registrationId;
      field = 'at';
      const at = value.at;
      field = '';
      const before = issues.count;
      for (const key in value) if (!takeoverKey(key)) issues.add(['takeovers', k, key], UNKNOWN);
      if (!isName(customerId)) issues.add(['takeovers', k, 'customerId'], nameMessage(customerId));
      if (!isName(registrationId)) issues.add(['takeovers', k, 'registrationId'], nameMessage(registrationId));
      const t = parseInstant(at);
      if (t !== t) issues.add(['takeovers', k, 'at'], instantMessage(at));
      if (issues.count > before || !lookup) return null;
      const reg = this.registry;
      const r = this.byId.find(registrationId as string, reg.id);
      if (r < 0) {
        issues.add(['takeovers', k, 'registrationId'], `names no registration in registrations, got ${receivedValue(registrationId)}`);
        return null;
      }
      if (reg.customerId[r] !== customerId) {
        issues.add(['takeovers', k, 'customerId'], `is not the customer of registrations[${reg.index[r]!}] (${receivedValue(reg.customerId[r])})`);
        return null;
      }
      if (t < reg.t[r]!) {
        issues.add(['takeovers', k, 'at'], `is before registrations[${reg.index[r]!}], the registration it names, was made`);
        return null;
      }
      return { t, reg: r };
    } catch (e) {
      issues.add(field === '' ? ['takeovers', k] : ['takeovers', k, field], unreadable(e));
      return null;
    }
  }
}

/**
 * Validates `{ registrations, takeovers?, asOf }` and groups the records known
 * at `asOf` by customer. Throws one `PolicyError` naming every bad field, and
 * the data errors of REG-1: duplicate ids, progress before its registration,
 * a stage going back; and takeovers naming an unknown registration, another
 * customer's, or dated before it.
 */
export function readInput(input: unknown): CleanInput {
  let record: boolean;
  try {
    record = isRecord(input);
  } catch (e) {
    throw new PolicyError('INVALID_INPUT', [{ path: [], message: unreadable(e) }]);
  }
  if (!record) {
    throw new PolicyError('INVALID_INPUT', [{ path: [], message: `must be an object { registrations, takeovers?, asOf }, got ${receivedValue(input)}` }]);
  }
  const fields = input as Record<string, unknown>;
  const reader = new Reader();
  const issues = reader.issues;
  let field = 'asOf';
  let registrations: unknown;
  let takeovers: unknown;
  let asOfValue: unknown;
  try {
    asOfValue = fields.asOf;
    field = 'registrations';
    registrations = fields.registrations;
    field = 'takeovers';
    takeovers = fields.takeovers;
    field = '';
    for (const key in fields) if (!topKey(key)) issues.add([key], UNKNOWN);
  } catch (e) {
    throw new PolicyError('INVALID_INPUT', [{ path: field === '' ? [] : [field], message: unreadable(e) }]);
  }
  const asOf = parseInstant(asOfValue);
  if (asOf !== asOf) issues.add(['asOf'], instantMessage(asOfValue));

  const issuesBefore = issues.count;
  let list: readonly unknown[] | null = null;
  let count = 0;
  try {
    list = itemsOf(registrations);
    if (list === null) {
      issues.add(['registrations'], registrations === undefined ? 'is required (expected an array of registrations)' : `must be an array of registrations, got ${receivedValue(registrations)}`);
    } else count = list.length;
  } catch (e) {
    list = null;
    issues.add(['registrations'], unreadable(e));
  }
  if (list !== null) {
    reader.begin(count);
    // One try for the whole loop, not one per item: what registration() does not catch itself (reading
    // list[i], or looking at a value that cannot be looked at) fails at item i, and the loop goes on after it.
    let i = 0;
    while (i < count) {
      try {
        for (; i < count; i++) reader.registration(list[i], i);
      } catch (e) {
        issues.add(['registrations', i], unreadable(e));
        i++;
      }
    }
  }

  const moves: Move[] = [];
  if (takeovers !== undefined) {
    // With bad registrations, the one a takeover names may just have failed its own checks: no guesses.
    const lookup = issues.count === issuesBefore;
    let items: readonly unknown[] | null = null;
    let length = 0;
    try {
      items = itemsOf(takeovers);
      if (items === null) issues.add(['takeovers'], `must be an array of takeovers, got ${receivedValue(takeovers)}`);
      else length = items.length;
    } catch (e) {
      items = null;
      issues.add(['takeovers'], unreadable(e));
    }
    if (items !== null) {
      // As for the registrations: one try for the loop, and a failure at item k.
      let k = 0;
      while (k < length) {
        try {
          for (; k < length; k++) {
            const move = reader.takeover(items[k], k, lookup);
            if (move !== null) moves.push(move);
          }
        } catch (e) {
          issues.add(['takeovers', k], unreadable(e));
          k++;
        }
      }
    }
  }
  issues.throwIfAny();

  // REG-1: records after asOf are not yet known.
  const registry = reader.registry;
  const { t, customerId, sibling } = registry;
  const heads = new StringIndex(registry.size);
  const customers: number[] = [];
  for (let r = 0; r < registry.size; r++) {
    if (t[r]! > asOf) continue;
    const head = heads.claim(customerId[r]!, r, customerId);
    if (head < 0) customers.push(r);
    else {
      // Linked in after the head: the order within a customer does not matter, it is sorted later.
      sibling[r] = sibling[head]!;
      sibling[head] = r;
    }
  }
  customers.sort((a, b) => (customerId[a]! < customerId[b]! ? -1 : customerId[a]! > customerId[b]! ? 1 : 0));
  const byCustomer = new Map<number, Move[]>();
  for (const move of moves) {
    if (move.t > asOf) continue;
    const head = heads.find(customerId[move.reg]!, customerId);
    const list = byCustomer.get(head);
    if (list === undefined) byCustomer.set(head, [move]);
    else list.push(move);
  }
  return { asOf, registry, customers, moves: byCustomer };
}
