import {
  clockDistanceHours,
  type FitPlan,
  planFit,
  stageFraction,
  timezoneFraction,
} from '../../../lib/fit-score.ts';
import type { CohortMentee, CohortMentor, RuledOutCounts } from './types.ts';

/**
 * Every allowed (mentee, mentor) pair of a cohort with its fit score, as compact arrays:
 * mentee `i`'s pairs are `start[i] … start[i + 1]`, sorted by score (high first) then mentor
 * index — which is each mentee's preference order, since mentors are indexed in id order.
 */
export interface CohortGraph {
  menteeCount: number;
  mentorCount: number;
  start: Int32Array;
  mentor: Int32Array;
  score: Uint8Array;
  /** Places each mentor has left after locked pairs. */
  slots: Int32Array;
  /** Mentees already in a locked pair: they take no part in the proposal. */
  locked: Uint8Array;
}

export interface GraphRules {
  maxTimeZoneGapHours: number | null;
  excludeSameTeam: boolean;
  /** Per mentee index: mentor indices ruled out by the admin or by an existing mentorship. */
  excluded: Map<number, Set<number>>;
  alreadyMatched: Map<number, Set<number>>;
}

/** Token → the indices of the mentors who list it (each mentor once). */
function postings(lists: readonly (readonly string[])[]): Map<string, Int32Array> {
  const acc = new Map<string, number[]>();
  lists.forEach((list, j) => {
    for (const token of new Set(list)) {
      const a = acc.get(token);
      if (a) a.push(j);
      else acc.set(token, [j]);
    }
  });
  return new Map([...acc].map(([k, v]) => [k, Int32Array.from(v)]));
}

/**
 * Scores one mentee against every mentor in a numeric loop per criterion. It mirrors
 * fitFractions/explainFit exactly — same criteria order, same float operations, same
 * must-have rules — so a pair's score here equals explainFit's (the tests check it).
 */
export class CohortScorer {
  private readonly topics: Map<string, Int32Array>;
  private readonly stack: Map<string, Int32Array>;
  private readonly areas: Map<string, Int32Array>;
  private readonly experiences: Map<string, Int32Array>;
  private readonly languages: Map<string, Int32Array>;
  private readonly stage: Int8Array;
  private readonly zone: Int32Array;
  private readonly zoneOffsets: number[];
  private readonly available: Uint8Array;
  private readonly team: Int32Array;
  private readonly teamIds = new Map<string, number>();
  private readonly n: number;
  /** Scratch: matches per mentor for topics, stack, areas, experiences, languages. */
  private readonly counts: [Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array];

  constructor(
    mentors: readonly CohortMentor[],
    readonly slots: Int32Array,
    private readonly rules: GraphRules,
  ) {
    const n = mentors.length;
    this.n = n;
    this.topics = postings(mentors.map((m) => m.facts.topics));
    this.stack = postings(mentors.map((m) => m.facts.stack));
    this.areas = postings(mentors.map((m) => m.facts.areas));
    this.experiences = postings(mentors.map((m) => m.facts.experiences.map((e) => e.id)));
    this.languages = postings(mentors.map((m) => m.facts.languages));
    this.stage = Int8Array.from(mentors, (m) => m.facts.stageRank ?? -1);
    const offsets = [...new Set(mentors.map((m) => m.facts.tzOffsetMinutes))];
    const zoneOf = new Map(offsets.map((o, k) => [o, k]));
    this.zoneOffsets = offsets;
    this.zone = Int32Array.from(mentors, (m) => zoneOf.get(m.facts.tzOffsetMinutes) ?? 0);
    this.available = Uint8Array.from(mentors, (m) => (m.facts.available ? 1 : 0));
    this.team = Int32Array.from(mentors, (m) => this.teamId(m.team));
    this.counts = [
      new Uint16Array(n),
      new Uint16Array(n),
      new Uint16Array(n),
      new Uint16Array(n),
      new Uint16Array(n),
    ];
  }

  teamId(team: string | null | undefined): number {
    if (!team) return -1;
    let id = this.teamIds.get(team);
    if (id === undefined) {
      id = this.teamIds.size;
      this.teamIds.set(team, id);
    }
    return id;
  }

