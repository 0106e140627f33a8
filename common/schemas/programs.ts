import { z } from 'zod';
import { APPLICATION_STATUSES } from './applications.ts';
import { multiLineText, singleLineText } from './text.ts';

/**
 * Programs run by an organisation: the program itself, its staff, invite links, cohorts and who
 * joined them, and each cohort's application form.
 */
export const STAFF_ROLES = ['admin', 'reviewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const MEMBER_ROLES = ['mentor', 'mentee'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const INVITE_ROLES = [...STAFF_ROLES, ...MEMBER_ROLES] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];
export const JOINED_VIA = ['invite', 'application'] as const;

export const PROGRAM_NAME_MAX = 120;
export const PROGRAM_DESCRIPTION_MAX = 4000;
export const COHORT_NAME_MAX = 120;
export const TEAM_MAX = 80;

const isoDate = z.iso.date('Use a date like 2026-09-01.');
const requiredLine = (max: number, what: string) =>
  singleLineText(max).refine((v) => v.length > 0, `Give the ${what} a name.`);

export const programParams = z.object({ programId: z.uuid('That program address is not valid.') });
export const cohortParams = z.object({ cohortId: z.uuid('That cohort address is not valid.') });
export const staffParams = programParams.extend({ userId: z.string().min(1).max(100) });
export const memberParams = cohortParams.extend({ userId: z.string().min(1).max(100) });
export const inviteParams = programParams.extend({ inviteId: z.uuid() });
export const myInviteParams = z.object({ inviteId: z.uuid() });
export const inviteTokenParams = z.object({
  token: z.string().min(20, 'That invite link is not complete.').max(100),
});

export const createProgramInput = z.object({
  name: requiredLine(PROGRAM_NAME_MAX, 'program'),
  description: multiLineText(PROGRAM_DESCRIPTION_MAX)
    .transform((v) => v.trim())
    .optional(),
});
export type CreateProgramInput = z.input<typeof createProgramInput>;

export const updateProgramInput = z
  .object({
    name: requiredLine(PROGRAM_NAME_MAX, 'program').optional(),
    description: multiLineText(PROGRAM_DESCRIPTION_MAX)
      .transform((v) => v.trim())
      .optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined, 'Change at least one field.');
export type UpdateProgramInput = z.input<typeof updateProgramInput>;

const datesInOrder = (v: { startsOn?: string; endsOn?: string }) =>
  !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn;
const datesMessage = {
  message: 'The cohort must end on or after the day it starts.',
  path: ['endsOn'],
};

export const createCohortInput = z
  .object({
    name: requiredLine(COHORT_NAME_MAX, 'cohort'),
    startsOn: isoDate,
    endsOn: isoDate,
    maxTimeZoneGapHours: z.number().int().min(0).max(24).nullable().optional(),
  })
  .refine(datesInOrder, datesMessage);
export type CreateCohortInput = z.input<typeof createCohortInput>;

export const updateCohortInput = z
  .object({
    name: requiredLine(COHORT_NAME_MAX, 'cohort').optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    maxTimeZoneGapHours: z.number().int().min(0).max(24).nullable().optional(),
    applicationsOpen: z.boolean().optional(),
  })
  .refine(datesInOrder, datesMessage);
export type UpdateCohortInput = z.input<typeof updateCohortInput>;

export const cohortOutput = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  applicationsOpen: z.boolean(),
  maxTimeZoneGapHours: z.number().int().nullable(),
  counts: z.object({
    mentors: z.number().int(),
    mentees: z.number().int(),
    applications: z.number().int(),
  }),
  myRole: z.enum(STAFF_ROLES),
});
export type Cohort = z.infer<typeof cohortOutput>;

export const programOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  createdAt: z.iso.datetime(),
  myRole: z.enum(STAFF_ROLES),
  cohorts: z.array(cohortOutput.omit({ myRole: true, programName: true })),
});
export type Program = z.infer<typeof programOutput>;

