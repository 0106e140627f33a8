import { createHash, randomBytes } from 'node:crypto';
import type { QuestionKind } from '../../common/schemas/applications.ts';
import type { InviteRole, StaffRole } from '../../common/schemas/programs.ts';
import type { Db } from '../../server/db/client.ts';
import {
  applicationAnswers,
  applicationQuestions,
  applications,
  cohortMembers,
  cohorts,
  programInvites,
  programStaff,
  programs,
  rubricCriteria,
} from '../../server/db/schema/programs.ts';

function fail(message: string): never {
  throw new Error(message);
}

let sequence = 0;

/** A program with its admin (and more staff when given). Override any column. */
export async function buildProgram(
  db: Db,
  adminId: string,
  staff: { userId: string; role: StaffRole }[] = [],
  overrides: Partial<typeof programs.$inferInsert> = {},
) {
  sequence += 1;
  const [program = fail('program not inserted')] = await db
    .insert(programs)
    .values({
      name: `Program ${sequence}`,
      description: 'A program for tests.',
      createdById: adminId,
      ...overrides,
    })
    .returning();
  await db
    .insert(programStaff)
    .values([
      { programId: program.id, userId: adminId, role: 'admin' },
      ...staff.map((s) => ({ programId: program.id, ...s })),
    ]);
  return program;
}

export async function buildCohort(
  db: Db,
  programId: string,
  overrides: Partial<typeof cohorts.$inferInsert> = {},
) {
  sequence += 1;
  const [cohort = fail('cohort not inserted')] = await db
    .insert(cohorts)
    .values({
      programId,
      name: `Cohort ${sequence}`,
      startsOn: '2026-09-01',
      endsOn: '2026-12-15',
      applicationsOpen: true,
      ...overrides,
    })
    .returning();
  return cohort;
}

export async function addMember(
  db: Db,
  cohortId: string,
  userId: string,
  role: 'mentor' | 'mentee',
  capacity = 1,
) {
  await db.insert(cohortMembers).values({ cohortId, userId, role, capacity, joinedVia: 'invite' });
}

/** One question of each kind, the first two required. */
export async function buildForm(db: Db, cohortId: string) {
  const kinds: { kind: QuestionKind; label: string; options?: string[] }[] = [
    { kind: 'short-text', label: 'What role do you have today?' },
    { kind: 'long-text', label: 'What would you like to get out of the program?' },
    {
      kind: 'single-choice',
      label: 'How much time can you give?',
      options: ['1 hour a week', '2 hours a week'],
    },
    {
      kind: 'multiple-choice',
      label: 'Which areas interest you?',
      options: ['Frontend', 'Backend', 'Data'],
    },
    { kind: 'scale', label: 'How confident do you feel in interviews?' },
  ];
  return db
    .insert(applicationQuestions)
    .values(
      kinds.map((q, position) => ({
        cohortId,
        position,
        kind: q.kind,
        label: q.label,
        required: position < 2,
        options: q.options ?? [],
      })),
    )
    .returning();
}

/** An application with answers to the questions given (a valid answer for each kind). */
export async function buildApplication(
  db: Db,
  cohortId: string,
  applicantId: string,
  questions: (typeof applicationQuestions.$inferSelect)[] = [],
  overrides: Partial<typeof applications.$inferInsert> = {},
) {
  const [application = fail('application not inserted')] = await db
    .insert(applications)
    .values({ cohortId, applicantId, ...overrides })
    .returning();
  const value = (q: (typeof questions)[number]) =>
    q.kind === 'scale'
      ? 3
      : q.kind === 'multiple-choice'
        ? [q.options[0] ?? '']
        : q.kind === 'single-choice'
          ? (q.options[0] ?? '')
          : 'An answer';
  if (questions.length) {
    await db.insert(applicationAnswers).values(
      questions.map((q) => ({
        applicationId: application.id,
        questionId: q.id,
        value: value(q),
      })),
    );
  }
  return application;
}

const levels = (name: string) => [1, 2, 3, 4, 5].map((n) => `${name}: level ${n}`);

/** Criteria for a cohort's rubric, in order, each with five descriptors. */
export async function buildRubric(db: Db, cohortId: string, names: string[]) {
  return db
    .insert(rubricCriteria)
    .values(
      names.map((name, position) => ({ cohortId, position, name, descriptors: levels(name) })),
    )
    .returning();
}

/** An invite row with its secret, for tests that hold the link. */
export async function buildInvite(
  db: Db,
  programId: string,
  overrides: Partial<typeof programInvites.$inferInsert> & { role?: InviteRole } = {},
) {
  const token = randomBytes(32).toString('base64url');
  const [invite = fail('invite not inserted')] = await db
    .insert(programInvites)
    .values({
      programId,
      role: 'mentee',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
      ...overrides,
    })
    .returning();
  return { invite, token };
}
