import type { PairRulesInput, PairRulesOutput } from '../../../common/schemas/cohort-matching.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { findCohortPeople } from './cohort-inputs.repo.ts';
import { findNames, findPairRules, lockCohort, replacePairRules } from './matching-runs.repo.ts';
import { requireCohortAdmin } from './matching-runs.service.ts';

type Caller = Pick<SignedInUser, 'id'>;

export async function getPairRules(
  db: Db,
  caller: Caller,
  cohortId: string,
): Promise<PairRulesOutput> {
  await requireCohortAdmin(db, caller, cohortId);
  const rules = await findPairRules(db, cohortId);
  const names = await findNames(
    db,
    rules.flatMap((r) => [r.menteeId, r.mentorId]),
  );
  return {
    rules: rules.map((r) => ({
      menteeId: r.menteeId,
      mentorId: r.mentorId,
      rule: r.rule as 'lock' | 'exclude',
      menteeName: names.get(r.menteeId) ?? 'Someone who left',
      mentorName: names.get(r.mentorId) ?? 'Someone who left',
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/**
 * Replaces the cohort's standing pair rules (they apply to the next proposal). Every person must
 * be a current member in that role; a mentee is locked to one mentor at most, and a mentor's
 * locks fit in their places.
 */
export async function savePairRules(
  db: Db,
  caller: Caller,
  cohortId: string,
  input: PairRulesInput,
): Promise<PairRulesOutput> {
  await requireCohortAdmin(db, caller, cohortId);
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await lockCohort(tx, cohortId);
    const people = new Map((await findCohortPeople(tx, cohortId)).map((p) => [p.userId, p]));
    const fields: Record<string, string> = {};
    const seen = new Set<string>();
    const lockedMentee = new Set<string>();
    const locksPerMentor = new Map<string, number>();
    input.rules.forEach((r, i) => {
      if (people.get(r.menteeId)?.role !== 'mentee') {
        fields[`rules.${i}.menteeId`] = 'Choose a mentee of this cohort.';
      }
      const mentor = people.get(r.mentorId);
      if (mentor?.role !== 'mentor')
        fields[`rules.${i}.mentorId`] = 'Choose a mentor of this cohort.';
      const key = `${r.menteeId}|${r.mentorId}`;
      if (seen.has(key)) fields[`rules.${i}`] = 'This pair already has a rule.';
      seen.add(key);
      if (r.rule === 'lock') {
        if (lockedMentee.has(r.menteeId)) {
          fields[`rules.${i}`] = 'A mentee can be locked to one mentor only.';
        }
        lockedMentee.add(r.menteeId);
        const n = (locksPerMentor.get(r.mentorId) ?? 0) + 1;
        locksPerMentor.set(r.mentorId, n);
        if (mentor && n > mentor.capacity) {
          fields[`rules.${i}`] =
            `${mentor.name} has ${mentor.capacity} ${mentor.capacity === 1 ? 'place' : 'places'}: lock fewer mentees to them.`;
        }
      }
    });
    if (Object.keys(fields).length) {
      throw new AppError('validation_failed', 'Some pair rules need attention.', fields);
    }
    await replacePairRules(tx, cohortId, input.rules, caller.id);
  });
  return getPairRules(db, caller, cohortId);
}
