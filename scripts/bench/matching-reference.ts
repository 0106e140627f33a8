import type { CohortGraph } from '../../server/features/cohort-matching/engine/cohort-graph.ts';

/**
 * The benchmark's independent checker: an exact maximum-weight b-matching by successive
 * shortest paths (min-cost flow with Johnson potentials and Dijkstra), on EVERY allowed pair —
 * no candidate lists, no LP, nothing shared with the engine but the scored pairs.
 *
 * Network: mentee → mentor (cost −weight), mentor → sink (its free places), mentee → sink
 * (staying unmatched, cost 0). Mentees join one at a time; each join augments along a
 * cheapest path, which keeps the flow optimal for the mentees so far (the classic invariant),
 * so after the last one the total weight is the optimum. Integer weights, exact arithmetic.
 */
export function referenceMatching(
  graph: CohortGraph,
  weightOf: (score: number) => number,
): { totalScore: number; matched: number; totalWeight: number } {
  const { menteeCount: nE, mentorCount: nM, start, mentor, score, slots, locked } = graph;
  const SINK = nE + nM;
  const N = SINK + 1;
  const weight = new Float64Array(101);
  for (let s = 0; s <= 100; s++) weight[s] = weightOf(s);
  // Potentials are stored minus a global offset, so a round updates only the nodes it popped.
  const pot = new Float64Array(N);
  let offset = 0;
  const potential = (v: number) => (pot[v] as number) + offset;
  const matchedTo = new Int32Array(nE).fill(-1);
  const matchedEdge = new Int32Array(nE).fill(-1);
  const used = new Int32Array(nM);
  const held: number[][] = Array.from({ length: nM }, () => []);
  const dist = new Float64Array(N).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(N);
  const pred = new Int32Array(N).fill(-1);
  const predEdge = new Int32Array(N).fill(-1);
  const touched: number[] = [];
  // Binary heap of (distance, node).
  let heapD = new Float64Array(1024);
  let heapV = new Int32Array(1024);
  let heapN = 0;
  const push = (d: number, v: number) => {
    if (heapN === heapD.length) {
      const d2 = new Float64Array(heapN * 2);
      d2.set(heapD);
      heapD = d2;
      const v2 = new Int32Array(heapN * 2);
      v2.set(heapV);
      heapV = v2;
    }
    let k = heapN++;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if ((heapD[p] as number) <= d) break;
      heapD[k] = heapD[p] as number;
      heapV[k] = heapV[p] as number;
      k = p;
    }
    heapD[k] = d;
    heapV[k] = v;
  };
  const pop = (): number => {
    const top = heapV[0] as number;
    const d = heapD[--heapN] as number;
    const v = heapV[heapN] as number;
    let k = 0;
    for (;;) {
      let c = 2 * k + 1;
      if (c >= heapN) break;
      if (c + 1 < heapN && (heapD[c + 1] as number) < (heapD[c] as number)) c++;
      if ((heapD[c] as number) >= d) break;
      heapD[k] = heapD[c] as number;
      heapV[k] = heapV[c] as number;
      k = c;
    }
    heapD[k] = d;
    heapV[k] = v;
    return top;
  };
  const relax = (v: number, d: number, from: number, edge: number) => {
    if (d < (dist[v] as number)) {
      if (dist[v] === Number.POSITIVE_INFINITY) touched.push(v);
      dist[v] = d;
      pred[v] = from;
      predEdge[v] = edge;
      push(d, v);
    }
  };

  for (let s = 0; s < nE; s++) {
    if (locked[s] || start[s] === start[s + 1]) continue;
    // A potential for the newcomer that keeps every reduced cost out of it non-negative.
    let ps = potential(SINK);
    for (let e = start[s] as number; e < (start[s + 1] as number); e++)
      ps = Math.max(
        ps,
        (weight[score[e] as number] as number) + potential(nE + (mentor[e] as number)),
      );
    pot[s] = ps - offset;
    heapN = 0;
    relax(s, 0, -1, -1);
    while (heapN > 0) {
      const u = pop();
      if (done[u]) continue;
      done[u] = 1;
      if (u === SINK) break;
      const du = dist[u] as number;
      if (u < nE) {
        // A mentee: to any allowed mentor but their own, or to the sink (left unmatched).
        const pu = potential(u);
        const own = matchedTo[u] as number;
        for (let e = start[u] as number; e < (start[u + 1] as number); e++) {
          const j = mentor[e] as number;
          if (j === own) continue;
          const v = nE + j;
          if (done[v]) continue;
          relax(v, du + (-(weight[score[e] as number] as number) + pu - potential(v)), u, e);
        }
        if (!done[SINK]) relax(SINK, du + (pu - potential(SINK)), u, -1);
      } else {
        const j = u - nE;
        const pu = potential(u);
        if ((used[j] as number) < (slots[j] as number))
          relax(SINK, du + (pu - potential(SINK)), u, -1);
        for (const k of held[j] as number[]) {
          if (done[k]) continue;
          const w = weight[score[matchedEdge[k] as number] as number] as number;
          relax(k, du + (w + pu - potential(k)), u, -1);
        }
      }
    }
    // Walk the path back from the sink and flip it: s → m1 ← k1 → m2 ← k2 … → sink.
    const end = pred[SINK] as number;
    let node = -1; // the mentor node where the walk continues
    if (end >= nE) {
      used[end - nE] = (used[end - nE] as number) + 1; // a free place taken
      node = end;
    } else if (end !== s) {
      // The path ends by leaving a mentee unmatched: they free their place.
      const j = matchedTo[end] as number;
      const list = held[j] as number[];
      list.splice(list.indexOf(end), 1);
      matchedTo[end] = -1;
      matchedEdge[end] = -1;
      node = pred[end] as number;
    } // else the newcomer stays unmatched.
    while (node >= 0) {
      const k = pred[node] as number; // the mentee who moves to this mentor
      const previous = matchedTo[k] as number;
      if (previous >= 0) {
        const list = held[previous] as number[];
        list.splice(list.indexOf(k), 1);
      }
      matchedTo[k] = node - nE;
      matchedEdge[k] = predEdge[node] as number;
      (held[node - nE] as number[]).push(k);
      node = k === s ? -1 : (pred[k] as number); // the mentor they left
    }
    // Potentials: popped nodes by their distance, everyone else by the sink's.
    const dt = dist[SINK] as number;
    for (const t of touched) {
      if (done[t]) pot[t] = (pot[t] as number) + ((dist[t] as number) - dt);
      dist[t] = Number.POSITIVE_INFINITY;
      done[t] = 0;
    }
    offset += dt;
    touched.length = 0;
  }
  let totalScore = 0;
  let matched = 0;
  let totalWeight = 0;
  for (let i = 0; i < nE; i++) {
    const e = matchedEdge[i] as number;
    if (e < 0) continue;
    matched++;
    totalScore += score[e] as number;
    totalWeight += weight[score[e] as number] as number;
  }
  return { totalScore, matched, totalWeight };
}
