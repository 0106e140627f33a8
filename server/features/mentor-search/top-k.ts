/**
 * A number that orders like the string's first three UTF-16 units (exactly), so most ties on
 * score are broken without comparing strings.
 */
export function idKey(id: string): number {
  return (
    (id.charCodeAt(0) || 0) * 2 ** 32 + (id.charCodeAt(1) || 0) * 2 ** 16 + (id.charCodeAt(2) || 0)
  );
}

/**
 * A bounded min-heap keeping the K best (score desc, user id asc) entries seen so far. The
 * root is the worst kept entry, so most candidates are rejected with one integer comparison.
 */
export class TopK {
  readonly scores: Int32Array;
  readonly slots: Int32Array;
  size = 0;

  constructor(
    readonly k: number,
    private readonly ids: readonly string[],
    /** idKey(id) per slot: orders like the ids themselves, compared first. */
    private readonly keys: Float64Array,
  ) {
    this.scores = new Int32Array(k);
    this.slots = new Int32Array(k);
  }

  /** True when entry a ranks below entry b. */
  private worse(sa: number, a: number, sb: number, b: number): boolean {
    if (sa !== sb) return sa < sb;
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    if (ka !== kb) return ka > kb;
    return (this.ids[a] as string) > (this.ids[b] as string);
  }

  offer(score: number, slot: number) {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      // Sift up.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const ps = this.scores[parent] as number;
        const pslot = this.slots[parent] as number;
        if (!this.worse(score, slot, ps, pslot)) break;
        this.scores[i] = ps;
        this.slots[i] = pslot;
        i = parent;
      }
      this.scores[i] = score;
      this.slots[i] = slot;
      return;
    }
    const rootScore = this.scores[0] as number;
    if (score < rootScore) return;
    if (!this.worse(rootScore, this.slots[0] as number, score, slot)) return;
    // Replace the root and sift down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.k) break;
      const r = l + 1;
      let c = l;
      if (
        r < this.k &&
        this.worse(
          this.scores[r] as number,
          this.slots[r] as number,
          this.scores[l] as number,
          this.slots[l] as number,
        )
      )
        c = r;
      if (!this.worse(this.scores[c] as number, this.slots[c] as number, score, slot)) break;
      this.scores[i] = this.scores[c] as number;
      this.slots[i] = this.slots[c] as number;
      i = c;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }

  /** The kept entries, best first. */
  sorted(): { score: number; slot: number }[] {
    const out = [];
    for (let i = 0; i < this.size; i++)
      out.push({ score: this.scores[i] as number, slot: this.slots[i] as number });
    return out.sort((a, b) =>
      b.score !== a.score
        ? b.score - a.score
        : (this.ids[a.slot] as string) < (this.ids[b.slot] as string)
          ? -1
          : 1,
    );
  }
}
