import type { RuledOutCounts, UnmatchedMentee } from './engine/types.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Why a mentee has no mentor in a proposal, in words for the admin. */
export function unmatchedWhy(
  u: UnmatchedMentee,
  mentorCount: number,
  maxTimeZoneGapHours: number | null,
): string {
  if (u.reason === 'capacity-taken') {
    const n = u.allowedMentors;
    return `${n} ${plural(n, 'mentor suits', 'mentors suit')} them, but every place went to another mentee.`;
  }
  const r: RuledOutCounts = u.ruledOut;
  const hours = maxTimeZoneGapHours ?? 0;
  const parts = [
    [r.mustHaves, 'do not meet the must-haves', 'does not meet the must-haves'],
    [
      r.timeZoneGap,
      `live more than ${hours} ${plural(hours, 'hour', 'hours')} from their clock`,
      `lives more than ${hours} ${plural(hours, 'hour', 'hours')} from their clock`,
    ],
    [r.sameTeam, 'are on their team', 'is on their team'],
    [r.excludedPair, 'are excluded for them', 'is excluded for them'],
    [r.alreadyMatched, 'already mentor them', 'already mentors them'],
    [r.noCapacity, 'have no places left', 'has no places left'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, many, one]) => `${n} ${n === 1 ? one : many}`);
  if (mentorCount === 0) return 'The cohort has no mentors yet.';
  if (!said.length) return 'No mentor fits every rule for them.';
  const list = said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1)}` : said[0];
  return `No mentor fits every rule. Of ${mentorCount} ${plural(mentorCount, 'mentor', 'mentors')}, ${list}.`;
}

export const LEFT_BY_HAND = 'Taken out of the proposal by hand.';
