import { TagLists } from './tag-lists.ts';

/** Names ↔ small ints, in first-seen order. */
export class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** What one search wants from a column, ready for the ranking loop. */
export interface ColumnQuery {
  /** The wanted bits, and the indexes of the words that have any. */
  want: Uint32Array;
  words: number[];
  /** 0/1 per interned id, for the rare tags past the bitset; null when none are wanted. */
  overflow: Uint8Array | null;
}

/**
 * A set of tags per slot: a fixed-width bitset for the first `words × 32` interned ids (the
 * taxonomy is interned first, so listed tags always land there) and a list for the rest (free
 * tags), which the loop only reads when the search asks for one of them.
 */
export class TagColumn {
  readonly interner = new Interner();
  bits = new Uint32Array(0);
  readonly overflow = new TagLists();

  constructor(
    readonly words: number,
    preset: readonly string[],
  ) {
    for (const name of preset) this.interner.id(name);
  }

  grow(capacity: number) {
    const bits = new Uint32Array(capacity * this.words);
    bits.set(this.bits);
    this.bits = bits;
    this.overflow.grow(capacity);
  }

  set(slot: number, names: readonly string[]) {
    const base = slot * this.words;
    this.bits.fill(0, base, base + this.words);
    const extra: number[] = [];
    const limit = this.words * 32;
    for (const name of new Set(names)) {
      const id = this.interner.id(name);
      const at = base + (id >>> 5);
      if (id < limit) this.bits[at] = (this.bits[at] as number) | (1 << (id & 31));
      else extra.push(id);
    }
    if (extra.length || this.overflow.length[slot]) this.overflow.set(slot, extra);
  }

  clear(slot: number) {
    this.bits.fill(0, slot * this.words, (slot + 1) * this.words);
    this.overflow.clear(slot);
  }

  query(names: readonly string[]): ColumnQuery {
    const want = new Uint32Array(this.words);
    let overflow: Uint8Array | null = null;
    const limit = this.words * 32;
    for (const name of names) {
      const id = this.interner.ids.get(name);
      if (id === undefined) continue; // nobody has it
      if (id < limit) want[id >>> 5] = (want[id >>> 5] as number) | (1 << (id & 31));
      else {
        overflow ??= new Uint8Array(this.interner.names.length);
        overflow[id] = 1;
      }
    }
    const words = [...want.keys()].filter((i) => want[i] !== 0);
    return { want, words, overflow };
  }
}
