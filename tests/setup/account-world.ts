import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/db/client.ts';
import {
  actionItems,
  closureAppreciations,
  fitCheckAnswers,
} from '../../server/db/schema/accountability.ts';
import { verifications } from '../../server/db/schema/auth.ts';
import { calendarFeeds, usualHours } from '../../server/db/schema/calendar.ts';
import { goalProgressNotes } from '../../server/db/schema/goals.ts';
import {
  prepQuestions,
  prepResources,
  sessionEvents,
  sessionPreps,
} from '../../server/db/schema/mentoring-sessions.ts';
import { mentorshipEvents } from '../../server/db/schema/mentorships.ts';
import {
  mailSuppressions,
  notificationPreferences,
  notificationSettings,
  notifications,
  outboxMails,
  reminders,
} from '../../server/db/schema/notifications.ts';
import {
  cohortPairRules,
  interviewReviewers,
  interviewScores,
  interviews,
  matchingPairs,
  matchingRuns,
  programInvites,
} from '../../server/db/schema/programs.ts';
import {
  privateNoteRevisions,
  privateNotes,
  questionOutcomes,
  sessionNoteRevisions,
  sessionNotes,
  sessionReviews,
} from '../../server/db/schema/session-records.ts';
import { buildGoal } from '../factories/goal.ts';
import { buildMentorship, buildSession } from '../factories/mentorship.ts';
import { buildProfile } from '../factories/profile.ts';
import {
  addMember,
  buildApplication,
  buildCohort,
  buildForm,
  buildProgram,
  buildRubric,
} from '../factories/program.ts';
import { buildUser } from '../factories/user.ts';

const tag = () => randomBytes(5).toString('hex');
const DAY = 86_400_000;

/**
 * Dana, whose account is exported and deleted, and the people she shares things with: Kim (her
 * mentor), Lou (her mentee, in a closed mentorship), Pat (a pending request), Rex (admin of a
 * program where Dana is a reviewer, a cohort member and an applicant) and Quinn (a candidate Dana
 * scored). `mine` holds a canary in every free-text field Dana wrote; `theirs` canaries the
 * others wrote (`theirsPrivate`: things Dana may never see; `sharedNotes`: the pair's notes).
 */
