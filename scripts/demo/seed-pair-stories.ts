import { sessionNumberOpening } from '../../common/fit-check/fit-check-rounds.ts';
import type { Db } from '../../server/db/client.ts';
import { mentorshipEvents } from '../../server/db/schema/mentorships.ts';
import { buildMentorship } from '../../tests/factories/mentorship.ts';
import { JORDAN_PRIYA_HISTORY, MAYA_SAM_HISTORY } from './history-text.ts';
import { type Pair, seedFitChecks, seedHistory } from './seed-history.ts';

const DAY = 24 * 3_600_000;
const EVERY = 3;

const opensAtIn = (ends: Date[]) => (round: number) => ends[sessionNumberOpening(round, EVERY) - 1];

/**
 * Maya and Sam's four months together: six held sessions (one more was cancelled), rounds 1
 * and 2 of the fit check answered by both, round 3 open since their latest session (Maya has
 * answered, Sam not yet) and Sam's review of that session still to write.
 */
export async function seedMayaSamStory(db: Db, mentorshipId: string, maya: string, sam: string) {
  const pair: Pair = { mentorshipId, menteeId: maya, mentorId: sam, utcHour: 17 };
  const ends = await seedHistory(db, pair, MAYA_SAM_HISTORY);
  await seedFitChecks(db, pair, opensAtIn(ends), [
    {
      round: 1,
      mentee: { answer: 'continue', note: 'Exactly the push I needed.' },
      mentor: { answer: 'continue', note: 'Maya comes prepared. Happy to keep going.' },
    },
    {
      round: 2,
      mentee: { answer: 'continue', note: 'Could we sometimes meet a bit earlier in the evening?' },
      mentor: { answer: 'adjust', note: 'Let’s keep to 45 minutes and share prep two days ahead.' },
    },
    { round: 3, mentee: { answer: 'continue', note: 'Applications next: I want Sam with me.' } },
  ]);
}

/**
 * Jordan and Priya: six weeks, three sessions, round 1 answered by both and round 2 open since
 * their last session (Priya has answered); Jordan still owes a review of it.
 */
export async function seedJordanPriyaStory(db: Db, jordan: string, priya: string) {
  const mentorship = await buildMentorship(db, jordan, priya, {
    message:
      'I am a backend engineer aiming for my first senior role. Your posts on interview loops are the clearest I have read; could you help me prepare for mine?',
    cadence: 'every-two-weeks',
    requestedAt: new Date(Date.now() - 40 * DAY),
    respondedAt: new Date(Date.now() - 39 * DAY),
    startedAt: new Date(Date.now() - 39 * DAY),
  });
  await db.insert(mentorshipEvents).values([
    {
      mentorshipId: mentorship.id,
      kind: 'requested',
      actorId: jordan,
      createdAt: mentorship.requestedAt,
    },
    {
      mentorshipId: mentorship.id,
      kind: 'accepted',
      actorId: priya,
      createdAt: mentorship.respondedAt ?? new Date(),
    },
  ]);
  const pair: Pair = {
    mentorshipId: mentorship.id,
    menteeId: jordan,
    mentorId: priya,
    utcHour: 13,
  };
  const ends = await seedHistory(db, pair, JORDAN_PRIYA_HISTORY);
  await seedFitChecks(db, pair, opensAtIn(ends), [
    {
      round: 1,
      mentee: { answer: 'continue', note: 'Priya’s follow-up questions are gold.' },
      mentor: { answer: 'continue', note: 'Jordan does the work between sessions.' },
    },
    { round: 2, mentor: { answer: 'continue', note: 'Two more sessions and he is ready.' } },
  ]);
}
