import type { CohortGraph } from './cohort-graph.ts';

/**
 * Mentee-proposing deferred acceptance with capacities (Gale–Shapley). Each free mentee
 * proposes to the next mentor on their list (higher score first, then lower mentor index);
 * a mentor holds their best `slots` proposals (higher score first, then lower mentee index)
 * and releases the rest, who propose again. The result is the mentee-optimal stable matching,
 * which does not depend on the order proposals are made in.
 */
export function stableMatching(graph: CohortGraph): Int32Array {
  const { menteeCount: nE, mentorCount: nM, start, mentor, score, slots, locked } = graph;
  const firstSlot = new Int32Array(nM + 1);
  for (let j = 0; j < nM; j++)
    firstSlot[j + 1] = (firstSlot[j] as number) + Math.max(0, slots[j] as number);
  const heldMentee = new Int32Array(firstSlot[nM] as number).fill(-1);
  const heldScore = new Int16Array(firstSlot[nM] as number);
  const heldCount = new Int32Array(nM);
  const next = Int32Array.from(start.subarray(0, nE));
  const assignment = new Int32Array(nE).fill(-1);
  const free: number[] = [];
  for (let i = nE - 1; i >= 0; i--) if (!locked[i]) free.push(i);

  while (free.length) {
    const i = free.pop() as number;
    const end = start[i + 1] as number;
    while ((next[i] as number) < end) {
      const e = next[i] as number;
      next[i] = e + 1;
      const j = mentor[e] as number;
      const s = score[e] as number;
      const base = firstSlot[j] as number;
      const cap = (firstSlot[j + 1] as number) - base;
      const held = heldCount[j] as number;
      if (held < cap) {
        heldMentee[base + held] = i;
        heldScore[base + held] = s;
        heldCount[j] = held + 1;
        assignment[i] = j;
        break;
      }
      // The least preferred mentee the mentor holds.
      let worst = base;
      for (let k = base + 1; k < base + cap; k++) {
        const ws = heldScore[worst] as number;
        const ks = heldScore[k] as number;
        if (ks < ws || (ks === ws && (heldMentee[k] as number) > (heldMentee[worst] as number)))
          worst = k;
      }
      const ws = heldScore[worst] as number;
      const wi = heldMentee[worst] as number;
      if (s > ws || (s === ws && i < wi)) {
        heldMentee[worst] = i;
        heldScore[worst] = s;
        assignment[i] = j;
        assignment[wi] = -1;
        free.push(wi);
        break;
      }
    }
  }
  return assignment;
}

/**
 * The blocking pairs of an assignment over the graph's allowed pairs: a mentee and a mentor
 * who both strictly prefer each other (same strict orders as above) to what they have — the
 * mentor having a free place or holding someone they like less.
 */
export function blockingPairsOf(
  graph: CohortGraph,
  assignment: Int32Array,
): { mentee: number; mentor: number }[] {
  const { menteeCount: nE, mentorCount: nM, start, mentor, score, slots, locked } = graph;
  // Per mentor: how many they hold, and the least preferred (score, mentee) they hold.
  const held = new Int32Array(nM);
  const worstScore = new Int16Array(nM).fill(101);
  const worstMentee = new Int32Array(nM).fill(-1);
  const assignedScore = new Int16Array(nE).fill(-1);
  for (let i = 0; i < nE; i++) {
    const j = assignment[i] as number;
    if (j < 0 || locked[i]) continue;
    let s = -1;
    for (let e = start[i] as number; e < (start[i + 1] as number); e++)
      if (mentor[e] === j) s = score[e] as number;
    assignedScore[i] = s;
    held[j] = (held[j] as number) + 1;
    const ws = worstScore[j] as number;
    if (s < ws || (s === ws && i > (worstMentee[j] as number))) {
      worstScore[j] = s;
      worstMentee[j] = i;
    }
  }
  const out: { mentee: number; mentor: number }[] = [];
  for (let i = 0; i < nE; i++) {
    if (locked[i]) continue;
    const current = assignment[i] as number;
    for (let e = start[i] as number; e < (start[i + 1] as number); e++) {
      const j = mentor[e] as number;
      // The list is in the mentee's order: everything after their mentor is liked less.
      if (j === current) break;
      const s = score[e] as number;
      const hasRoom = (held[j] as number) < (slots[j] as number);
      const ws = worstScore[j] as number;
      const prefers = s > ws || (s === ws && i < (worstMentee[j] as number));
      if (hasRoom || prefers) out.push({ mentee: i, mentor: j });
    }
  }
  return out;
}
