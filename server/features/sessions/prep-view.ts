import type { SharedGoal } from '../../../common/schemas/mentorships.ts';
import type { Prep, ResourceKind } from '../../../common/schemas/prep.ts';
import type { Db } from '../../db/client.ts';
import type { PrepSnapshot } from '../../db/schema/mentoring-sessions.ts';
import type { MentoringSessionRow } from '../../lib/participation.repo.ts';
import {
  listQuestions,
  listResources,
  listSharedGoals,
  type PrepRow,
  type QuestionRow,
  type ResourceRow,
} from './prep.repo.ts';
import { diffPrep } from './prep-diff.ts';

/** Everything a prep is made of, as read in one go. */
export interface PrepContent {
  row: PrepRow | undefined;
  questions: QuestionRow[];
  resources: ResourceRow[];
  sharedGoals: SharedGoal[];
}

export async function loadPrepContent(
  db: Db,
  sessionId: string,
  mentorshipId: string,
  row: PrepRow | undefined,
): Promise<PrepContent> {
  const [questions, resources, goals] = await Promise.all([
    listQuestions(db, sessionId),
    listResources(db, sessionId),
    listSharedGoals(db, mentorshipId),
  ]);
  return { row, questions, resources, sharedGoals: goals as SharedGoal[] };
}

/** The prep as the mentor would read it now: what a read receipt keeps. */
export function snapshotOf(content: PrepContent): PrepSnapshot {
  return {
    goal: content.row?.goal ?? '',
    goalId: content.row?.goalId ?? null,
    questions: content.questions.map(({ id, text }) => ({ id, text })),
    resources: content.resources.map(({ id, title, url, kind, note }) => ({
      id,
      title,
      url,
      kind,
      note,
    })),
  };
}

/** Only the mentee writes, and only while the session is still ahead or under way. */
export function isPrepOpen(session: MentoringSessionRow, now: Date): boolean {
  const end = session.startsAt.getTime() + session.durationMinutes * 60_000;
  return session.status === 'scheduled' && now.getTime() < end;
}

/**
 * The prep output. Change marks compare with `readSnapshot`: the mentor's last read, or, when
 * the brief answers the mentor, the read before this one.
 */
export function toPrepOutput(
  session: MentoringSessionRow,
  content: PrepContent,
  { editable, readSnapshot }: { editable: boolean; readSnapshot: PrepSnapshot | null },
): Prep {
  const { row } = content;
  const diff = diffPrep(snapshotOf(content), readSnapshot);
  // A link to a goal the mentee has since stopped sharing reads as no link at all.
  const goalId = content.sharedGoals.some((goal) => goal.id === row?.goalId)
    ? (row?.goalId ?? null)
    : null;
  return {
    sessionId: session.id,
    goal: row?.goal ?? '',
    goalId,
    questions: content.questions.map((q) => ({
      id: q.id,
      text: q.text,
      changedSinceRead: diff?.questions.get(q.id) ?? null,
    })),
    resources: content.resources.map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      kind: r.kind as ResourceKind,
      note: r.note,
      changedSinceRead: diff?.resources.get(r.id) ?? null,
    })),
    sharedAt: row?.sharedAt?.toISOString() ?? null,
    firstReadAt: row?.firstReadAt?.toISOString() ?? null,
    lastReadAt: row?.lastReadAt?.toISOString() ?? null,
    // A prep nobody has written yet is as old as its session.
    updatedAt: (row?.updatedAt ?? session.createdAt).toISOString(),
    changesSinceRead: diff?.changes ?? null,
    editable,
    sharedGoals: content.sharedGoals,
  };
}
