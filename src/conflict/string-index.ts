/**
 * An open-addressing index from strings to registrations, sized once for the
 * run. At registration volume it beats a `Map`, which grows by rehashing into
 * ever larger tables. Probing is capped: a key that finds no room within the
 * cap (ids crafted to collide, say) goes to a `Map`, so no input can make a
 * look-up slower than that.
 * @module
 */

const MAX_PROBES = 32;

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer. */
function hash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export class StringIndex {
  /** Pairs per slot: registration + 1 (0 for empty), then the key's hash, so a mismatch never reads the key. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private overflow: Map<string, number> | null = null;

  /** Room for `capacity` keys, at most a quarter full. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 4) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /**
   * The registration already holding `key`, whose key is read in `keyOf`; or,
   * when there is none, records `r` for it and answers -1.
   */
  claim(key: string, r: number, keyOf: readonly string[]): number {
    const slots = this.slots;
    const h = hash(key);
    let k = h & this.mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const held = slots[2 * k]!;
      if (held === 0) {
        slots[2 * k] = r + 1;
        slots[2 * k + 1] = h;
        return -1;
      }
      if (slots[2 * k + 1] === h && keyOf[held - 1] === key) return held - 1;
      k = (k + 1) & this.mask;
    }
    this.overflow ??= new Map();
    const held = this.overflow.get(key);
    if (held !== undefined) return held;
    this.overflow.set(key, r);
    return -1;
  }

  /** The registration holding `key`, or -1. */
  find(key: string, keyOf: readonly string[]): number {
    const slots = this.slots;
    const h = hash(key);
    let k = h & this.mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const held = slots[2 * k]!;
      if (held === 0) return -1;
      if (slots[2 * k + 1] === h && keyOf[held - 1] === key) return held - 1;
      k = (k + 1) & this.mask;
    }
    return this.overflow?.get(key) ?? -1;
  }
}
