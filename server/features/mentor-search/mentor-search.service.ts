import type { z } from 'zod';
import {
  FIT_CRITERIA,
  type FitCriterion,
  type Importance,
  type MentorCard,
  type MentorSearchOutput,
  mentorSearchOutput,
  type mentorSearchQuery,
} from '../../../common/schemas/mentor-search.ts';
import { CAREER_STAGE_IDS, type CareerStage } from '../../../common/taxonomy/career-stages.ts';
import {
  KNOWLEDGE_AREA_IDS,
  type KnowledgeArea,
} from '../../../common/taxonomy/knowledge-areas.ts';
import { normalizeStackTags, stackLabel } from '../../../common/taxonomy/stack.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { menteeFitInput } from '../../lib/fit-inputs.ts';
import { explainFit, type MenteeInput, planFit } from '../../lib/fit-score.ts';
import { fitSentences } from '../../lib/fit-sentences.ts';
import type { MenteeContextCache } from './mentee-context-cache.ts';
import type { MentorDirectory } from './mentor-directory.ts';
import type { MentorRow } from './mentor-row.ts';
import { type CandidateFilters, findCandidateIds } from './mentor-search.repo.ts';
import { decodeCursor, encodeCursor } from './search-cursor.ts';

export type SearchQuery = z.output<typeof mentorSearchQuery>;

/**
 * Ranked pages per (caller, query, caller's inputs), valid while the index version is the same:
 * any profile change anywhere bumps the version, so a cached page is never stale by more than
 * the poll interval. Bounded, oldest first out.
 */
const CACHE_LIMIT = 1000;
const pageCache = new WeakMap<MentorDirectory, Map<string, { version: number; json: string }>>();

function cacheFor(directory: MentorDirectory) {
  let cache = pageCache.get(directory);
  if (!cache) {
    cache = new Map();
    pageCache.set(directory, cache);
  }
  return cache;
}

export function toCard(row: MentorRow): MentorCard {
  const stack = [...row.stack].sort(
    (a, b) => Number(a.startsWith('free:')) - Number(b.startsWith('free:')),
  );
  return {
    id: row.userId,
    name: row.name,
    headline: row.headline,
    currentRole: row.currentRole,
    careerStage: CAREER_STAGE_IDS.includes(row.careerStage as CareerStage)
      ? (row.careerStage as CareerStage)
      : null,
    yearsExperience: row.yearsExperience,
    stack: stack.map(stackLabel),
    areas: row.areas.filter((a): a is KnowledgeArea =>
      KNOWLEDGE_AREA_IDS.includes(a as KnowledgeArea),
    ),
    languages: row.languages,
    timeZone: row.timeZone,
    acceptingRequests: row.acceptingRequests && row.capacity > 0,
  };
}

function importanceOf(query: SearchQuery): Partial<Record<FitCriterion, Importance>> {
  const must = query.must ?? [];
  const ignore = query.ignore ?? [];
  const both = must.filter((c) => ignore.includes(c));
  if (both.length) {
    throw new AppError('validation_failed', 'Some fields need attention.', {
      'query.ignore': `A criterion cannot be both a must-have and ignored: ${both.join(', ')}.`,
    });
  }
  const out: Partial<Record<FitCriterion, Importance>> = {};
  for (const c of must) out[c] = 'must';
  for (const c of ignore) out[c] = 'ignore';
  return out;
}

/**
 * One page of ranked mentors as the JSON body to send. Pages are cached already serialised (and
 * checked against the output schema once, when made): a repeated search — paging back, a
 * refresh — then costs one small query for the caller's own inputs and no ranking at all.
 */
export async function searchMentors(
  db: Db,
  directory: MentorDirectory,
  contexts: MenteeContextCache,
  user: SignedInUser,
  query: SearchQuery,
): Promise<string> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const importance = importanceOf(query);
  const ctx = await contexts.get(user.id, query.goalId ?? null);
  if (!ctx) throw new AppError('unauthenticated', 'Sign in to continue.');
  if (query.goalId && !ctx.goalCategory) {
    throw new AppError('not_found', 'We could not find that goal among yours.');
  }
  const topics = ctx.goalCategory
    ? [ctx.goalCategory]
    : query.topic?.length
      ? query.topic
      : ctx.activeGoalCategories;
  const mentee: MenteeInput = menteeFitInput(
    ctx,
    topics,
    query.tzWindow ?? ctx.timeZoneWindowHours,
  );
  const plan = planFit(mentee, importance);

  const index = await directory.ready();
  const cache = cacheFor(directory);
  const key = JSON.stringify([user.id, query, mentee]);
  const hit = cache.get(key);
  if (hit && hit.version === index.version) return hit.json;

  const filters: CandidateFilters = {
    stack: query.stack ? normalizeStackTags(query.stack).map((t) => t.id) : undefined,
    area: query.area,
    topic: query.topic,
    language: query.language,
    stage: query.stage,
    accepting: query.accepting,
  };
  const version = index.version;
  // Full text needs SQL, which then applies the list filters too; without `q` the index
  // answers them itself (a broad filter through SQL would ship tens of thousands of ids).
  const candidates = query.q ? await findCandidateIds(db, { ...filters, q: query.q }) : null;
  const ranked = index.rank(mentee, plan, {
    candidates,
    filters: query.q ? undefined : filters,
    tzLimitHours: query.tzWindow ?? null,
    excludeUserId: user.id,
    k: query.limit + 1,
    after,
  });
  const pageEntries = ranked.slice(0, query.limit);
  const results = pageEntries.map(({ slot, score }) => {
    const facts = index.facts(slot);
    const explained = explainFit(mentee, facts, plan, fitSentences(mentee, facts));
    return { mentor: toCard(index.rows[slot] as MentorRow), score, reasons: explained.reasons };
  });
  const last = pageEntries.at(-1);
  const page: MentorSearchOutput = {
    results,
    nextCursor:
      ranked.length > query.limit && last
        ? encodeCursor({ score: last.score, id: index.userIds[last.slot] as string })
        : null,
    criteria: Object.fromEntries(
      FIT_CRITERIA.map((c) => [c, plan.importance[c]]),
    ) as MentorSearchOutput['criteria'],
  };
  const json = JSON.stringify(mentorSearchOutput.parse(page));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, { version, json });
  return json;
}
