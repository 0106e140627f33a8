import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';

/**
 * The caller's own rows, read by named columns. Every query is scoped to the caller: by their
 * user id, or (for sessions) by a mentorship they are a participant of, and then only the
 * caller's own writing (their prep as the mentee, their private note).
 */
type Row = Record<string, unknown>;

export const findProfile = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select is_mentor, is_mentee, career_stage, headline, bio, years_experience, current_role,
      stack, areas, topics, education, languages, capacity, accepting_requests, links,
      looking_for, target_role, want_stack, want_areas, preferred_languages,
      time_zone_window_hours, wanted_experiences, updated_at
    from profiles where user_id = ${userId}`,
  );

export const listExperiences = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select experience, label, scope, program_use from profile_experiences
    where user_id = ${userId} order by created_at`,
  );

export const listGoals = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select id, title, category, success_criterion, target_date::text as target_date, status,
      created_at from goals where owner_id = ${userId} order by created_at`,
  );

export const listGoalNotes = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select n.goal_id, n.body, n.created_at from goal_progress_notes n
    join goals g on g.id = n.goal_id where g.owner_id = ${userId} order by n.created_at`,
  );

export const listMentorships = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select m.id, m.mentee_id, m.mentor_id, m.origin, m.status, m.message, m.decline_note, m.close_note,
      m.requested_at,
      m.started_at, m.closed_at,
      (select u.name from users u
        where u.id = case when m.mentee_id = ${userId} then m.mentor_id else m.mentee_id end)
        as counterpart
    from mentorships m where m.mentee_id = ${userId} or m.mentor_id = ${userId}
    order by m.requested_at`,
  );

export const listMentorshipEvents = (db: Db, mentorshipId: string) =>
  queryRows<Row>(
    db,
    sql`select kind, actor_id, note, created_at from mentorship_events
    where mentorship_id = ${mentorshipId} order by created_at`,
  );

/** Sessions of a mentorship the caller is in, with the caller's own private note. */
export const listSessions = (db: Db, mentorshipId: string, userId: string) =>
  queryRows<Row>(
    db,
    sql`select s.id, s.starts_at, s.duration_minutes, s.status, s.location,
      coalesce(p.body, '') as private_note
    from mentoring_sessions s
    left join private_notes p on p.session_id = s.id and p.author_id = ${userId}
    where s.mentorship_id = ${mentorshipId} order by s.starts_at`,
  );

export const listSessionEvents = (db: Db, mentorshipId: string) =>
  queryRows<Row>(
    db,
    sql`select e.session_id, e.kind, e.actor_id, e.reason, e.created_at from session_events e
    join mentoring_sessions s on s.id = e.session_id
    where s.mentorship_id = ${mentorshipId} order by e.created_at`,
  );

export const findPrep = (db: Db, sessionId: string) =>
  queryRows<Row>(
    db,
    sql`select goal, shared_at,
      coalesce((select json_agg(q.text order by q.position) from prep_questions q
        where q.session_id = ${sessionId}), '[]'::json) as questions,
      coalesce((select json_agg(json_build_object('title', r.title, 'url', r.url, 'note', r.note)
        order by r.position) from prep_resources r
        where r.session_id = ${sessionId}), '[]'::json) as links
    from session_preps where session_id = ${sessionId}`,
  );

export const listNotifications = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select type, title, body, created_at, read_at from notifications
    where user_id = ${userId} order by created_at`,
  );

export const listPreferences = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select type, channel from notification_preferences where user_id = ${userId}
    order by type`,
  );

export const findDigest = (db: Db, userId: string) =>
  queryRows<Row>(db, sql`select digest from notification_settings where user_id = ${userId}`);

export const findUsualHours = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select start_minute, end_minute, days from usual_hours where user_id = ${userId}`,
  );

export const listOutbox = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select type, to_address, subject, text, status, created_at, sent_at from outbox_mails
    where user_id = ${userId} order by created_at`,
  );

export const findCalendarFeed = (db: Db, userId: string) =>
  queryRows<Row>(db, sql`select created_at from calendar_feeds where user_id = ${userId}`);

export const listStaffRoles = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select p.name as program, s.role, s.added_at from program_staff s
    join programs p on p.id = s.program_id where s.user_id = ${userId} order by s.added_at`,
  );

export const listMemberships = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select p.name as program, c.name as cohort, m.role, m.capacity, m.team, m.joined_via,
      m.joined_at, m.left_at
    from cohort_members m join cohorts c on c.id = m.cohort_id
    join programs p on p.id = c.program_id
    where m.user_id = ${userId} order by m.joined_at`,
  );

/** The caller's applications with what they answered and when they are interviewed. */
export const listApplications = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select a.id, p.name as program, c.name as cohort, a.status, a.submitted_at,
      a.decided_at, a.decision_reason, a.withdrawn_at,
      coalesce((select json_agg(json_build_object('question', q.label, 'value', x.value)
        order by q.position) from application_answers x
        join application_questions q on q.id = x.question_id
        where x.application_id = a.id), '[]'::json) as answers,
      coalesce((select json_agg(json_build_object('startsAt', i.starts_at,
        'durationMinutes', i.duration_minutes, 'location', i.location,
        'cancelledAt', i.cancelled_at) order by i.starts_at)
        from interviews i where i.application_id = a.id), '[]'::json) as interviews
    from applications a join cohorts c on c.id = a.cohort_id
    join programs p on p.id = c.program_id
    where a.applicant_id = ${userId} order by a.submitted_at`,
  );

/** Scorecards the caller wrote as a reviewer (their own words; never others' about them). */
export const listScorecards = (db: Db, userId: string) =>
  queryRows<Row>(
    db,
    sql`select r.interview_id, r.notes, r.submitted_at,
      coalesce((select json_agg(json_build_object('criterion', c.name, 'score', s.score,
        'note', s.note) order by c.position) from interview_scores s
        join rubric_criteria c on c.id = s.criterion_id
        where s.interview_id = r.interview_id and s.reviewer_id = ${userId}), '[]'::json)
        as scores
    from interview_reviewers r where r.reviewer_id = ${userId}`,
  );
