import { MAX_QUESTIONS, MAX_RESOURCES, type ResourceKind } from '../../../common/schemas/prep.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import {
  deleteQuestion,
  deleteResource,
  insertQuestion,
  insertResource,
  listQuestions,
  listResources,
  setQuestionOrder,
  updateQuestionText,
  updateResource,
} from './prep.repo.ts';
import { type Caller, writePrep } from './prep.service.ts';

// The mentee's questions and links. Each write goes through writePrep: the mentee only, an open
// session, the prep row locked, one transaction, the whole prep in the answer.

const questionNotFound = () =>
  new AppError('not_found', 'We could not find that question. It may have been removed.');
const resourceNotFound = () =>
  new AppError('not_found', 'We could not find that link. It may have been removed.');

export function addQuestion(db: Db, caller: Caller, sessionId: string, text: string, now: Date) {
  return writePrep(db, caller, sessionId, now, async ({ tx }) => {
    const existing = await listQuestions(tx, sessionId);
    if (existing.length >= MAX_QUESTIONS) {
      throw new AppError('validation_failed', 'Some fields need attention.', {
        text: `A prep holds at most ${MAX_QUESTIONS} questions. Merge two, or remove one first.`,
      });
    }
    await insertQuestion(tx, sessionId, text, now);
    return undefined;
  });
}

export function editQuestion(
  db: Db,
  caller: Caller,
  sessionId: string,
  questionId: string,
  text: string,
  now: Date,
) {
  return writePrep(db, caller, sessionId, now, async ({ tx }) => {
    if (!(await updateQuestionText(tx, sessionId, questionId, text, now))) throw questionNotFound();
    return undefined;
  });
}

export function removeQuestion(
  db: Db,
  caller: Caller,
  sessionId: string,
  questionId: string,
  now: Date,
) {
  return writePrep(db, caller, sessionId, now, async ({ tx }) => {
    if (!(await deleteQuestion(tx, sessionId, questionId))) throw questionNotFound();
    return undefined;
  });
}

export function reorderQuestions(
  db: Db,
  caller: Caller,
  sessionId: string,
  ids: string[],
  now: Date,
) {
  return writePrep(db, caller, sessionId, now, async ({ tx }) => {
    const current = new Set((await listQuestions(tx, sessionId)).map((q) => q.id));
    const given = new Set(ids);
    const sameSet =
      ids.length === current.size &&
      given.size === ids.length &&
      ids.every((id) => current.has(id));
    if (!sameSet) {
      throw new AppError('validation_failed', 'Some fields need attention.', {
        ids: 'List every question of this prep exactly once. Reload the page if it changed elsewhere.',
      });
    }
    await setQuestionOrder(tx, sessionId, ids);
    return undefined;
  });
}

interface ResourceValues {
  title: string;
  url: string;
  kind: ResourceKind;
  note?: string | undefined;
}

export function addResource(
  db: Db,
  caller: Caller,
  sessionId: string,
  input: ResourceValues,
  now: Date,
) {
  return writePrep(db, caller, sessionId, now, async ({ tx }) => {
    const existing = await listResources(tx, sessionId);
    if (existing.length >= MAX_RESOURCES) {
      throw new AppError('validation_failed', 'Some fields need attention.', {
        url: `A prep holds at most ${MAX_RESOURCES} links. Remove one you need less first.`,
      });
    }
    await insertResource(tx, sessionId, { ...input, note: input.note ?? '' }, now);
    return undefined;
  });
}

export function editResource(
  db: Db,
  caller: Caller,
  sessionId: string,
  resourceId: string,
  changes: Partial<ResourceValues>,
  now: Date,
) {
  return writePrep(db, caller, sessionId, now, async ({ tx }) => {
    const values = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    );
    if (!(await updateResource(tx, sessionId, resourceId, values, now))) {
      throw resourceNotFound();
    }
    return undefined;
  });
}

export function removeResource(
  db: Db,
  caller: Caller,
  sessionId: string,
  resourceId: string,
  now: Date,
) {
  return writePrep(db, caller, sessionId, now, async ({ tx }) => {
    if (!(await deleteResource(tx, sessionId, resourceId))) throw resourceNotFound();
    return undefined;
  });
}