  /** Matches per mentor for a wanted list (duplicates count twice, as in the search). */
  private countHits(index: Map<string, Int32Array>, wanted: readonly string[], count: Uint16Array) {
    count.fill(0);
    for (const token of wanted) {
      const list = index.get(token);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const j = list[k] as number;
        count[j] = (count[j] as number) + 1;
      }
    }
  }

  /**
   * Fills `out[j]` with the score of mentor `j` for mentee `mentee` (index `i`), or -1 when
   * the pair is not allowed. With `ruledOut`, counts why mentors were left out.
   */
  scoreMentee(i: number, mentee: CohortMentee, out: Int16Array, ruledOut?: RuledOutCounts) {
    const n = this.n;
    const input = mentee.input;
    const plan: FitPlan = planFit(input, mentee.importance ?? {});
    const w = plan.weights;
    const must = new Set(plan.must);
    const [cTopic, cStack, cArea, cExp, cLang] = this.counts;
    if (w.topic > 0) this.countHits(this.topics, input.topics, cTopic);
    if (w.stack > 0) this.countHits(this.stack, input.stack, cStack);
    if (w.area > 0) this.countHits(this.areas, input.areas, cArea);
    if (w.experience > 0) this.countHits(this.experiences, input.experiences, cExp);
    if (w.language > 0) this.countHits(this.languages, input.languages, cLang);
    const wTopic = w.topic;
    const wStack = w.stack;
    const wArea = w.area;
    const wStage = plan.menteeStageRank !== null ? w.stage : 0;
    const wExp = w.experience;
    const wLang = w.language;
    const wTz = w.timezone;
    const wCap = w.capacity;
    const stackTotal = input.stack.length;
    const areaTotal = input.areas.length;
    const menteeStage = plan.menteeStageRank ?? -1;
    // Σ applicable weights apart from stage, which depends on the mentor knowing theirs.
    const applicableBase = wTopic + wStack + wArea + wExp + wLang + wTz + wCap;
    const mTopic = must.has('topic');
    const mStack = must.has('stack');
    const mArea = must.has('area');
    const mStage = must.has('stage');
    const mExp = must.has('experience');
    const mLang = must.has('language');
    const mTz = must.has('timezone');
    const mCap = must.has('capacity');

    const gap = this.rules.maxTimeZoneGapHours;
    const window = input.tzWindowHours ?? 0;
    const zones = this.zoneOffsets.length;
    const zoneFraction = new Float64Array(zones);
    const zoneTooFar = new Uint8Array(zones);
    for (let z = 0; z < zones; z++) {
      const d = clockDistanceHours(input.tzOffsetMinutes, this.zoneOffsets[z] as number);
      zoneFraction[z] = timezoneFraction(d, window);
      zoneTooFar[z] = gap !== null && d > gap ? 1 : 0;
    }
    const myTeam = this.rules.excludeSameTeam ? this.teamId(mentee.team) : -1;
    const { stage, zone, available, team, slots } = this;

    for (let j = 0; j < n; j++) {
      const z = zone[j] as number;
      const noSlot = (slots[j] as number) <= 0;
      const tooFar = zoneTooFar[z] === 1;
      const sameTeam = myTeam >= 0 && team[j] === myTeam;
      if (ruledOut) {
        if (noSlot) ruledOut.noCapacity++;
        if (tooFar) ruledOut.timeZoneGap++;
        if (sameTeam) ruledOut.sameTeam++;
      } else if (noSlot || tooFar || sameTeam) {
        out[j] = -1;
        continue;
      }
      // Same criteria order and float operations as fitFractions/explainFit.
      let sum = 0;
      let fails = false;
      if (wTopic > 0) {
        const f = (cTopic[j] as number) > 0 ? 1 : 0;
        sum += wTopic * f;
        if (mTopic && f === 0) fails = true;
      }
      if (wStack > 0) {
        const m = cStack[j] as number;
        sum += wStack * (m / stackTotal);
        if (mStack && m === 0) fails = true;
      }
      if (wArea > 0) {
        const m = cArea[j] as number;
        sum += wArea * (m / areaTotal);
        if (mArea && m === 0) fails = true;
      }
      let applicable = applicableBase;
      if (wStage > 0) {
        const r = stage[j] as number;
        if (r < 0) {
          if (mStage) fails = true;
        } else {
          const f = stageFraction(r, menteeStage);
          sum += wStage * f;
          applicable += wStage;
          if (mStage && f < 1) fails = true;
        }
      }
      if (wExp > 0) {
        const f = (cExp[j] as number) > 0 ? 1 : 0;
        sum += wExp * f;
        if (mExp && f === 0) fails = true;
      }
      if (wLang > 0) {
        const f = (cLang[j] as number) > 0 ? 1 : 0;
        sum += wLang * f;
        if (mLang && f === 0) fails = true;
      }
      if (wTz > 0) {
        const f = zoneFraction[z] as number;
        sum += wTz * f;
        if (mTz && f < 1) fails = true;
      }
      if (wCap > 0) {
        const f = available[j] as number;
        sum += wCap * f;
        if (mCap && f === 0) fails = true;
      }
      if (ruledOut && fails) ruledOut.mustHaves++;
      // = toScore
      out[j] =
        fails || noSlot || tooFar || sameTeam
          ? -1
          : applicable > 0
            ? Math.round((100 * sum) / applicable)
            : 0;
    }
    for (const [pairs, key] of [
      [this.rules.excluded.get(i), 'excludedPair'],
      [this.rules.alreadyMatched.get(i), 'alreadyMatched'],
    ] as const) {
      if (!pairs) continue;
      for (const j of pairs) {
        out[j] = -1;
        if (ruledOut) ruledOut[key]++;
      }
    }
  }
}

