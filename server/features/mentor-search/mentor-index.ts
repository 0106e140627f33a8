import { GOAL_CATEGORY_IDS } from '../../../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREA_IDS } from '../../../common/taxonomy/knowledge-areas.ts';
import { LANGUAGE_IDS } from '../../../common/taxonomy/languages.ts';
import { LIVED_EXPERIENCES } from '../../../common/taxonomy/lived-experiences.ts';
import { STACK } from '../../../common/taxonomy/stack.ts';
import { stageRankOf } from '../../lib/fit-inputs.ts';
import {
  clockDistanceHours,
  type FitPlan,
  type MenteeInput,
  type MentorFacts,
  timezoneFraction,
} from '../../lib/fit-score.ts';
import { utcOffsetMinutes } from '../../lib/tz-offsets.ts';
import type { MentorRow, RankOptions } from './mentor-row.ts';
import { type ColumnQuery, Interner, popcount, TagColumn } from './tag-column.ts';
import { idKey, TopK } from './top-k.ts';

const bitOf = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, 1 << i]));
const TOPIC_BIT = bitOf(GOAL_CATEGORY_IDS);
const AREA_BIT = bitOf(KNOWLEDGE_AREA_IDS);
const maskOf = (bits: Map<string, number>, values: readonly string[]) =>
  values.reduce((mask, v) => mask | (bits.get(v) ?? 0), 0);

/** Matches of a column query in one slot: a popcount per wanted word, then the rare extras. */
function countIn(column: TagColumn, q: ColumnQuery, slot: number, overflowOnly = false): number {
  let m = 0;
  const base = slot * column.words;
  const bits = column.bits;
  const words = q.words;
  for (let k = 0; k < words.length && !overflowOnly; k++) {
    const w = words[k] as number;
    m += popcount((bits[base + w] as number) & (q.want[w] as number));
  }
  if (q.overflow) {
    const lists = column.overflow;
    const start = lists.start[slot] as number;
    const end = start + (lists.length[slot] as number);
    for (let j = start; j < end; j++) m += q.overflow[lists.data[j] as number] as number;
  }
  return m;
}

/**
 * All mentors of this process in typed arrays, one slot each: bitmasks for topics and areas,
 * interned int lists for stack, languages and experiences, stage rank, zone, availability.
 */
export class MentorIndex {
  private cap = 0;
  private slotOf = new Map<string, number>();
  private free: number[] = [];
  private high = 0;
  /** Bumped on every change: cached results of an older version are stale. */
  version = 0;
  userIds: string[] = [];
  rows: (MentorRow | undefined)[] = [];
  private alive = new Uint8Array(0);
  private idKeys = new Float64Array(0);
  private topics = new Uint16Array(0);
  private areas = new Uint16Array(0);
  private stage = new Int8Array(0);
  private zone = new Int32Array(0);
  private available = new Uint8Array(0);
  // The taxonomies are interned first, so listed values always sit in the bitsets.
  private stack = new TagColumn(
    4,
    STACK.map((s) => s.id),
  );
  private langs = new TagColumn(2, LANGUAGE_IDS);
  private exps = new TagColumn(
    1,
    LIVED_EXPERIENCES.map((e) => e.id),
  );
  private zones = new Interner();

  get size(): number {
    return this.slotOf.size;
  }

  has(userId: string): boolean {
    return this.slotOf.has(userId);
  }

  allUserIds(): IterableIterator<string> {
    return this.slotOf.keys();
  }

  private grow(min: number) {
    const cap = Math.max(1024, min * 2);
    const copy = <T extends Uint8Array | Uint16Array | Int8Array | Int32Array>(
      a: T,
      make: (n: number) => T,
    ) => {
      const b = make(cap);
      b.set(a as never);
      return b;
    };
    this.alive = copy(this.alive, (n) => new Uint8Array(n));
    const keys = new Float64Array(cap);
    keys.set(this.idKeys);
    this.idKeys = keys;
    this.topics = copy(this.topics, (n) => new Uint16Array(n));
    this.areas = copy(this.areas, (n) => new Uint16Array(n));
    this.stage = copy(this.stage, (n) => new Int8Array(n));
    this.zone = copy(this.zone, (n) => new Int32Array(n));
    this.available = copy(this.available, (n) => new Uint8Array(n));
    for (const lists of [this.stack, this.langs, this.exps]) lists.grow(cap);
    this.cap = cap;
  }

