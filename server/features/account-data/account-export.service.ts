import type { Me } from '../../../common/schemas/account.ts';
import type { MentorshipSummaryDoc } from '../../../common/schemas/closure.ts';
import type { AccountExport } from '../../../common/schemas/export.ts';
import type { FitCheck } from '../../../common/schemas/fit-check.ts';
import type { MentorshipStatus } from '../../../common/schemas/mentorships.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import * as repo from './account-export.repo.ts';

/**
 * The export shows what the app shows: it asks the same read models the pages ask, so their
 * privacy rules (one reader's summary, the fit check's reveal) hold here without a copy. The app
 * hands them in (server/app.ts), so this feature does not reach into the others.
 */
export interface SharedReaders {
  me(user: SignedInUser): Me;
  summary(db: Db, caller: Caller, mentorshipId: string, now: Date): Promise<MentorshipSummaryDoc>;
  fitCheck(db: Db, caller: Caller, mentorshipId: string, now: Date): Promise<FitCheck>;
}

type Caller = SignedInUser;
type Row = Record<string, unknown>;

const STARTED: MentorshipStatus[] = ['active', 'paused', 'closed'];

const iso = (value: unknown): string => new Date(value as string | Date).toISOString();
const isoOrNull = (value: unknown): string | null => (value == null ? null : iso(value));
const str = (value: unknown): string => (value == null ? '' : String(value));
const strOrNull = (value: unknown): string | null => (value == null ? null : String(value));
const num = (value: unknown): number => Number(value);
const numOrNull = (value: unknown): number | null => (value == null ? null : Number(value));
const list = <T>(value: unknown): T[] =>
  (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as T[];

async function exportProfile(db: Db, userId: string): Promise<AccountExport['profile']> {
  const [row] = await repo.findProfile(db, userId);
  if (!row) return null;
  const experiences = await repo.listExperiences(db, userId);
  return {
    isMentor: Boolean(row.is_mentor),
    isMentee: Boolean(row.is_mentee),
    careerStage: strOrNull(row.career_stage),
    headline: str(row.headline),
    bio: str(row.bio),
    yearsExperience: numOrNull(row.years_experience),
    currentRole: strOrNull(row.current_role),
    stack: list(row.stack),
    areas: list(row.areas),
    topics: list(row.topics),
    education: list(row.education),
    languages: list(row.languages),
    capacity: num(row.capacity),
    acceptingRequests: Boolean(row.accepting_requests),
    links: list(row.links),
    lookingFor: str(row.looking_for),
    targetRole: str(row.target_role),
    wantStack: list(row.want_stack),
    wantAreas: list(row.want_areas),
    preferredLanguages: list(row.preferred_languages),
    timeZoneWindowHours: numOrNull(row.time_zone_window_hours),
    wantedExperiences: list(row.wanted_experiences),
    experiences: experiences.map((e) => ({
      experience: str(e.experience),
      label: str(e.label),
      scope: str(e.scope),
      programUse: Boolean(e.program_use),
    })),
    updatedAt: iso(row.updated_at),
  };
}

async function exportGoals(db: Db, userId: string): Promise<AccountExport['goals']> {
  const [goals, notes] = await Promise.all([
    repo.listGoals(db, userId),
    repo.listGoalNotes(db, userId),
  ]);
  return goals.map((goal) => ({
    id: str(goal.id),
    title: str(goal.title),
    category: str(goal.category),
    successCriterion: str(goal.success_criterion),
    targetDate: strOrNull(goal.target_date),
    status: str(goal.status),
    createdAt: iso(goal.created_at),
    progressNotes: notes
      .filter((note) => note.goal_id === goal.id)
      .map((note) => ({ body: str(note.body), createdAt: iso(note.created_at) })),
  }));
}

const byWhom = (actorId: unknown, callerId: string) =>
  actorId == null
    ? ('tandem' as const)
    : actorId === callerId
      ? ('me' as const)
      : ('them' as const);

async function exportMentorship(
  db: Db,
  readers: SharedReaders,
  caller: Caller,
  row: Row,
  now: Date,
) {
  const id = str(row.id);
  const status = row.status as MentorshipStatus;
  const myRole = row.mentee_id === caller.id ? ('mentee' as const) : ('mentor' as const);
  const started = STARTED.includes(status) && row.mentee_id != null && row.mentor_id != null;
  const [events, sessions, sessionEvents, summary, fitCheck] = await Promise.all([
    repo.listMentorshipEvents(db, id),
    repo.listSessions(db, id, caller.id),
    repo.listSessionEvents(db, id),
    started ? readers.summary(db, caller, id, now) : null,
    started ? readers.fitCheck(db, caller, id, now) : null,
  ]);
  const exported = [];
  for (const session of sessions) {
    const [prep] = myRole === 'mentee' ? await repo.findPrep(db, str(session.id)) : [];
    exported.push({
      id: str(session.id),
      startsAt: iso(session.starts_at),
      durationMinutes: num(session.duration_minutes),
      status: str(session.status),
      location: str(session.location),
      prep: prep
        ? {
            goal: str(prep.goal),
            sharedAt: isoOrNull(prep.shared_at),
            questions: list<string>(prep.questions),
            links: list<{ title: string; url: string; note: string }>(prep.links),
          }
        : null,
      privateNote: str(session.private_note),
      events: sessionEvents
        .filter((event) => event.session_id === session.id)
        .map((event) => ({
          kind: str(event.kind),
          by: byWhom(event.actor_id, caller.id),
          reason: str(event.reason),
          at: iso(event.created_at),
        })),
    });
  }
  return {
    id,
    myRole,
    counterpart: strOrNull(row.counterpart),
    origin: str(row.origin),
    status,
    message: str(row.message),
    declineNote: strOrNull(row.decline_note),
    closeNote: str(row.close_note),
    requestedAt: iso(row.requested_at),
    startedAt: isoOrNull(row.started_at),
    closedAt: isoOrNull(row.closed_at),
    events: events.map((event) => ({
      kind: str(event.kind),
      by: byWhom(event.actor_id, caller.id),
      note: str(event.note),
      at: iso(event.created_at),
    })),
    summary,
    fitCheck,
    sessions: exported,
  };
}

async function exportPrograms(db: Db, userId: string): Promise<AccountExport['programs']> {
  const [staff, memberships, applications, scorecards] = await Promise.all([
    repo.listStaffRoles(db, userId),
    repo.listMemberships(db, userId),
    repo.listApplications(db, userId),
    repo.listScorecards(db, userId),
  ]);
  return {
    staff: staff.map((s) => ({
      program: str(s.program),
      role: str(s.role),
      addedAt: iso(s.added_at),
    })),
    memberships: memberships.map((m) => ({
      program: str(m.program),
      cohort: str(m.cohort),
      role: str(m.role),
      capacity: num(m.capacity),
      team: strOrNull(m.team),
      joinedVia: str(m.joined_via),
      joinedAt: iso(m.joined_at),
      leftAt: isoOrNull(m.left_at),
    })),
    applications: applications.map((a) => ({
      id: str(a.id),
      program: str(a.program),
      cohort: str(a.cohort),
      status: str(a.status),
      submittedAt: iso(a.submitted_at),
      decidedAt: isoOrNull(a.decided_at),
      decisionReason: str(a.decision_reason),
      withdrawnAt: isoOrNull(a.withdrawn_at),
      answers: list<{ question: string; value: unknown }>(a.answers),
      interviews: list<Row>(a.interviews).map((i) => ({
        startsAt: iso(i.startsAt),
        durationMinutes: num(i.durationMinutes),
        location: str(i.location),
        cancelledAt: isoOrNull(i.cancelledAt),
      })),
    })),
    scorecards: scorecards.map((s) => ({
      interviewId: str(s.interview_id),
      notes: str(s.notes),
      submittedAt: isoOrNull(s.submitted_at),
      scores: list<{ criterion: string; score: number; note: string }>(s.scores),
    })),
  };
}

/** Everything the caller may see of their own, as one document. */
export async function exportAccount(
  db: Db,
  readers: SharedReaders,
  caller: Caller,
  now: Date,
): Promise<AccountExport> {
  const userId = caller.id;
  const mentorshipRows = await repo.listMentorships(db, userId);
  const mentorships = [];
  for (const row of mentorshipRows)
    mentorships.push(await exportMentorship(db, readers, caller, row, now));
  const [profile, goals, notifications, channels, digest, hours, outbox, feed, programs] =
    await Promise.all([
      exportProfile(db, userId),
      exportGoals(db, userId),
      repo.listNotifications(db, userId),
      repo.listPreferences(db, userId),
      repo.findDigest(db, userId),
      repo.findUsualHours(db, userId),
      repo.listOutbox(db, userId),
      repo.findCalendarFeed(db, userId),
      exportPrograms(db, userId),
    ]);
  const [usualHours] = hours;
  return {
    format: 'tandem-export',
    version: 1,
    exportedAt: now.toISOString(),
    account: readers.me(caller),
    profile,
    goals,
    mentorships,
    notifications: notifications.map((n) => ({
      type: str(n.type),
      title: str(n.title),
      body: str(n.body),
      createdAt: iso(n.created_at),
      readAt: isoOrNull(n.read_at),
    })),
    preferences: {
      channels: channels.map((c) => ({ type: str(c.type), channel: str(c.channel) })),
      digest: digest[0] ? str(digest[0].digest) : null,
      usualHours: usualHours
        ? {
            startMinute: num(usualHours.start_minute),
            endMinute: num(usualHours.end_minute),
            days: list<number>(usualHours.days).map(Number),
          }
        : null,
    },
    outbox: outbox.map((m) => ({
      type: str(m.type),
      to: str(m.to_address),
      subject: str(m.subject),
      text: str(m.text),
      status: str(m.status),
      createdAt: iso(m.created_at),
      sentAt: isoOrNull(m.sent_at),
    })),
    calendarFeed: { exists: feed.length > 0, createdAt: isoOrNull(feed[0]?.created_at) },
    programs,
  };
}

export const exportFileName = (now: Date) => `tandem-export-${now.toISOString().slice(0, 10)}.json`;
