import {
  FIT_CRITERIA,
  type FitCriterion,
  type Importance,
} from '../../../../common/schemas/mentor-search.ts';
import { CAREER_STAGE_IDS } from '../../../../common/taxonomy/career-stages.ts';
import { GOAL_CATEGORY_IDS } from '../../../../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREA_IDS } from '../../../../common/taxonomy/knowledge-areas.ts';
import { LANGUAGE_IDS } from '../../../../common/taxonomy/languages.ts';

/**
 * The search lives in the address bar, so it can be shared and reloaded. These helpers read it
 * forgivingly: an unknown id in a hand-edited or old link is dropped instead of failing the
 * whole search.
 */
export interface SearchFilters {
  q: string;
  goalId: string | null;
  stack: string[];
  area: string[];
  stage: string[];
  topic: string[];
  language: string[];
  accepting: boolean;
  tzWindow: number | null;
  must: FitCriterion[];
  ignore: FitCriterion[];
}

export type ListFilter = 'stack' | 'area' | 'stage' | 'topic' | 'language';

const allowed: Record<Exclude<ListFilter, 'stack'>, readonly string[]> = {
  area: KNOWLEDGE_AREA_IDS,
  stage: CAREER_STAGE_IDS,
  topic: GOAL_CATEGORY_IDS,
  language: LANGUAGE_IDS,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function list(params: URLSearchParams, key: string): string[] {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

function criteria(params: URLSearchParams, key: string): FitCriterion[] {
  return list(params, key).filter((v): v is FitCriterion =>
    (FIT_CRITERIA as readonly string[]).includes(v),
  );
}

export function readFilters(params: URLSearchParams): SearchFilters {
  const known = (key: keyof typeof allowed) =>
    list(params, key).filter((v) => allowed[key].includes(v));
  const goalId = params.get('goalId');
  const tz = Number.parseInt(params.get('tzWindow') ?? '', 10);
  const must = criteria(params, 'must');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    goalId: goalId && UUID.test(goalId) ? goalId : null,
    stack: list(params, 'stack')
      .filter((v) => v.length <= 40)
      .slice(0, 20),
    area: known('area'),
    stage: known('stage'),
    topic: known('topic'),
    language: known('language'),
    accepting: params.get('accepting') === 'true',
    tzWindow: Number.isInteger(tz) && tz >= 0 && tz <= 14 ? tz : null,
    must,
    // A criterion cannot be both: must-have wins, as it is the stronger wish.
    ignore: criteria(params, 'ignore').filter((c) => !must.includes(c)),
  };
}

/** The address-bar form: only what differs from the defaults, lists comma-separated. */
export function writeFilters(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.goalId) params.set('goalId', filters.goalId);
  for (const key of ['stack', 'area', 'stage', 'topic', 'language'] as const) {
    if (filters[key].length) params.set(key, filters[key].join(','));
  }
  if (filters.accepting) params.set('accepting', 'true');
  if (filters.tzWindow !== null) params.set('tzWindow', String(filters.tzWindow));
  if (filters.must.length) params.set('must', filters.must.join(','));
  if (filters.ignore.length) params.set('ignore', filters.ignore.join(','));
  return params;
}

export function importanceOf(filters: SearchFilters, criterion: FitCriterion): Importance {
  if (filters.must.includes(criterion)) return 'must';
  if (filters.ignore.includes(criterion)) return 'ignore';
  return 'nice';
}

export function withImportance(
  filters: SearchFilters,
  criterion: FitCriterion,
  importance: Importance,
): SearchFilters {
  const must = filters.must.filter((c) => c !== criterion);
  const ignore = filters.ignore.filter((c) => c !== criterion);
  if (importance === 'must') must.push(criterion);
  if (importance === 'ignore') ignore.push(criterion);
  // Keep the FIT_CRITERIA order so equal searches give equal links (and cache keys).
  const ordered = (xs: FitCriterion[]) => FIT_CRITERIA.filter((c) => xs.includes(c));
  return { ...filters, must: ordered(must), ignore: ordered(ignore) };
}

/** How many narrowing choices are active: for the phone's "Filters (3)" button. */
export function countFilters(filters: SearchFilters): number {
  return (
    filters.stack.length +
    filters.area.length +
    filters.stage.length +
    filters.topic.length +
    filters.language.length +
    (filters.accepting ? 1 : 0) +
    (filters.tzWindow !== null ? 1 : 0)
  );
}

export const EMPTY_FILTERS: SearchFilters = readFilters(new URLSearchParams());