/** `GET /api/programs`: everything programs-related about the caller. */
export const myProgramsOutput = z.object({
  staffOf: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      myRole: z.enum(STAFF_ROLES),
      cohorts: z.number().int(),
    }),
  ),
  memberOf: z.array(
    z.object({
      cohortId: z.uuid(),
      cohortName: z.string(),
      programName: z.string(),
      role: z.enum(MEMBER_ROLES),
      startsOn: z.string(),
      endsOn: z.string(),
    }),
  ),
  applications: z.array(
    z.object({
      id: z.uuid(),
      cohortId: z.uuid(),
      cohortName: z.string(),
      programName: z.string(),
      status: z.enum(APPLICATION_STATUSES),
      decisionReason: z.string(),
      submittedAt: z.iso.datetime(),
    }),
  ),
  /** Invites sent to my address that I have not used yet. */
  invites: z.array(
    z.object({
      id: z.uuid(),
      programName: z.string(),
      cohortName: z.string().nullable(),
      role: z.enum(INVITE_ROLES),
    }),
  ),
});
export type MyPrograms = z.infer<typeof myProgramsOutput>;

export const staffOutput = z.object({
  staff: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      role: z.enum(STAFF_ROLES),
      addedAt: z.iso.datetime(),
    }),
  ),
});
export type StaffList = z.infer<typeof staffOutput>;

export const createInviteInput = z
  .object({
    role: z.enum(INVITE_ROLES, { error: 'Choose admin, reviewer, mentor or mentee.' }),
    cohortId: z.uuid('Choose a cohort.').optional(),
    email: z
      .email('Enter an email address like name@example.org.')
      .max(254)
      .transform((v) => v.toLowerCase())
      .optional(),
    capacity: z.number().int().min(1).max(3).optional(),
  })
  .superRefine((v, ctx) => {
    const member = v.role === 'mentor' || v.role === 'mentee';
    if (member && !v.cohortId) {
      ctx.addIssue({ code: 'custom', path: ['cohortId'], message: 'Choose the cohort they join.' });
    }
    if (!member && v.cohortId) {
      ctx.addIssue({
        code: 'custom',
        path: ['cohortId'],
        message: 'Staff join the whole program, not a cohort.',
      });
    }
    if (v.capacity !== undefined && v.role !== 'mentor') {
      ctx.addIssue({
        code: 'custom',
        path: ['capacity'],
        message: 'Only mentors have a capacity.',
      });
    }
  });
export type CreateInviteInput = z.input<typeof createInviteInput>;

export const inviteOutput = z.object({
  id: z.uuid(),
  role: z.enum(INVITE_ROLES),
  cohortId: z.uuid().nullable(),
  cohortName: z.string().nullable(),
  email: z.string().nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  usedCount: z.number().int(),
  /** Still works: not revoked, not expired, and not used when it was sent to one address. */
  active: z.boolean(),
});
export type ProgramInvite = z.infer<typeof inviteOutput>;
export const invitesOutput = z.object({ invites: z.array(inviteOutput) });
export const inviteCreatedOutput = z.object({ invite: inviteOutput, inviteUrl: z.url() });
export type InviteCreated = z.infer<typeof inviteCreatedOutput>;

export const invitePreviewOutput = z.object({
  programName: z.string(),
  programDescription: z.string(),
  cohortName: z.string().nullable(),
  role: z.enum(INVITE_ROLES),
  /** The invite names one address; only that account can accept it. */
  forEmail: z.boolean(),
});
export type InvitePreview = z.infer<typeof invitePreviewOutput>;

export const inviteAcceptedOutput = z.object({
  programId: z.uuid(),
  cohortId: z.uuid().nullable(),
  role: z.enum(INVITE_ROLES),
});
export type InviteAccepted = z.infer<typeof inviteAcceptedOutput>;

export const memberOutput = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(MEMBER_ROLES),
  capacity: z.number().int(),
  team: z.string().nullable(),
  joinedVia: z.enum(JOINED_VIA),
  joinedAt: z.iso.datetime(),
  leftAt: z.iso.datetime().nullable(),
  /** Mentors: what their profile says, in a line (never anything private). */
  profile: z.object({ headline: z.string(), careerStage: z.string().nullable() }).nullable(),
});
export type CohortMember = z.infer<typeof memberOutput>;
export const membersOutput = z.object({ members: z.array(memberOutput) });

export const updateMemberInput = z
  .object({
    capacity: z
      .number()
      .int()
      .min(1, 'At least one mentee.')
      .max(3, 'Three mentees at most.')
      .optional(),
    team: singleLineText(TEAM_MAX)
      .transform((v) => v || null)
      .nullable()
      .optional(),
  })
  .refine((v) => v.capacity !== undefined || v.team !== undefined, 'Change at least one field.');
export type UpdateMemberInput = z.input<typeof updateMemberInput>;
