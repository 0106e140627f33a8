import { type SQL, sql } from 'drizzle-orm';
import { LIVED_EXPERIENCES } from '../../../common/taxonomy/lived-experiences.ts';
import { type Db, queryRows } from '../../db/client.ts';
import type { MentorExperience } from '../../lib/fit-score.ts';
import type { MentorRow } from './mentor-row.ts';

/** SQL of the mentor search: the index's feed, the SQL filters, and the caller's own side. */

interface RawMentorRow extends Record<string, unknown> {
  user_id: string;
  is_mentor: boolean;
  name: string;
  time_zone: string;
  career_stage: string | null;
  headline: string;
  current_role: string | null;
  years_experience: number | null;
  stack: string[];
  areas: string[];
  topics: string[];
  languages: string[];
  capacity: number;
  accepting_requests: boolean;
  updated_ms: number;
  experiences: MentorExperience[] | string;
}

const mentorColumns = sql`
  p.user_id, p.is_mentor, u.name, u.time_zone, p.career_stage, p.headline, p.current_role,
  p.years_experience, p.stack, p.areas, p.topics, p.languages, p.capacity, p.accepting_requests,
  (extract(epoch from p.updated_at) * 1000)::float8 as updated_ms,
  coalesce((
    select json_agg(json_build_object(
      'id', e.experience, 'label', e.label, 'scope', e.scope) order by e.experience)
    from profile_experiences e
    where e.user_id = p.user_id and e.scope in ('public', 'matching')
  ), '[]'::json) as experiences`;

const experienceLabel = new Map<string, string>(LIVED_EXPERIENCES.map((e) => [e.id, e.label]));

function toRow(r: RawMentorRow): MentorRow {
  const raw: MentorExperience[] =
    typeof r.experiences === 'string' ? JSON.parse(r.experiences) : r.experiences;
  // Listed experiences are stored without a label; free ones carry the owner's words.
  const experiences = raw.map((e) => ({
    ...e,
    label: e.label || experienceLabel.get(e.id) || e.id.replace(/^free:/, ''),
  }));
  return {
    userId: r.user_id,
    isMentor: r.is_mentor,
    name: r.name,
    timeZone: r.time_zone,
    careerStage: r.career_stage,
    headline: r.headline,
    currentRole: r.current_role,
    yearsExperience: r.years_experience,
    stack: r.stack,
    areas: r.areas,
    topics: r.topics,
    languages: r.languages,
    capacity: r.capacity,
    acceptingRequests: r.accepting_requests,
    updatedMs: Number(r.updated_ms),
    experiences,
  };
}

export async function databaseNowMs(db: Db): Promise<number> {
  const [row] = await queryRows<{ now_ms: number }>(
    db,
    sql`select (extract(epoch from now()) * 1000)::float8 as now_ms`,
  );
  return Number(row?.now_ms ?? Date.now());
}

/** Every mentor (the index's first load). */
export async function findAllMentorRows(db: Db): Promise<MentorRow[]> {
  const rows = await queryRows<RawMentorRow>(
    db,
    sql`select ${mentorColumns} from profiles p join users u on u.id = p.user_id where p.is_mentor`,
  );
  return rows.map(toRow);
}

/**
 * Profiles changed since `sinceMs` (DB clock) minus a 2 s margin for transactions that were
 * still open then; mentors or not, so one that stopped mentoring leaves the index.
 */
export async function findChangedProfileRows(db: Db, sinceMs: number): Promise<MentorRow[]> {
  const since = sql`to_timestamp(${(sinceMs - 2000) / 1000}::float8)`;
  // One branch per is_mentor value, so each can use the (is_mentor, updated_at) index.
  const rows = await queryRows<RawMentorRow>(
    db,
    sql`select ${mentorColumns} from profiles p join users u on u.id = p.user_id
        where p.is_mentor = true and p.updated_at > ${since}
        union all
        select ${mentorColumns} from profiles p join users u on u.id = p.user_id
        where p.is_mentor = false and p.updated_at > ${since}`,
  );
  return rows.map(toRow);
}

