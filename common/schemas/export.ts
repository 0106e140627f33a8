import { z } from 'zod';
import { meOutput } from './account.ts';
import { summaryOutput } from './closure.ts';
import { fitCheckOutput } from './fit-check.ts';
import { MENTORSHIP_STATUSES } from './mentorships.ts';

/**
 * "Download my data": everything a person may see of their own, in one JSON document. What is
 * shared with someone else comes through the same read models the app shows (the mentorship
 * summary for one reader, the fit check with its reveal rule), so the other person's private
 * notes, reflections and unrevealed answers are never in it.
 */
const iso = z.iso.datetime();
const isoOrNull = iso.nullable();

const exportProfile = z.object({
  isMentor: z.boolean(),
  isMentee: z.boolean(),
  careerStage: z.string().nullable(),
  headline: z.string(),
  bio: z.string(),
  yearsExperience: z.number().int().nullable(),
  currentRole: z.string().nullable(),
  stack: z.array(z.string()),
  areas: z.array(z.string()),
  topics: z.array(z.string()),
  education: z.array(z.string()),
  languages: z.array(z.string()),
  capacity: z.number().int(),
  acceptingRequests: z.boolean(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  lookingFor: z.string(),
  targetRole: z.string(),
  wantStack: z.array(z.string()),
  wantAreas: z.array(z.string()),
  preferredLanguages: z.array(z.string()),
  timeZoneWindowHours: z.number().int().nullable(),
  wantedExperiences: z.array(z.string()),
  experiences: z.array(
    z.object({
      experience: z.string(),
      label: z.string(),
      scope: z.string(),
      programUse: z.boolean(),
    }),
  ),
  updatedAt: iso,
});

const exportGoal = z.object({
  id: z.uuid(),
  title: z.string(),
  category: z.string(),
  successCriterion: z.string(),
  targetDate: z.string().nullable(),
  status: z.string(),
  createdAt: iso,
  progressNotes: z.array(z.object({ body: z.string(), createdAt: iso })),
});

/** Every session of the mentorship: its facts, its history, and what is the person's own. */
const exportSession = z.object({
  id: z.uuid(),
  startsAt: iso,
  durationMinutes: z.number().int(),
  status: z.string(),
  location: z.string(),
  /** The person's own prep, when they are the mentee. */
  prep: z
    .object({
      goal: z.string(),
      sharedAt: isoOrNull,
      questions: z.array(z.string()),
      links: z.array(z.object({ title: z.string(), url: z.string(), note: z.string() })),
    })
    .nullable(),
  privateNote: z.string(),
  events: z.array(
    z.object({
      kind: z.string(),
      by: z.enum(['me', 'them', 'tandem']),
      reason: z.string(),
      at: iso,
    }),
  ),
});

const exportMentorship = z.object({
  id: z.uuid(),
  myRole: z.enum(['mentee', 'mentor']),
  counterpart: z.string().nullable(),
  origin: z.string(),
  status: z.enum(MENTORSHIP_STATUSES),
  /** The request or invitation message, whoever wrote it (both have always seen it). */
  message: z.string(),
  declineNote: z.string().nullable(),
  closeNote: z.string(),
  requestedAt: iso,
  startedAt: isoOrNull,
  closedAt: isoOrNull,
  events: z.array(
    z.object({ kind: z.string(), by: z.enum(['me', 'them', 'tandem']), note: z.string(), at: iso }),
  ),
  /** The summary the person can download from the mentorship page (held sessions, reviews…). */
  summary: summaryOutput.nullable(),
  fitCheck: fitCheckOutput.nullable(),
  sessions: z.array(exportSession),
});

export const accountExportOutput = z.object({
  format: z.literal('tandem-export'),
  version: z.literal(1),
  exportedAt: iso,
  account: meOutput,
  profile: exportProfile.nullable(),
  goals: z.array(exportGoal),
  mentorships: z.array(exportMentorship),
  notifications: z.array(
    z.object({
      type: z.string(),
      title: z.string(),
      body: z.string(),
      createdAt: iso,
      readAt: isoOrNull,
    }),
  ),
  preferences: z.object({
    channels: z.array(z.object({ type: z.string(), channel: z.string() })),
    digest: z.string().nullable(),
    usualHours: z
      .object({
        startMinute: z.number().int(),
        endMinute: z.number().int(),
        days: z.array(z.number().int()),
      })
      .nullable(),
  }),
  outbox: z.array(
    z.object({
      type: z.string(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      status: z.string(),
      createdAt: iso,
      sentAt: isoOrNull,
    }),
  ),
  /** Whether a personal calendar feed exists; its secret address is not part of the export. */
  calendarFeed: z.object({ exists: z.boolean(), createdAt: isoOrNull }),
  programs: z.object({
    staff: z.array(z.object({ program: z.string(), role: z.string(), addedAt: iso })),
    memberships: z.array(
      z.object({
        program: z.string(),
        cohort: z.string(),
        role: z.string(),
        capacity: z.number().int(),
        team: z.string().nullable(),
        joinedVia: z.string(),
        joinedAt: iso,
        leftAt: isoOrNull,
      }),
    ),
    applications: z.array(
      z.object({
        id: z.uuid(),
        program: z.string(),
        cohort: z.string(),
        status: z.string(),
        submittedAt: iso,
        decidedAt: isoOrNull,
        decisionReason: z.string(),
        withdrawnAt: isoOrNull,
        answers: z.array(z.object({ question: z.string(), value: z.unknown() })),
        interviews: z.array(
          z.object({
            startsAt: iso,
            durationMinutes: z.number().int(),
            location: z.string(),
            cancelledAt: isoOrNull,
          }),
        ),
      }),
    ),
    /** Scorecards the person wrote as a reviewer. */
    scorecards: z.array(
      z.object({
        interviewId: z.uuid(),
        notes: z.string(),
        submittedAt: isoOrNull,
        scores: z.array(
          z.object({ criterion: z.string(), score: z.number().int(), note: z.string() }),
        ),
      }),
    ),
  }),
});
export type AccountExport = z.infer<typeof accountExportOutput>;
