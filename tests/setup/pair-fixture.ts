import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/db/client.ts';
import { actionItems } from '../../server/db/schema/accountability.ts';
import { calendarFeeds } from '../../server/db/schema/calendar.ts';
import {
  mentoringSessions,
  prepQuestions,
  prepResources,
} from '../../server/db/schema/mentoring-sessions.ts';
import { mentorships } from '../../server/db/schema/mentorships.ts';
import { unsubscribeToken } from '../../server/features/notifications/unsubscribe-token.ts';
import { buildGoal } from '../factories/goal.ts';
import { buildMentorship, buildPrep, buildSession } from '../factories/mentorship.ts';
import { buildMentor } from '../factories/profile.ts';
import { type BuiltUser, buildUser } from '../factories/user.ts';
import { TEST_AUTH_SECRET } from './test-app.ts';

function fail(message: string): never {
  throw new Error(message);
}

/**
 * Two pairs for probing who may see what: Ana (mentee) and Ben (mentor) share an active
 * mentorship with a goal, a session held two days ago with an open action item for Ana, an
 * upcoming session whose prep is shared (one question, one link), plus a pending invitation and
 * a calendar feed; Cleo and Dev are another pair entirely.
 * `restore()` puts back whatever a probe changed, so probes do not depend on their order.
 */
export async function buildPairFixture(app: FastifyInstance, db: Db) {
  const mentee = await buildUser(app.auth, { name: 'Ana Mentee' });
  const mentor = await buildMentor(app.auth, db, {}, [], { name: 'Ben Mentor' });
  const goal = await buildGoal(db, mentee.user.id);
  const mentorship = await buildMentorship(db, mentee.user.id, mentor.user.id, {
    goalIds: [goal.id],
  });
  const pastSession = await buildSession(db, mentorship.id, {
    startsAt: new Date(Date.now() - 2 * 24 * 3_600_000),
  });
  const [actionItem = fail('fixture action item not inserted')] = await db
    .insert(actionItems)
    .values({
      mentorshipId: mentorship.id,
      sessionId: pastSession.id,
      title: 'Rewrite the portfolio introduction',
      ownerRole: 'mentee',
      dueDate: new Date(Date.now() + 5 * 24 * 3_600_000).toISOString().slice(0, 10),
      createdById: mentor.user.id,
    })
    .returning();
  const session = await buildSession(db, mentorship.id);
  const prep = await buildPrep(db, session.id, {
    shared: true,
    resources: [{ title: 'My portfolio', url: 'https://example.test/ana' }],
  });
  const question = prep.questions[0] ?? fail('fixture prep has no question');
  const resource = prep.resources[0] ?? fail('fixture prep has no link');
  const questionId = question.id;
  const resourceId = resource.id;

  const inviteToken = randomBytes(32).toString('base64url');
  const invitation = await buildMentorship(db, mentee.user.id, null, {
    origin: 'invitation',
    status: 'pending',
    inviteEmail: 'someone@example.test',
    inviteTokenHash: createHash('sha256').update(inviteToken).digest('hex'),
    expiresAt: new Date(Date.now() + 14 * 86_400_000),
    respondedAt: null,
    startedAt: null,
  });
  const feedToken = randomBytes(32).toString('base64url');
  await db.insert(calendarFeeds).values({ userId: mentee.user.id, token: feedToken });

  const otherMentee = await buildUser(app.auth, { name: 'Cleo Other' });
  const otherMentor = await buildMentor(app.auth, db, {}, [], { name: 'Dev Other' });
  const otherMentorship = await buildMentorship(db, otherMentee.user.id, otherMentor.user.id);

  async function restore() {
    await db
      .update(mentorships)
      .set({
        status: 'active',
        pausedAt: null,
        closedAt: null,
        closedById: null,
        closeReason: null,
        closeNote: '',
      })
      .where(eq(mentorships.id, mentorship.id));
    await db
      .update(mentorships)
      .set({ status: 'pending' })
      .where(eq(mentorships.id, invitation.id));
    await db
      .update(mentoringSessions)
      .set({ status: 'scheduled', startsAt: session.startsAt, cancelledAt: null })
      .where(eq(mentoringSessions.id, session.id));
    await db.insert(prepQuestions).values(question).onConflictDoNothing();
    await db
      .insert(actionItems)
      .values(actionItem)
      .onConflictDoUpdate({
        target: actionItems.id,
        set: {
          status: 'open',
          resolvedAt: null,
          resolvedInSessionId: null,
          title: actionItem.title,
        },
      });
    await db.insert(prepResources).values(resource).onConflictDoNothing();
  }

  /** A concrete URL for a route pattern, its ids taken from Ana and Ben's mentorship. */
  function fillParams(url: string, ids: { sessionId?: string; feedToken?: string } = {}): string {
    const values: Record<string, string> = {
      id: url.startsWith('/api/sessions') ? (ids.sessionId ?? session.id) : mentorship.id,
      questionId,
      resourceId,
      itemId: actionItem.id,
      token: inviteToken,
      feed: `${ids.feedToken ?? feedToken}.ics`,
      unsubscribeToken: unsubscribeToken(TEST_AUTH_SECRET, mentee.user.id, 'prep-due'),
    };
    return url
      .split('/')
      .map((part) => {
        if (!part.startsWith(':')) return part === '*' ? 'x' : part;
        // `:id.ics`-style segments keep their suffix.
        const [name = '', ...suffix] = part.slice(1).split('.');
        const value = values[name] ?? '00000000-0000-4000-8000-000000000000';
        return [encodeURIComponent(value), ...suffix].join('.');
      })
      .join('/');
  }

  return {
    mentee,
    mentor,
    otherMentee,
    otherMentor,
    goal,
    mentorship,
    session,
    pastSession,
    actionItem,
    question,
    resource,
    invitation,
    inviteToken,
    feedToken,
    otherMentorship,
    restore,
    fillParams,
  };
}

export type PairFixture = Awaited<ReturnType<typeof buildPairFixture>>;
export type { BuiltUser };