export async function buildAccountWorld(app: FastifyInstance, db: Db) {
  const canary = (field: string) => `zq${field}${tag()}`;
  const mine = {
    name: `Dana ${canary('Name')}`,
    email: `dana-${tag()}@example.test`,
    headline: canary('headline'),
    bio: canary('bio'),
    lookingFor: canary('lookingFor'),
    link: canary('linkLabel'),
    experience: canary('experienceLabel'),
    goalTitle: canary('goalTitle'),
    goalCriterion: canary('goalCriterion'),
    goalNote: canary('goalNote'),
    requestMessage: canary('requestMessage'),
    eventNote: canary('eventNote'),
    location: canary('location'),
    prepGoal: canary('prepGoal'),
    question: canary('question'),
    resourceTitle: canary('resourceTitle'),
    resourceNote: canary('resourceNote'),
    oldSharedNotes: canary('oldSharedNotes'),
    privateNote: canary('privateNote'),
    privateRevision: canary('privateRevision'),
    whyNot: canary('whyNot'),
    mostUseful: canary('mostUseful'),
    nextSteps: canary('nextSteps'),
    reflection: canary('reflection'),
    fitNote: canary('fitNote'),
    actionItem: canary('actionItem'),
    closeNote: canary('closeNote'),
    appreciation: canary('appreciation'),
    declineNote: canary('declineNote'),
    pendingMessage: canary('pendingMessage'),
    cancelReason: canary('cancelReason'),
    outcomeAnswer: canary('outcomeAnswer'),
    notification: canary('notification'),
    outbox: canary('outbox'),
    applicationAnswer: canary('applicationAnswer'),
    team: canary('team'),
    scorecardNotes: canary('scorecardNotes'),
    scoreNote: canary('scoreNote'),
    verification: canary('verification'),
  };
  const password = `pw-${tag()}-long-enough`;
  const dana = await buildUser(app.auth, { name: mine.name, email: mine.email, password });
  const kim = await buildUser(app.auth, { name: 'Kim Keeper' });
  const lou = await buildUser(app.auth, { name: 'Lou Keeper' });
  const pat = await buildUser(app.auth, { name: 'Pat Asked' });
  const rex = await buildUser(app.auth, { name: 'Rex Admin' });
  const quinn = await buildUser(app.auth, { name: 'Quinn Candidate' });
  const d = dana.user.id;
  const theirs = {
    kimActionItem: canary('kimActionItem'),
    kimSharedReview: canary('kimSharedReview'),
    louAppreciation: canary('louAppreciation'),
    kimNotification: canary('kimNotification'),
  };
  const theirsPrivate = {
    kimPrivateNote: canary('kimPrivateNote'),
    kimReflection: canary('kimReflection'),
    kimFitNote: canary('kimFitNote'),
  };
  const sharedNotes = canary('sharedNotes');

  await buildProfile(
    db,
    d,
    {
      isMentor: true,
      isMentee: true,
      headline: mine.headline,
      bio: mine.bio,
      lookingFor: mine.lookingFor,
      links: [{ label: mine.link, url: 'https://example.test/dana' }],
    },
    [{ experience: `free:${tag()}`, label: mine.experience, scope: 'private' }],
  );
  const goal = await buildGoal(db, d, {
    title: mine.goalTitle,
    successCriterion: mine.goalCriterion,
  });
  await db.insert(goalProgressNotes).values({ goalId: goal.id, body: mine.goalNote });

  // Dana and Kim: active, one held session full of writing, one upcoming session.
  const withKim = await buildMentorship(db, d, kim.user.id, {
    goalIds: [goal.id],
    message: mine.requestMessage,
    startedAt: new Date(Date.now() - 30 * DAY),
  });
  await db
    .insert(mentorshipEvents)
    .values({ mentorshipId: withKim.id, kind: 'paused', actorId: d, note: mine.eventNote });
  const held = await buildSession(db, withKim.id, {
    startsAt: new Date(Date.now() - 2 * DAY),
    location: mine.location,
    createdById: d,
  });
  await db
    .insert(sessionEvents)
    .values({ sessionId: held.id, kind: 'rescheduled', actorId: d, reason: mine.cancelReason });
  await db.insert(sessionPreps).values({
    sessionId: held.id,
    goal: mine.prepGoal,
    goalId: goal.id,
    sharedAt: new Date(Date.now() - 3 * DAY),
  });
  const [question] = await db
    .insert(prepQuestions)
    .values({ sessionId: held.id, position: 0, text: mine.question })
    .returning();
  await db.insert(prepResources).values({
    sessionId: held.id,
    position: 0,
    title: mine.resourceTitle,
    url: 'https://example.test/r',
    kind: 'project',
    note: mine.resourceNote,
  });
  if (question) {
    await db.insert(questionOutcomes).values({
      questionId: question.id,
      state: 'covered',
      answer: mine.outcomeAnswer,
      updatedById: d,
    });
  }
  await db
    .insert(sessionNotes)
    .values({ sessionId: held.id, body: `We agreed: ${sharedNotes}`, version: 2, updatedById: d });
  await db.insert(sessionNoteRevisions).values([
    { sessionId: held.id, version: 1, body: mine.oldSharedNotes, authorId: d },
    { sessionId: held.id, version: 2, body: `We agreed: ${sharedNotes}`, authorId: kim.user.id },
  ]);
  await db.insert(privateNotes).values([
    { sessionId: held.id, authorId: d, body: mine.privateNote, version: 2 },
    { sessionId: held.id, authorId: kim.user.id, body: theirsPrivate.kimPrivateNote, version: 1 },
  ]);
  await db
    .insert(privateNoteRevisions)
    .values({ sessionId: held.id, authorId: d, version: 1, body: mine.privateRevision });
  await db.insert(sessionReviews).values([
    {
      sessionId: held.id,
      authorId: d,
      goalMet: 'partly',
      whyNot: mine.whyNot,
      mostUseful: mine.mostUseful,
      nextSteps: mine.nextSteps,
      privateReflection: mine.reflection,
    },
    {
      sessionId: held.id,
      authorId: kim.user.id,
      goalMet: 'yes',
      nextSteps: theirs.kimSharedReview,
      privateReflection: theirsPrivate.kimReflection,
    },
  ]);
  // Round 1 opened two days ago; only Kim has answered, so nothing of it is revealed to Dana.
  await db.insert(fitCheckAnswers).values({
    mentorshipId: withKim.id,
    round: 1,
    authorId: kim.user.id,
    answer: 'adjust',
    note: theirsPrivate.kimFitNote,
  });
  await db.insert(actionItems).values([
    {
      mentorshipId: withKim.id,
      sessionId: held.id,
      title: mine.actionItem,
      ownerRole: 'mentee',
      createdById: d,
    },
    {
      mentorshipId: withKim.id,
      sessionId: held.id,
      title: theirs.kimActionItem,
      ownerRole: 'mentor',
      createdById: kim.user.id,
    },
  ]);
  const upcoming = await buildSession(db, withKim.id, { createdById: kim.user.id });

  // Dana mentored Lou; she closed it and both wrote appreciations.
  const withLou = await buildMentorship(db, lou.user.id, d, {
    status: 'closed',
    closedAt: new Date(Date.now() - DAY),
    closedById: d,
    closeReason: 'goals-reached',
    closeNote: mine.closeNote,
  });
  const louSession = await buildSession(db, withLou.id, {
    startsAt: new Date(Date.now() - 20 * DAY),
  });
  await db.insert(fitCheckAnswers).values({
    mentorshipId: withLou.id,
    round: 1,
    authorId: d,
    answer: 'continue',
    note: mine.fitNote,
  });
  await db.insert(closureAppreciations).values([
    { mentorshipId: withLou.id, authorId: d, text: mine.appreciation },
    { mentorshipId: withLou.id, authorId: lou.user.id, text: theirs.louAppreciation },
  ]);
  // A request Dana declined with a note, and one she sent that waits.
  await buildMentorship(db, lou.user.id, d, {
    status: 'declined',
    declineReason: 'no-capacity',
    declineNote: mine.declineNote,
    requestedById: lou.user.id,
  });
  const pending = await buildMentorship(db, d, pat.user.id, {
    status: 'pending',
    message: mine.pendingMessage,
    startedAt: null,
    respondedAt: null,
    expiresAt: new Date(Date.now() + 7 * DAY),
  });

  // Messages: Dana's own, and Kim's and Pat's that quote her.
  const [aboutDana] = await db
    .insert(reminders)
    .values({
      type: 'request-received',
      recipientId: pat.user.id,
      dedupeKey: `t:${tag()}`,
      dueAt: new Date(),
      status: 'sent',
      payload: { mentorshipId: pending.id },
    })
    .returning();
  await db.insert(notifications).values([
    { userId: d, type: 'prep-due', title: 'Prep', body: mine.notification, link: '/sessions' },
    {
      userId: pat.user.id,
      type: 'request-received',
      title: `${mine.name} would like you to mentor them`,
      body: `“${mine.pendingMessage}”`,
      link: `/mentorships/${pending.id}`,
      reminderId: aboutDana?.id,
    },
    {
      userId: kim.user.id,
      type: 'digest',
      title: 'Your week',
      body: `${mine.name} shared prep. ${theirs.kimNotification}`,
      link: '/',
    },
  ]);
  await db.insert(outboxMails).values([
    {
      userId: d,
      type: 'prep-due',
      toAddress: mine.email,
      subject: 'Prep',
      text: mine.outbox,
      html: `<p>${mine.outbox}</p>`,
      messageId: `<${tag()}@t>`,
      status: 'not-sent',
    },
    {
      userId: pat.user.id,
      reminderId: aboutDana?.id,
      type: 'request-received',
      toAddress: 'pat@example.test',
      subject: `${mine.name} asks`,
      text: mine.pendingMessage,
      html: `<p>${mine.pendingMessage}</p>`,
      messageId: `<${tag()}@t>`,
      status: 'not-sent',
    },
  ]);
  await db.insert(reminders).values({
    type: 'prep-due',
    recipientId: d,
    dedupeKey: `t:${tag()}`,
    dueAt: new Date(Date.now() + DAY),
    payload: { sessionId: upcoming.id },
  });
  await db
    .insert(notificationPreferences)
    .values({ userId: d, type: 'prep-due', channel: 'email' });
  await db.insert(notificationSettings).values({ userId: d, digest: 'weekly' });
  await db
    .insert(usualHours)
    .values({ userId: d, startMinute: 480, endMinute: 960, days: [1, 2, 3] });
  await db.insert(calendarFeeds).values({ userId: d, token: tag() });
  await db.insert(mailSuppressions).values({ email: mine.email, type: 'invitation' });
  await db.insert(verifications).values({
    id: tag(),
    identifier: mine.email,
    value: mine.verification,
    expiresAt: new Date(Date.now() + DAY),
  });

  // Programs: Dana reviews for Rex's program, is a cohort member, and applied.
  const program = await buildProgram(db, rex.user.id, [{ userId: d, role: 'reviewer' }]);
  const cohort = await buildCohort(db, program.id);
  await addMember(db, cohort.id, d, 'mentor');
  await db.execute(sql`update cohort_members set team = ${mine.team} where user_id = ${d}`);
  const questions = await buildForm(db, cohort.id);
  const mineApplication = await buildApplication(db, cohort.id, d, questions);
  const longText = questions.find((q) => q.kind === 'long-text');
  if (longText) {
    await db.execute(
      sql`update application_answers set value = ${JSON.stringify(mine.applicationAnswer)}::jsonb
        where application_id = ${mineApplication.id} and question_id = ${longText.id}`,
    );
  }
  const quinnApplication = await buildApplication(db, cohort.id, quinn.user.id, questions);
  const [criterion] = await buildRubric(db, cohort.id, ['Curiosity']);
  const [interview] = await db
    .insert(interviews)
    .values({
      applicationId: quinnApplication.id,
      startsAt: new Date(Date.now() - DAY),
      durationMinutes: 30,
    })
    .returning();
  if (interview && criterion) {
    await db.insert(interviewReviewers).values({
      interviewId: interview.id,
      reviewerId: d,
      notes: mine.scorecardNotes,
      submittedAt: new Date(),
    });
    await db.insert(interviewScores).values({
      interviewId: interview.id,
      reviewerId: d,
      criterionId: criterion.id,
      score: 4,
      note: mine.scoreNote,
    });
  }
  await addMember(db, cohort.id, quinn.user.id, 'mentee');
  await db
    .insert(cohortPairRules)
    .values({ cohortId: cohort.id, menteeId: quinn.user.id, mentorId: d, rule: 'lock' });
  const [run] = await db
    .insert(matchingRuns)
    .values({ cohortId: cohort.id, mode: 'stable', status: 'done' })
    .returning();
  if (run)
    await db
      .insert(matchingPairs)
      .values({ runId: run.id, menteeId: quinn.user.id, mentorId: d, score: 0.8 });
  await db
    .insert(programInvites)
    .values({ programId: program.id, role: 'reviewer', email: mine.email, tokenHash: tag() });

  return {
    dana: { ...dana, password },
    kim,
    lou,
    pat,
    mine,
    theirs,
    theirsPrivate,
    sharedNotes,
    withKim,
    withLou,
    held,
    upcoming,
    louSession,
    pending,
  };
}
export type AccountWorld = Awaited<ReturnType<typeof buildAccountWorld>>;