  /** Adds, replaces or (when no longer a mentor) removes one mentor. */
  upsert(row: MentorRow) {
    if (!row.isMentor) return this.remove(row.userId);
    let slot = this.slotOf.get(row.userId);
    if (slot !== undefined && (this.rows[slot]?.updatedMs ?? 0) > row.updatedMs) return;
    if (slot === undefined) {
      slot = this.free.pop() ?? this.high++;
      if (slot >= this.cap) this.grow(slot + 1);
      this.slotOf.set(row.userId, slot);
      this.userIds[slot] = row.userId;
      this.idKeys[slot] = idKey(row.userId);
    }
    this.rows[slot] = row;
    this.alive[slot] = 1;
    this.topics[slot] = maskOf(TOPIC_BIT, row.topics);
    this.areas[slot] = maskOf(AREA_BIT, row.areas);
    this.stage[slot] = stageRankOf(row.careerStage) ?? -1;
    this.zone[slot] = this.zones.id(row.timeZone);
    this.available[slot] = row.acceptingRequests && row.capacity > 0 ? 1 : 0;
    this.stack.set(slot, row.stack);
    this.langs.set(slot, row.languages);
    this.exps.set(
      slot,
      row.experiences.map((e) => e.id),
    );
    this.version++;
  }

  remove(userId: string) {
    const slot = this.slotOf.get(userId);
    if (slot === undefined) return;
    this.slotOf.delete(userId);
    this.alive[slot] = 0;
    this.rows[slot] = undefined;
    for (const lists of [this.stack, this.langs, this.exps]) lists.clear(slot);
    this.free.push(slot);
    this.version++;
  }

  /** The scoring view of one indexed mentor, for reasons. */
  facts(slot: number): MentorFacts {
    const row = this.rows[slot] as MentorRow;
    return {
      topics: row.topics,
      stack: row.stack,
      areas: row.areas,
      stageRank: stageRankOf(row.careerStage),
      experiences: row.experiences,
      languages: row.languages,
      tzOffsetMinutes: utcOffsetMinutes(row.timeZone),
      available: this.available[slot] === 1,
    };
  }

