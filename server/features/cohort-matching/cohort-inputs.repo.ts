import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';

/**
 * What matching reads about a cohort's people: their profiles and goals (never their lived
 * experiences: those are left out of program matching entirely), their places, and the open
 * mentorships they already have.
 */

export interface CohortPerson {
  userId: string;
  name: string;
  role: 'mentor' | 'mentee';
  capacity: number;
  team: string | null;
  timeZone: string;
  careerStage: string | null;
  /** Mentor side. */
  stack: string[];
  areas: string[];
  topics: string[];
  languages: string[];
  /** Mentee side. */
  wantStack: string[];
  wantAreas: string[];
  preferredLanguages: string[];
  timeZoneWindowHours: number | null;
  activeGoalCategories: string[];
}

const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

/** The cohort's members who have not left, in id order. */
export async function findCohortPeople(db: Db, cohortId: string): Promise<CohortPerson[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select m.user_id, u.name, m.role, m.capacity, m.team, u.time_zone, p.career_stage,
          p.stack, p.areas, p.topics, p.languages, p.want_stack, p.want_areas,
          p.preferred_languages, p.time_zone_window_hours,
          coalesce((select array_agg(distinct g.category) from goals g
            where g.owner_id = m.user_id and g.status = 'active'), '{}'::text[]) as categories
        from cohort_members m
        join users u on u.id = m.user_id
        left join profiles p on p.user_id = m.user_id
        where m.cohort_id = ${cohortId} and m.left_at is null
        order by m.user_id`,
  );
  return rows.map((r) => ({
    userId: r.user_id as string,
    name: r.name as string,
    role: r.role as 'mentor' | 'mentee',
    capacity: Number(r.capacity),
    team: (r.team as string | null) ?? null,
    timeZone: r.time_zone as string,
    careerStage: (r.career_stage as string | null) ?? null,
    stack: list(r.stack),
    areas: list(r.areas),
    topics: list(r.topics),
    languages: list(r.languages),
    wantStack: list(r.want_stack),
    wantAreas: list(r.want_areas),
    preferredLanguages: list(r.preferred_languages),
    timeZoneWindowHours: (r.time_zone_window_hours as number | null) ?? null,
    activeGoalCategories: list(r.categories),
  }));
}

/** Open mentorships (pending, active, paused) between two members of the cohort. */
export async function findOpenPairsAmong(
  db: Db,
  cohortId: string,
): Promise<{ menteeId: string; mentorId: string }[]> {
  const rows = await queryRows<{ mentee_id: string; mentor_id: string }>(
    db,
    sql`select ms.mentee_id, ms.mentor_id from mentorships ms
        join cohort_members a on a.user_id = ms.mentee_id and a.cohort_id = ${cohortId}
          and a.role = 'mentee' and a.left_at is null
        join cohort_members b on b.user_id = ms.mentor_id and b.cohort_id = ${cohortId}
          and b.role = 'mentor' and b.left_at is null
        where ms.status in ('pending', 'active', 'paused')`,
  );
  return rows.map((r) => ({ menteeId: r.mentee_id, mentorId: r.mentor_id }));
}
