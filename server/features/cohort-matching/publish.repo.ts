import type { Db } from '../../db/client.ts';
import { mentorshipEvents, mentorships } from '../../db/schema/mentorships.ts';

/**
 * A mentorship for a published pair, unless the pair meanwhile has an open one (the open-pair
 * index answers that, whatever races): then undefined.
 */
export async function insertProgramMentorship(
  db: Db,
  values: { menteeId: string; mentorId: string; cohortId: string; adminId: string; now: Date },
): Promise<string | undefined> {
  const [row] = await db
    .insert(mentorships)
    .values({
      menteeId: values.menteeId,
      mentorId: values.mentorId,
      origin: 'program',
      cohortId: values.cohortId,
      requestedById: values.adminId,
      status: 'active',
      cadence: null,
      requestedAt: values.now,
      respondedAt: values.now,
      startedAt: values.now,
    })
    .onConflictDoNothing()
    .returning({ id: mentorships.id });
  if (!row) return undefined;
  // Tandem matched them on the program's behalf: no one of the pair acted.
  await db
    .insert(mentorshipEvents)
    .values({ mentorshipId: row.id, kind: 'matched', actorId: null, createdAt: values.now });
  return row.id;
}
