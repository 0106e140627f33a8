import type { DeclineReason, MentorshipRole } from '../schemas/mentorships.ts';

/**
 * A "no" is hard to hear after working up the courage to ask. The person who declines picks a
 * reason from a short list (in their own voice, below); the person who asked reads it in kind
 * words that say what it means and what to do next — never a bare code.
 */

/** The choices in the decline dialog, as the person declining would say them. */
export const DECLINE_REASON_CHOICES: Record<DeclineReason, string> = {
  'no-capacity': 'I have no room for another mentoring relationship right now',
  'not-my-expertise': 'This is outside what I know well',
  'someone-else-fits-better': 'Someone else would be a better fit',
  other: 'Another reason',
};

/** The first word of a name, which is how the reader would think of them. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

/** What the person who asked reads, from the point of view of the one who declined. */
const WORDING: Record<MentorshipRole, Record<DeclineReason, (name: string) => string>> = {
  // A mentor said no to being someone's mentor (a directory request, or an invitation).
  mentor: {
    'no-capacity': (name) =>
      `${name}'s mentoring hours are full right now. That is about their calendar, not about you or your goal — a mentor with room can start with you sooner.`,
    'not-my-expertise': (name) =>
      `${name} felt your goal sits outside what they know best, and would rather you find someone who can go deeper with you on it.`,
    'someone-else-fits-better': (name) =>
      `${name} thinks another mentor would serve this goal better than they could. The mentor search can show you who else fits it.`,
    other: (name) =>
      `${name} can't take this on at the moment. Thank you for asking — reaching out is the hard part, and you did it.`,
  },
  // Someone invited to be mentored said no.
  mentee: {
    'no-capacity': (name) =>
      `${name} doesn't have room for a mentoring relationship right now. The timing is off, not the idea — they may come back to it later.`,
    'not-my-expertise': (name) =>
      `${name} felt what you offered is not quite what they are working on at the moment.`,
    'someone-else-fits-better': (name) =>
      `${name} thinks someone else would be a better mentor for where they are right now.`,
    other: (name) =>
      `${name} can't take this on at the moment. Thank you for offering your time — it was a generous thing to do.`,
  },
};

/**
 * The kind message for a decline. `declinedBy` is the person who said no, in the role they
 * would have had in the mentorship.
 */
export function declineMessage(
  reason: DeclineReason,
  declinedBy: { name: string; role: MentorshipRole },
): string {
  return WORDING[declinedBy.role][reason](firstName(declinedBy.name));
}
