import type { CloseReason, MentorshipSummaryDoc } from '../../../common/schemas/closure.ts';
import type { GoalStatus } from '../../../common/schemas/goals.ts';
import type { MentorshipRole, MentorshipStatus } from '../../../common/schemas/mentorships.ts';
import type { GoalCategory } from '../../../common/taxonomy/goal-categories.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { requireMentorshipParticipant } from '../../lib/participation.ts';
import { listAppreciations } from './closure.repo.ts';
import {
  findNames,
  listActionItems,
  listHeldSessions,
  listOwnPrivate,
  listQuestions,
  listSharedGoals,
  listSharedReviews,
} from './summary.repo.ts';

type Caller = Pick<SignedInUser, 'id' | 'email' | 'name' | 'timeZone'>;
type Doc = MentorshipSummaryDoc;
type GoalMet = 'yes' | 'partly' | 'no';

/** A summary exists once the pair has started: "so far" while under way, final once closed. */
const SUMMARISABLE: MentorshipStatus[] = ['active', 'paused', 'closed'];

const emptyTally = () => ({ yes: 0, partly: 0, no: 0 });

/**
 * Everything one participant may keep from a mentorship, and nothing more. Shared things come
 * from both; private notes and reflections only from the caller; the mentee's prep goal and
 * questions reach the mentor only once shared; fit-check answers are left out entirely (they
 * have their own reveal rule, and a summary is no place to learn them).
 */
export async function buildSummary(db: Db, caller: Caller, id: string, now: Date): Promise<Doc> {
  const { mentorship, role, counterpartId } = await requireMentorshipParticipant(db, id, caller);
  const status = mentorship.status as MentorshipStatus;
  if (!SUMMARISABLE.includes(status) || !counterpartId) {
    throw new AppError(
      'invalid_state',
      'A summary is ready once the mentorship has started. There is nothing to sum up yet.',
    );
  }
  const names = await findNames(db, [caller.id, counterpartId]);
  const nameOf = (userId: string) => names.get(userId) ?? '';
  const who = (userId: string) => ({
    who: userId === caller.id ? ('me' as const) : ('them' as const),
    name: nameOf(userId),
  });
  const idOfRole = (r: MentorshipRole) => (r === role ? caller.id : counterpartId);

  const held = await listHeldSessions(db, mentorship.id, now);
  const sessionIds = held.map((s) => s.id);
  const [questions, reviews, own] = await Promise.all([
    listQuestions(db, sessionIds),
    listSharedReviews(db, sessionIds),
    listOwnPrivate(db, sessionIds, caller.id),
  ]);

  const goalMet = { mine: emptyTally(), theirs: emptyTally() };
  for (const review of reviews) {
    goalMet[review.authorId === caller.id ? 'mine' : 'theirs'][review.goalMet as GoalMet] += 1;
  }

  const sessions: Doc['sessions'] = held.map((s) => {
    // The mentor sees the mentee's prep once it is shared; a draft stays the mentee's own.
    const prepVisible = role === 'mentee' || s.prepSharedAt !== null;
    return {
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      durationMinutes: s.durationMinutes,
      sessionGoal: prepVisible && s.prepGoal ? s.prepGoal : null,
      questions: prepVisible
        ? questions
            .filter((q) => q.sessionId === s.id)
            .map((q) => ({
              text: q.text,
              state: (q.state ?? 'open') as 'open' | 'covered' | 'dropped',
              answer: q.answer ?? '',
            }))
        : [],
      reviews: reviews
        .filter((r) => r.sessionId === s.id)
        .map((r) => ({
          ...who(r.authorId),
          goalMet: r.goalMet as GoalMet,
          whyNot: r.whyNot,
          mostUseful: r.mostUseful,
          nextSteps: r.nextSteps,
        })),
      sharedNotes: s.sharedNotes ?? '',
      onlyYou: {
        privateNote: own.notes.find((n) => n.sessionId === s.id)?.body ?? '',
        privateReflection: own.reflections.find((r) => r.sessionId === s.id)?.body ?? '',
      },
    };
  });

  const [goals, items, appreciations] = await Promise.all([
    listSharedGoals(db, mentorship.id),
    listActionItems(db, mentorship.id),
    status === 'closed' ? listAppreciations(db, mentorship.id) : Promise.resolve([]),
  ]);
  const closed = status === 'closed';

  return {
    generatedAt: now.toISOString(),
    final: closed,
    timeZone: caller.timeZone,
    me: { name: nameOf(caller.id) || caller.name, role },
    pair: {
      mentee: nameOf(idOfRole('mentee')),
      mentor: nameOf(idOfRole('mentor')),
      status,
      startedAt: mentorship.startedAt?.toISOString() ?? null,
      closedAt: closed ? (mentorship.closedAt?.toISOString() ?? null) : null,
      closedBy: closed && mentorship.closedById ? who(mentorship.closedById) : null,
      closeReason: closed ? (mentorship.closeReason as CloseReason | null) : null,
      closeNote: closed ? mentorship.closeNote : '',
    },
    goals: goals.map((g) => ({
      title: g.title,
      category: g.category as GoalCategory,
      successCriterion: g.successCriterion,
      targetDate: g.targetDate,
      status: g.status as GoalStatus,
    })),
    sessions,
    goalMet,
    actionItems: items.map((item) => {
      const ownerRole = item.ownerRole as MentorshipRole;
      return {
        title: item.title,
        owner: { ...who(idOfRole(ownerRole)), role: ownerRole },
        dueDate: item.dueDate,
        status: item.status as 'open' | 'done' | 'dropped',
      };
    }),
    // Mine first, then theirs: the reader's own words, then what was said about them.
    appreciations: [...appreciations]
      .sort((a, b) => Number(b.authorId === caller.id) - Number(a.authorId === caller.id))
      .map((a) => ({ ...who(a.authorId), text: a.text })),
  };
}
