import type { PrepSnapshot } from '../../db/schema/mentoring-sessions.ts';

/**
 * "Changed since the mentor read it": the prep as it is now, compared with the snapshot taken
 * when the mentor last opened the brief. Pure, so the rules are pinned by unit tests.
 */
export type ChangeMark = 'added' | 'edited' | null;

export interface PrepChanges {
  /** The session goal's sentence or its linked goal changed. */
  goal: boolean;
  /** Questions still there since the read now come in another order. */
  reordered: boolean;
  /** Texts of questions the mentor read that are gone now, in the order they were read. */
  removedQuestions: string[];
  /** Titles of links the mentor read that are gone now. */
  removedResources: string[];
  any: boolean;
}

export interface PrepDiff {
  questions: Map<string, ChangeMark>;
  resources: Map<string, ChangeMark>;
  changes: PrepChanges;
}

type Resource = PrepSnapshot['resources'][number];

function sameResource(a: Resource, b: Resource): boolean {
  return a.title === b.title && a.url === b.url && a.kind === b.kind && a.note === b.note;
}

function marksOf<T extends { id: string }>(
  current: T[],
  read: T[],
  same: (a: T, b: T) => boolean,
): Map<string, ChangeMark> {
  const before = new Map(read.map((item) => [item.id, item]));
  return new Map(
    current.map((item) => {
      const old = before.get(item.id);
      const mark: ChangeMark = !old ? 'added' : same(old, item) ? null : 'edited';
      return [item.id, mark];
    }),
  );
}

/** The ids both lists share, in the order each list has them: equal unless someone moved. */
function orderChanged(current: { id: string }[], read: { id: string }[]): boolean {
  const currentIds = new Set(current.map((q) => q.id));
  const readIds = new Set(read.map((q) => q.id));
  const kept = current.filter((q) => readIds.has(q.id)).map((q) => q.id);
  const keptBefore = read.filter((q) => currentIds.has(q.id)).map((q) => q.id);
  return kept.some((id, index) => keptBefore[index] !== id);
}

/** What changed between the read snapshot and now; null when the mentor has never read it. */
export function diffPrep(current: PrepSnapshot, read: PrepSnapshot | null): PrepDiff | null {
  if (!read) return null;
  const questions = marksOf(current.questions, read.questions, (a, b) => a.text === b.text);
  const resources = marksOf(current.resources, read.resources, sameResource);
  const currentQuestionIds = new Set(current.questions.map((q) => q.id));
  const currentResourceIds = new Set(current.resources.map((r) => r.id));
  const removedQuestions = read.questions
    .filter((q) => !currentQuestionIds.has(q.id))
    .map((q) => q.text);
  const removedResources = read.resources
    .filter((r) => !currentResourceIds.has(r.id))
    .map((r) => r.title);
  const goal = current.goal !== read.goal || current.goalId !== read.goalId;
  const reordered = orderChanged(current.questions, read.questions);
  const marked = [...questions.values(), ...resources.values()].some((mark) => mark !== null);
  return {
    questions,
    resources,
    changes: {
      goal,
      reordered,
      removedQuestions,
      removedResources,
      any:
        goal || reordered || marked || removedQuestions.length > 0 || removedResources.length > 0,
    },
  };
}