export async function findProfileRow(db: Db, userId: string): Promise<MentorRow | undefined> {
  const rows = await queryRows<RawMentorRow>(
    db,
    sql`select ${mentorColumns} from profiles p join users u on u.id = p.user_id
        where p.user_id = ${userId}`,
  );
  return rows[0] ? toRow(rows[0]) : undefined;
}

export async function countMentors(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from profiles where is_mentor`,
  );
  return Number(row?.n ?? 0);
}

export async function findMentorIds(db: Db): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`select user_id from profiles where is_mentor`,
  );
  return rows.map((r) => r.user_id);
}

export interface CandidateFilters {
  q?: string;
  stack?: string[];
  area?: string[];
  topic?: string[];
  language?: string[];
  stage?: string[];
  accepting?: boolean;
}

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** Mentors matching the full-text query and filters; ranking happens in the index. */
export async function findCandidateIds(db: Db, f: CandidateFilters): Promise<string[]> {
  const where: SQL[] = [sql`p.is_mentor`];
  if (f.q) where.push(sql`p.search @@ websearch_to_tsquery('english', ${f.q})`);
  if (f.stack?.length) where.push(sql`p.stack && ${textArray(f.stack)}`);
  if (f.area?.length) where.push(sql`p.areas && ${textArray(f.area)}`);
  if (f.topic?.length) where.push(sql`p.topics && ${textArray(f.topic)}`);
  if (f.language?.length) where.push(sql`p.languages && ${textArray(f.language)}`);
  if (f.stage?.length) where.push(sql`p.career_stage = any(${textArray(f.stage)})`);
  if (f.accepting !== undefined)
    where.push(
      f.accepting
        ? sql`(p.accepting_requests and p.capacity > 0)`
        : sql`not (p.accepting_requests and p.capacity > 0)`,
    );
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`select p.user_id from profiles p where ${sql.join(where, sql` and `)}`,
  );
  return rows.map((r) => r.user_id);
}

export interface MenteeContext {
  timeZone: string;
  careerStage: string | null;
  wantStack: string[];
  wantAreas: string[];
  preferredLanguages: string[];
  timeZoneWindowHours: number | null;
  wantedExperiences: string[];
  /** The requested goal's category; null when not asked for or not the caller's. */
  goalCategory: string | null;
  activeGoalCategories: string[];
}

/** The caller's mentee side, zone and goal in one round trip. */
export async function findMenteeContext(
  db: Db,
  userId: string,
  goalId: string | null,
): Promise<MenteeContext | undefined> {
  const [r] = await queryRows<Record<string, unknown>>(
    db,
    sql`select u.time_zone, p.career_stage, p.want_stack, p.want_areas, p.preferred_languages,
          p.time_zone_window_hours, p.wanted_experiences,
          (select g.category from goals g where g.id = ${goalId}::uuid and g.owner_id = u.id)
            as goal_category,
          coalesce((select array_agg(distinct g.category) from goals g
            where g.owner_id = u.id and g.status = 'active'), '{}'::text[]) as active_categories
        from users u left join profiles p on p.user_id = u.id
        where u.id = ${userId}`,
  );
  if (!r) return undefined;
  return {
    timeZone: r.time_zone as string,
    careerStage: (r.career_stage as string | null) ?? null,
    wantStack: (r.want_stack as string[] | null) ?? [],
    wantAreas: (r.want_areas as string[] | null) ?? [],
    preferredLanguages: (r.preferred_languages as string[] | null) ?? [],
    timeZoneWindowHours: (r.time_zone_window_hours as number | null) ?? null,
    wantedExperiences: (r.wanted_experiences as string[] | null) ?? [],
    goalCategory: (r.goal_category as string | null) ?? null,
    activeGoalCategories: (r.active_categories as string[] | null) ?? [],
  };
}
