import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildApplication,
  buildCohort,
  buildForm,
  buildProgram,
} from '../../../tests/factories/program.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import {
  applicationQuestions,
  applications,
  interviewReviewers,
  interviews,
  programStaff,
} from '../../db/schema/programs.ts';

let t: TestApp;
let admin: BuiltUser;
let reviewer: BuiltUser;
let otherAdmin: BuiltUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await buildUser(t.app.auth, { name: 'Ada Admin' });
  reviewer = await buildUser(t.app.auth, { name: 'Rui Reviewer' });
  otherAdmin = await buildUser(t.app.auth, { name: 'Ola Other' });
  await buildProgram(t.database.db, otherAdmin.user.id);
});
afterAll(() => t.close());

async function cohortWithForm() {
  const db = t.database.db;
  const program = await buildProgram(db, admin.user.id, [
    { userId: reviewer.user.id, role: 'reviewer' },
  ]);
  const cohort = await buildCohort(db, program.id);
  const questions = await buildForm(db, cohort.id);
  return { program, cohort, questions };
}

const q = (questions: { id: string; kind: string }[], kind: string) => {
  const found = questions.find((x) => x.kind === kind);
  if (!found) throw new Error(kind);
  return found.id;
};

describe('the application form', () => {
  it('saves an ordered list: edits, reorders, adds, deletes an unanswered question', async () => {
    const { cohort, questions } = await cohortWithForm();
    const [first, second, third] = questions;
    const res = await call(t.app, 'PUT', `/api/cohorts/${cohort.id}/application-form`, {
      cookie: admin.cookie,
      body: {
        questions: [
          { id: second?.id, kind: 'long-text', label: 'Why now?', required: true },
          { id: first?.id, kind: 'short-text', label: 'Your role today', help: 'One line.' },
          { kind: 'single-choice', label: 'Where are you?', options: ['Europe', 'Americas'] },
          { id: third?.id, kind: 'single-choice', label: third?.label, options: ['A', 'B', 'C'] },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json().questions;
    expect(saved.map((x: { label: string }) => x.label)).toEqual([
      'Why now?',
      'Your role today',
      'Where are you?',
      third?.label,
    ]);
    expect(saved[1].help).toBe('One line.');
    const stored = await t.database.db
      .select()
      .from(applicationQuestions)
      .where(eq(applicationQuestions.cohortId, cohort.id));
    expect(stored).toHaveLength(4);
    const read = await call(t.app, 'GET', `/api/cohorts/${cohort.id}/application-form`, {
      cookie: reviewer.cookie,
    });
    expect(read.json()).toEqual(res.json());
  });

  it('refuses bad choices and leaves the form as it was', async () => {
    const { cohort } = await cohortWithForm();
    const before = await snapshotDatabase(t.database.db);
    const put = (question: Record<string, unknown>) =>
      call(t.app, 'PUT', `/api/cohorts/${cohort.id}/application-form`, {
        cookie: admin.cookie,
        body: { questions: [{ label: 'Fine', kind: 'short-text' }, question] },
      });
    const one = await put({ kind: 'single-choice', label: 'Pick', options: ['Only'] });
    expect(one.json().error.fields['questions.1.options']).toMatch(/between 2 and 20/);
    const twice = await put({ kind: 'multiple-choice', label: 'Pick', options: ['A', 'A'] });
    expect(twice.json().error.fields['questions.1.options.1']).toMatch(/different/);
    const textOptions = await put({ kind: 'scale', label: 'Rate', options: ['A', 'B'] });
    expect(textOptions.statusCode).toBe(400);
    const reviewerPut = await call(t.app, 'PUT', `/api/cohorts/${cohort.id}/application-form`, {
      cookie: reviewer.cookie,
      body: { questions: [] },
    });
    expect(reviewerPut.statusCode).toBe(404);
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('archives an answered question instead of deleting it, and keeps its kind', async () => {
    const { cohort, questions } = await cohortWithForm();
    const candidate = await buildUser(t.app.auth);
    const application = await buildApplication(
      t.database.db,
      cohort.id,
      candidate.user.id,
      questions,
    );
    const form = await call(t.app, 'GET', `/api/cohorts/${cohort.id}/application-form`, {
      cookie: admin.cookie,
    });
    expect(form.json().questions.every((x: { answered: boolean }) => x.answered)).toBe(true);
    const scaleId = q(questions, 'scale');
    const changeKind = await call(t.app, 'PUT', `/api/cohorts/${cohort.id}/application-form`, {
      cookie: admin.cookie,
      body: { questions: [{ id: scaleId, kind: 'short-text', label: 'Confidence' }] },
    });
    expect(changeKind.json().error.fields['questions.0.kind']).toMatch(/already answered/);

    const keepOne = await call(t.app, 'PUT', `/api/cohorts/${cohort.id}/application-form`, {
      cookie: admin.cookie,
      body: { questions: [{ id: scaleId, kind: 'scale', label: 'Confidence' }] },
    });
    expect(keepOne.json().questions).toHaveLength(1);
    const rows = await t.database.db
      .select()
      .from(applicationQuestions)
      .where(eq(applicationQuestions.cohortId, cohort.id));
    expect(rows.filter((r) => r.archivedAt !== null)).toHaveLength(4);
    // The application still reads as it was sent.
    const detail = await call(t.app, 'GET', `/api/applications/${application.id}`, {
      cookie: admin.cookie,
    });
    expect(detail.json().answers).toHaveLength(5);
  });
});

describe('applying', () => {
  it('shows the apply page while open, checks answers per kind, then one per cohort', async () => {
    const { cohort, questions } = await cohortWithForm();
    const cal = await buildUser(t.app.auth, { name: 'Cal Candidate' });
    const view = await call(t.app, 'GET', `/api/cohorts/${cohort.id}/apply`, {
      cookie: cal.cookie,
    });
    expect(view.json()).toMatchObject({ applicationsOpen: true, myApplication: null });
    expect(view.json().questions).toHaveLength(5);

    const before = await snapshotDatabase(t.database.db);
    const bad = await call(t.app, 'POST', `/api/cohorts/${cohort.id}/applications`, {
      cookie: cal.cookie,
      body: {
        answers: {
          [q(questions, 'short-text')]: 'line one\nline two',
          [q(questions, 'single-choice')]: 'Every day',
          [q(questions, 'multiple-choice')]: ['Frontend', 'Cooking'],
          [q(questions, 'scale')]: 6,
          '00000000-0000-4000-8000-000000000000': 'extra',
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.fields;
    expect(fields[`answers.${q(questions, 'short-text')}`]).toMatch(/one line/);
    expect(fields[`answers.${q(questions, 'long-text')}`]).toMatch(/needs an answer/);
    expect(fields[`answers.${q(questions, 'single-choice')}`]).toMatch(/one of the options/);
    expect(fields[`answers.${q(questions, 'multiple-choice')}`]).toMatch(/options given/);
    expect(fields[`answers.${q(questions, 'scale')}`]).toMatch(/1 to 5/);
    expect(fields['answers.00000000-0000-4000-8000-000000000000']).toMatch(/not on the form/);
    const wrongKind = await call(t.app, 'POST', `/api/cohorts/${cohort.id}/applications`, {
      cookie: cal.cookie,
      body: { answers: { [q(questions, 'short-text')]: 5, [q(questions, 'long-text')]: ['a'] } },
    });
    expect(Object.keys(wrongKind.json().error.fields)).toHaveLength(2);
    expect(await snapshotDatabase(t.database.db)).toBe(before);

    const answers = {
      [q(questions, 'short-text')]: '  Support engineer  ',
      [q(questions, 'long-text')]: 'Move into backend work.',
      [q(questions, 'multiple-choice')]: ['Backend', 'Data'],
      [q(questions, 'scale')]: 2,
    };
    const ok = await call(t.app, 'POST', `/api/cohorts/${cohort.id}/applications`, {
      cookie: cal.cookie,
      body: { answers },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'submitted', decisionReason: null });
    expect(ok.json().answers[0]).toMatchObject({ value: 'Support engineer' });
    const again = await call(t.app, 'POST', `/api/cohorts/${cohort.id}/applications`, {
      cookie: cal.cookie,
      body: { answers },
    });
    expect(again.statusCode).toBe(409);
    const mine = await call(t.app, 'GET', '/api/me/applications', { cookie: cal.cookie });
    expect(mine.json().applications).toHaveLength(1);
  });

  it('closes the door when applications close, except to those who applied', async () => {
    const { cohort, questions } = await cohortWithForm();
    const cal = await buildUser(t.app.auth);
    const late = await buildUser(t.app.auth);
    await buildApplication(t.database.db, cohort.id, cal.user.id, questions);
    await call(t.app, 'PATCH', `/api/cohorts/${cohort.id}`, {
      cookie: admin.cookie,
      body: { applicationsOpen: false },
    });
    const view = await call(t.app, 'GET', `/api/cohorts/${cohort.id}/apply`, {
      cookie: late.cookie,
    });
    expect(view.statusCode).toBe(404);
    const submit = await call(t.app, 'POST', `/api/cohorts/${cohort.id}/applications`, {
      cookie: late.cookie,
      body: { answers: {} },
    });
    expect(submit.statusCode).toBe(409);
    const calView = await call(t.app, 'GET', `/api/cohorts/${cohort.id}/apply`, {
      cookie: cal.cookie,
    });
    expect(calView.json()).toMatchObject({ applicationsOpen: false });
    expect(calView.json().myApplication.status).toBe('submitted');
  });

  it('withdraws before a decision only, and shows the reason once decided', async () => {
    const { cohort, questions } = await cohortWithForm();
    const cal = await buildUser(t.app.auth);
    const dee = await buildUser(t.app.auth);
    const open = await buildApplication(t.database.db, cohort.id, cal.user.id, questions);
    const decided = await buildApplication(t.database.db, cohort.id, dee.user.id, [], {
      status: 'waitlisted',
      decidedAt: new Date(),
      decisionReason: 'We had more candidates than mentors.',
    });
    const other = await call(t.app, 'POST', `/api/me/applications/${open.id}/withdraw`, {
      cookie: dee.cookie,
    });
    expect(other.statusCode).toBe(404);
    const res = await call(t.app, 'POST', `/api/me/applications/${open.id}/withdraw`, {
      cookie: cal.cookie,
    });
    expect(res.json()).toMatchObject({ status: 'withdrawn' });
    const twice = await call(t.app, 'POST', `/api/me/applications/${open.id}/withdraw`, {
      cookie: cal.cookie,
    });
    expect(twice.statusCode).toBe(409);
    const tooLate = await call(t.app, 'POST', `/api/me/applications/${decided.id}/withdraw`, {
      cookie: dee.cookie,
    });
    expect(tooLate.statusCode).toBe(409);
    const read = await call(t.app, 'GET', `/api/me/applications/${decided.id}`, {
      cookie: dee.cookie,
    });
    expect(read.json()).toMatchObject({
      status: 'waitlisted',
      decisionReason: 'We had more candidates than mentors.',
    });
    const list = await call(t.app, 'GET', '/api/programs', { cookie: dee.cookie });
    expect(list.json().applications[0].decisionReason).toBe('We had more candidates than mentors.');
  });
});

describe('reviewing applications', () => {
  it('admins see all with counts; reviewers only those on their panels', async () => {
    const db = t.database.db;
    const { cohort, questions } = await cohortWithForm();
    const people = await Promise.all([1, 2, 3].map(() => buildUser(t.app.auth)));
    const [a, b, c] = await Promise.all(
      people.map((p) => buildApplication(db, cohort.id, p.user.id, questions)),
    );
    if (!a || !b || !c) throw new Error('applications');
    await db.update(applications).set({ status: 'interviewing' }).where(eq(applications.id, a.id));
    const [interview] = await db
      .insert(interviews)
      .values({ applicationId: a.id, startsAt: new Date(), durationMinutes: 30 })
      .returning();
    if (!interview) throw new Error('interview');
    await db
      .insert(interviewReviewers)
      .values({ interviewId: interview.id, reviewerId: reviewer.user.id });

    const all = await call(t.app, 'GET', `/api/cohorts/${cohort.id}/applications`, {
      cookie: admin.cookie,
    });
    expect(all.json().applications).toHaveLength(3);
    expect(all.json().counts).toMatchObject({ submitted: 2, interviewing: 1, accepted: 0 });
    const filtered = await call(
      t.app,
      'GET',
      `/api/cohorts/${cohort.id}/applications?status=interviewing`,
      {
        cookie: admin.cookie,
      },
    );
    expect(filtered.json().applications.map((x: { id: string }) => x.id)).toEqual([a.id]);
    const theirs = await call(t.app, 'GET', `/api/cohorts/${cohort.id}/applications`, {
      cookie: reviewer.cookie,
    });
    expect(theirs.json().applications.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect(theirs.json().counts.submitted).toBe(0);

    const detail = await call(t.app, 'GET', `/api/applications/${a.id}`, {
      cookie: reviewer.cookie,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().answers[0]).toMatchObject({ label: 'What role do you have today?' });
    expect(detail.json().history.map((h: { status: string }) => h.status)).toEqual([
      'submitted',
      'interviewing',
    ]);
    expect(
      (await call(t.app, 'GET', `/api/applications/${b.id}`, { cookie: reviewer.cookie }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, 'GET', `/api/applications/${a.id}`, { cookie: otherAdmin.cookie }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call(t.app, 'GET', `/api/cohorts/${cohort.id}/applications`, {
          cookie: otherAdmin.cookie,
        })
      ).statusCode,
    ).toBe(404);
    // A reviewer who leaves the staff loses sight of it at once.
    await db.delete(programStaff).where(eq(programStaff.userId, reviewer.user.id));
    expect(
      (await call(t.app, 'GET', `/api/applications/${a.id}`, { cookie: reviewer.cookie }))
        .statusCode,
    ).toBe(404);
  });
});
