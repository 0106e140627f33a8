import type { Brief } from '../../../common/schemas/prep.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { findCarriedQuestions } from '../../lib/carry-forward.repo.ts';
import { listActionItems } from '../../lib/carry-forward.ts';
import { requireSessionParticipant } from '../../lib/participation.ts';
import { findPrep, lockPrepRow, updatePrep } from './prep.repo.ts';
import { prepNotShared } from './prep.service.ts';
import { isPrepOpen, loadPrepContent, snapshotOf, toPrepOutput } from './prep-view.ts';
import { findPeople } from './session-summary.repo.ts';
import { summarizeSessions } from './session-summary.ts';

type Viewer = Pick<SignedInUser, 'id' | 'timeZone'>;

/**
 * The one-page brief. The mentor may open it once the prep is shared, and opening it is the
 * read receipt: the first and latest read times, and a snapshot of what was read (the next
 * "changed since read" compares with it). The answer marks what changed since the mentor's
 * *previous* read, so they see what is new to them. The mentee may open it as a preview of
 * what the mentor will see; that never counts as a read.
 */
export async function getBrief(
  db: Db,
  viewer: Viewer,
  sessionId: string,
  now: Date,
): Promise<Brief> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const participation = await requireSessionParticipant(tx, sessionId, viewer);
    const { session, mentorship, role } = participation;
    const isMentor = role === 'mentor';
    // The mentor's read locks the row: an edit landing at the same moment is either in the
    // snapshot and the answer, or after both — never in one and not the other.
    const row = isMentor ? await lockPrepRow(tx, sessionId) : await findPrep(tx, sessionId);
    if (isMentor && !row?.sharedAt) throw await prepNotShared(tx, participation);

    const content = await loadPrepContent(tx, sessionId, mentorship.id, row);
    const prep = toPrepOutput(session, content, {
      editable: !isMentor && isPrepOpen(session, now),
      readSnapshot: row?.readSnapshot ?? null,
    });
    if (isMentor && row) {
      const read = await updatePrep(tx, sessionId, {
        firstReadAt: row.firstReadAt ?? now,
        lastReadAt: now,
        readSnapshot: snapshotOf(content),
      });
      prep.firstReadAt = read.firstReadAt?.toISOString() ?? null;
      prep.lastReadAt = read.lastReadAt?.toISOString() ?? null;
    }

    const menteeId = mentorship.menteeId ?? '';
    const mentorId = mentorship.mentorId ?? '';
    const [[summary], people, openItems, carried] = await Promise.all([
      summarizeSessions(tx, [{ session, mentorship }], viewer, now),
      findPeople(tx, [menteeId, mentorId]),
      listActionItems(tx, mentorship, now, { open: true }),
      findCarriedQuestions(tx, session, { includeResolvedHere: false }),
    ]);
    if (!summary) throw new Error('brief: the participant has no summary of their own session');
    return {
      session: summary,
      menteeName: people.get(menteeId)?.name ?? '',
      mentorName: people.get(mentorId)?.name ?? '',
      prep,
      linkedGoal: content.sharedGoals.find((goal) => goal.id === prep.goalId) ?? null,
      sharedGoals: content.sharedGoals,
      openActionItems: openItems.map((item) => ({
        id: item.id,
        title: item.title,
        owner: item.ownerName,
        dueDate: item.dueDate,
        overdue: item.overdue,
      })),
      // Only shared preps are carried, so nothing of an unshared draft reaches the mentor here.
      carriedQuestions: carried.map((q) => ({
        id: q.id,
        text: q.text,
        fromSessionId: q.fromSessionId,
        fromStartsAt: q.fromStartsAt.toISOString(),
      })),
    };
  });
}