  /**
   * The tight loop: numeric scores only, kept in a bounded heap. Mirrors fitFractions and
   * explainFit exactly (same criteria order, same arithmetic), which the tests check.
   */
  rank(mentee: MenteeInput, plan: FitPlan, options: RankOptions) {
    const w = plan.weights;
    const must = (c: keyof FitPlan['weights']) => plan.importance[c] === 'must' && w[c] > 0;
    const [mTopic, mStack, mArea, mStage, mExp, mLang, mTz, mCap] = (
      ['topic', 'stack', 'area', 'stage', 'experience', 'language', 'timezone', 'capacity'] as const
    ).map(must);
    const wantTopics = maskOf(TOPIC_BIT, mentee.topics);
    const wantAreas = maskOf(AREA_BIT, mentee.areas);
    const wantAreaCount = mentee.areas.length;
    const wantStack = this.stack.query(mentee.stack);
    const wantStackCount = mentee.stack.length;
    const wantLang = this.langs.query(mentee.languages);
    const wantExp = this.exps.query(mentee.experiences);
    const menteeStage = plan.menteeStageRank ?? -1;
    const tzWindow = mentee.tzWindowHours ?? 0;
    const tzLimit = options.tzLimitHours ?? -1;
    const needTz = w.timezone > 0 || tzLimit >= 0;
    const zoneDistance = new Float64Array(this.zones.names.length);
    if (needTz)
      this.zones.names.forEach((z, i) => {
        zoneDistance[i] = clockDistanceHours(mentee.tzOffsetMinutes, utcOffsetMinutes(z));
      });
    const fl = options.filters ?? {};
    const fTopic = fl.topic?.length ? maskOf(TOPIC_BIT, fl.topic) : -1;
    const fArea = fl.area?.length ? maskOf(AREA_BIT, fl.area) : -1;
    const fStage = fl.stage?.length ? new Set(fl.stage.map(stageRankOf)) : null;
    const fAccepting = fl.accepting === undefined ? -1 : fl.accepting ? 1 : 0;
    const fLang = fl.language?.length ? this.langs.query(fl.language) : null;
    const fStack = fl.stack?.length ? this.stack.query(fl.stack) : null;
    const filtered = fTopic >= 0 || fArea >= 0 || fStage || fAccepting >= 0 || fLang || fStack;
    const exclude = options.excludeUserId ? (this.slotOf.get(options.excludeUserId) ?? -1) : -1;
    const after = options.after ?? null;
    const heap = new TopK(options.k, this.userIds, this.idKeys);
    const { alive, topics, areas, stage, zone, available, stack, langs, exps, userIds } = this;
    // The stack bitset is read inline (4 words per slot); only wanted words are looked at.
    const sBits = stack.bits;
    const sWant = wantStack.want;
    const sWords = Int32Array.from(wantStack.words);
    const sWordCount = sWords.length;
    const sOverflow = wantStack.overflow;
    const candidateSlots = options.candidates
      ? options.candidates.map((id) => this.slotOf.get(id) ?? -1).filter((s) => s >= 0)
      : null;
    const n = candidateSlots ? candidateSlots.length : this.high;

    // Weights as locals: the loop below runs 100k times per search.
    const wTopic = w.topic,
      wStack = w.stack,
      wArea = w.area,
      wStage = w.stage;
    const wExp = w.experience,
      wLang = w.language,
      wTz = w.timezone,
      wCap = w.capacity;
    let worstKept = -1; // score of the heap's root once it is full: lower scores cannot enter
    // Pruning: points already lost cap the final score at 100 × (max − lost) / max, because
    // a smaller denominator (stage not applicable) can only lower that bound.
    const maxApplicable = wTopic + wStack + wArea + wStage + wExp + wLang + wTz + wCap;
    const cannotEnter = (lost: number) =>
      worstKept > 0 && Math.round((100 * (maxApplicable - lost)) / maxApplicable) < worstKept;

    for (let i = 0; i < n; i++) {
      const slot = candidateSlots ? (candidateSlots[i] as number) : i;
      if (alive[slot] === 0 || slot === exclude) continue;
      if (filtered) {
        if (fTopic >= 0 && ((topics[slot] as number) & fTopic) === 0) continue;
        if (fArea >= 0 && ((areas[slot] as number) & fArea) === 0) continue;
        if (fStage && !fStage.has(stage[slot] as number)) continue;
        if (fAccepting >= 0 && available[slot] !== fAccepting) continue;
        if (fLang && countIn(langs, fLang, slot) === 0) continue;
        if (fStack && countIn(stack, fStack, slot) === 0) continue;
      }
      let sum = 0;
      let applicable = 0;
      if (wTopic > 0) {
        const f = (topics[slot] as number) & wantTopics ? 1 : 0;
        if (mTopic && f === 0) continue;
        sum += wTopic * f;
        applicable += wTopic;
      }
      if (wStack > 0) {
        let m = 0;
        const base = slot << 2;
        for (let k = 0; k < sWordCount; k++) {
          const wi = sWords[k] as number;
          m += popcount((sBits[base + wi] as number) & (sWant[wi] as number));
        }
        if (sOverflow) m += countIn(stack, wantStack, slot, true);
        if (mStack && m === 0) continue;
        sum += wStack * (m / wantStackCount);
        applicable += wStack;
      }
      if (cannotEnter(applicable - sum)) continue;
      if (wArea > 0) {
        let bits = (areas[slot] as number) & wantAreas;
        let m = 0;
        while (bits) {
          bits &= bits - 1;
          m++;
        }
        if (mArea && m === 0) continue;
        sum += wArea * (m / wantAreaCount);
        applicable += wArea;
      }
      if (wStage > 0) {
        const r = stage[slot] as number;
        if (r < 0 || menteeStage < 0) {
          if (mStage) continue;
        } else {
          const f = r > menteeStage ? 1 : r === menteeStage ? 0.5 : 0; // = stageFraction
          if (mStage && f < 1) continue;
          sum += wStage * f;
          applicable += wStage;
        }
      }
      if (cannotEnter(applicable - sum)) continue;
      if (wExp > 0) {
        const f = countIn(exps, wantExp, slot) > 0 ? 1 : 0;
        if (mExp && f === 0) continue;
        sum += wExp * f;
        applicable += wExp;
      }
      if (wLang > 0) {
        const f = countIn(langs, wantLang, slot) > 0 ? 1 : 0;
        if (mLang && f === 0) continue;
        sum += wLang * f;
        applicable += wLang;
      }
      if (needTz) {
        const d = zoneDistance[zone[slot] as number] as number;
        if (tzLimit >= 0 && d > tzLimit) continue;
        if (wTz > 0) {
          const f = d <= tzWindow ? 1 : timezoneFraction(d, tzWindow);
          if (mTz && f < 1) continue;
          sum += wTz * f;
          applicable += wTz;
        }
      }
      if (wCap > 0) {
        const f = available[slot] as number;
        if (mCap && f === 0) continue;
        sum += wCap * f;
        applicable += wCap;
      }
      const score = applicable > 0 ? Math.round((100 * sum) / applicable) : 0; // = toScore
      if (score < worstKept) continue;
      if (
        after &&
        (score > after.score || (score === after.score && (userIds[slot] as string) <= after.id))
      )
        continue;
      heap.offer(score, slot);
      if (heap.size === heap.k) worstKept = heap.scores[0] as number;
    }
    return heap.sorted();
  }
}
