import type { EditPairsInput, RunOutput } from '../../../common/schemas/cohort-matching.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { explainFit, planFit } from '../../lib/fit-score.ts';
import { fitSentences } from '../../lib/fit-sentences.ts';
import { type CohortPerson, findCohortPeople } from './cohort-inputs.repo.ts';
import { mentorFacts, toEngineMentee } from './cohort-inputs.ts';
import { deletePair, findPairs, updateRun, upsertPair } from './matching-runs.repo.ts';
import { describeRun, requireRunAdmin } from './matching-runs.service.ts';
import { asJson, constraintsOf, type StoredSummary, summaryOf } from './stored-run.ts';

type Caller = Pick<SignedInUser, 'id'>;

const field = (name: string, message: string) =>
  new AppError('validation_failed', 'Some fields need attention.', { [name]: message });

/**
 * Changes a finished proposal by hand: one mentee to another mentor (or to none), or two
 * mentees swap mentors. Capacity holds; the changed pairs get their score and reasons again.
 */
export async function editPairs(
  db: Db,
  caller: Caller,
  runId: string,
  input: EditPairsInput,
): Promise<RunOutput> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const run = await requireRunAdmin(tx, caller, runId, true);
    if (run.status !== 'done') {
      throw new AppError(
        'invalid_state',
        run.status === 'published'
          ? 'This matching is published: its pairs are mentorships now and cannot be changed here.'
          : 'Only a finished proposal can be changed.',
      );
    }
    const stored = summaryOf(run);
    const { mustHaves } = constraintsOf(run);
    const capacity = stored.mentorCapacity ?? {};
    const menteeIds = new Set(stored.menteeIds ?? []);
    const people = new Map((await findCohortPeople(tx, run.cohortId)).map((p) => [p.userId, p]));
    const pairs = await findPairs(tx, runId);
    const mentorOf = new Map(pairs.map((p) => [p.menteeId, p.mentorId]));

    const person = (id: string, key: string, role: 'mentee' | 'mentor'): CohortPerson => {
      const inRun = role === 'mentee' ? menteeIds.has(id) : id in capacity;
      const p = people.get(id);
      if (!inRun || !p || p.role !== role) {
        throw field(key, `Choose a ${role} of this proposal who is still in the cohort.`);
      }
      return p;
    };
    const pairUp = async (mentee: CohortPerson, mentor: CohortPerson) => {
      const { input: fitInput, importance, name } = toEngineMentee(mentee, mustHaves ?? []);
      const facts = mentorFacts(mentor);
      const fit = explainFit(
        fitInput,
        facts,
        planFit(fitInput, importance),
        fitSentences(fitInput, facts, name),
      );
      await upsertPair(tx, {
        runId,
        menteeId: mentee.userId,
        mentorId: mentor.userId,
        score: fit.score,
        reasons: fit.reasons,
        edited: true,
      });
    };

    const changed: string[] = [];
    if (input.action === 'move') {
      const mentee = person(input.menteeId, 'menteeId', 'mentee');
      changed.push(mentee.userId);
      if (input.mentorId === null) {
        await deletePair(tx, runId, mentee.userId);
      } else if (mentorOf.get(mentee.userId) !== input.mentorId) {
        const mentor = person(input.mentorId, 'mentorId', 'mentor');
        const taken = pairs.filter((p) => p.mentorId === mentor.userId).length;
        if (taken >= (capacity[mentor.userId] ?? 0)) {
          throw new AppError(
            'conflict',
            `${mentor.name} has no free place: all ${capacity[mentor.userId] ?? 0} are taken. Swap two mentees instead, or move someone away first.`,
          );
        }
        await pairUp(mentee, mentor);
      }
    } else {
      if (input.menteeId === input.otherMenteeId) {
        throw field('otherMenteeId', 'Choose another mentee to swap with.');
      }
      const a = person(input.menteeId, 'menteeId', 'mentee');
      const b = person(input.otherMenteeId, 'otherMenteeId', 'mentee');
      const mentorA = mentorOf.get(a.userId);
      const mentorB = mentorOf.get(b.userId);
      if (!mentorA || !mentorB) {
        throw new AppError(
          'invalid_state',
          'Both mentees need a mentor to swap. Move a mentee without one to a mentor instead.',
        );
      }
      const ma = person(mentorA, 'menteeId', 'mentor');
      const mb = person(mentorB, 'otherMenteeId', 'mentor');
      await pairUp(a, mb);
      await pairUp(b, ma);
      changed.push(a.userId, b.userId);
    }
    const summary: StoredSummary = {
      ...stored,
      matchedCount: (await findPairs(tx, runId)).length,
      lockedMenteeIds: (stored.lockedMenteeIds ?? []).filter((id) => !changed.includes(id)),
    };
    await updateRun(tx, runId, { summary: asJson(summary) });
    const fresh = { ...run, summary: asJson(summary) };
    return describeRun(tx, fresh);
  });
}