/** A growable pair list, so no guess of the allowed-pair count is needed up front. */
class PairBuffer {
  mentor = new Int32Array(1 << 16);
  score = new Uint8Array(1 << 16);
  length = 0;
  reserve(extra: number) {
    if (this.length + extra <= this.mentor.length) return;
    const size = Math.max(this.mentor.length * 2, this.length + extra);
    const mentor = new Int32Array(size);
    mentor.set(this.mentor.subarray(0, this.length));
    const score = new Uint8Array(size);
    score.set(this.score.subarray(0, this.length));
    this.mentor = mentor;
    this.score = score;
  }
}

/**
 * Scores every mentee against every mentor and keeps the allowed pairs, sorted per mentee by a
 * counting sort on the score (0 … 100). Yields to the event loop now and then so progress can
 * be reported during long runs.
 */
export async function buildCohortGraph(
  mentees: readonly CohortMentee[],
  scorer: CohortScorer,
  mentorCount: number,
  slots: Int32Array,
  locked: Uint8Array,
  onProgress?: (fraction: number) => void,
): Promise<CohortGraph> {
  const nE = mentees.length;
  const start = new Int32Array(nE + 1);
  const buffer = new PairBuffer();
  const scores = new Int16Array(mentorCount);
  const bucket = new Int32Array(102);
  for (let i = 0; i < nE; i++) {
    start[i] = buffer.length;
    if (locked[i]) continue;
    scorer.scoreMentee(i, mentees[i] as CohortMentee, scores);
    bucket.fill(0);
    let allowed = 0;
    for (let j = 0; j < mentorCount; j++) {
      const s = scores[j] as number;
      if (s >= 0) {
        bucket[100 - s] = (bucket[100 - s] as number) + 1;
        allowed++;
      }
    }
    buffer.reserve(allowed);
    // Positions per score, high scores first; mentors keep index order within a score.
    let pos = buffer.length;
    for (let b = 0; b <= 100; b++) {
      const c = bucket[b] as number;
      bucket[b] = pos;
      pos += c;
    }
    const { mentor, score } = buffer;
    for (let j = 0; j < mentorCount; j++) {
      const s = scores[j] as number;
      if (s < 0) continue;
      const p = bucket[100 - s] as number;
      bucket[100 - s] = p + 1;
      mentor[p] = j;
      score[p] = s;
    }
    buffer.length += allowed;
    if ((i & 255) === 255) {
      onProgress?.(i / nE);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  start[nE] = buffer.length;
  return {
    menteeCount: nE,
    mentorCount,
    start,
    mentor: buffer.mentor.subarray(0, buffer.length),
    score: buffer.score.subarray(0, buffer.length),
    slots,
    locked,
  };
}
