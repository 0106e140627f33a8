/**
 * Short integer lists per index slot (a mentor's stack tags, languages, experiences), packed
 * into one growing Int32Array so the ranking loop reads contiguous memory instead of chasing
 * JS arrays. Rewriting a slot appends its new list; the pool is compacted whenever it has to grow.
 */
export class TagLists {
  private pool = new Int32Array(1024);
  private used = 0;
  private garbage = 0;
  start = new Int32Array(1024);
  length = new Uint16Array(1024);

  /** Makes room for slots up to `capacity` (exclusive). */
  grow(capacity: number) {
    if (capacity <= this.start.length) return;
    const start = new Int32Array(capacity);
    start.set(this.start);
    const length = new Uint16Array(capacity);
    length.set(this.length);
    this.start = start;
    this.length = length;
  }

  get data(): Int32Array {
    return this.pool;
  }

  set(slot: number, values: readonly number[]) {
    this.clear(slot); // its old list is garbage now, and is not copied when compacting
    if (this.used + values.length > this.pool.length) this.makeRoom(values.length);
    this.pool.set(values, this.used);
    this.start[slot] = this.used;
    this.length[slot] = values.length;
    this.used += values.length;
  }

  clear(slot: number) {
    this.garbage += this.length[slot] ?? 0;
    this.length[slot] = 0;
  }

  private makeRoom(extra: number) {
    const live = this.used - this.garbage;
    const size = Math.max(1024, (live + extra) * 2);
    const pool = new Int32Array(size);
    // Copying compacts: only live lists move over.
    let at = 0;
    for (let slot = 0; slot < this.start.length; slot++) {
      const n = this.length[slot] ?? 0;
      if (n === 0) continue;
      const from = this.start[slot] ?? 0;
      pool.set(this.pool.subarray(from, from + n), at);
      this.start[slot] = at;
      at += n;
    }
    this.used = at;
    this.garbage = 0;
    this.pool = pool;
  }
}
