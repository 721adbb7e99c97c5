/**
 * An open-addressing index from strings to registrations, sized once for the
 * run. At registration volume it beats a `Map`, which grows by rehashing into
 * ever larger tables. Probing is capped: a key that finds no room within the
 * cap (ids crafted to collide, say) goes to a `Map`, so no input can make a
 * look-up slower than that.
 * @module
 */

const MAX_PROBES = 32;

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class StringIndex {
  /** Registration + 1 per slot; 0 for empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private overflow: Map<string, number> | null = null;

  /** Room for `capacity` keys, at most half full. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /**
   * The registration already holding `key`, whose key is read in `keyOf`; or,
   * when there is none, records `r` for it and answers -1.
   */
  claim(key: string, r: number, keyOf: readonly string[]): number {
    const slots = this.slots;
    let k = hash(key) & this.mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const held = slots[k]!;
      if (held === 0) {
        slots[k] = r + 1;
        return -1;
      }
      if (keyOf[held - 1] === key) return held - 1;
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
    let k = hash(key) & this.mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const held = slots[k]!;
      if (held === 0) return -1;
      if (keyOf[held - 1] === key) return held - 1;
      k = (k + 1) & this.mask;
    }
    return this.overflow?.get(key) ?? -1;
  }
}
