import {
  type ExperienceGroup,
  type GroupFigures,
  MIN_GROUP_SIZE,
} from '../../../common/schemas/program-health.ts';
import { LIVED_EXPERIENCES } from '../../../common/taxonomy/lived-experiences.ts';
import { isHeld } from '../../lib/held-sessions.ts';
import { type HealthFacts, oneDecimal } from './health-numbers.ts';

/**
 * The cohort's figures split by lived experience, for the experiences members offered for
 * program statistics. Figures are per person (each member once), so a group and "everyone
 * else" add up to the cohort exactly — which is why both are hidden when either side has fewer
 * than MIN_GROUP_SIZE people: showing one next to the cohort's total would give away the
 * other by subtraction. Experiences in the owner's own words are left out (see the ADR).
 */

interface PersonFigures {
  inActivePair: boolean;
  sessions: number;
  reviews: number;
  goalMet: number;
}

function perPerson(facts: HealthFacts, memberIds: string[]): Map<string, PersonFigures> {
  const people = new Map<string, PersonFigures>(
    memberIds.map((id) => [id, { inActivePair: false, sessions: 0, reviews: 0, goalMet: 0 }]),
  );
  const pairOf = new Map(facts.pairs.map((p) => [p.id, p]));
  const inPeriod = (at: Date) => {
    const day = facts.dayOf(at);
    return day >= facts.from && day <= facts.to;
  };
  for (const pair of facts.pairs) {
    for (const id of [pair.menteeId, pair.mentorId]) {
      const person = people.get(id);
      if (person && pair.status === 'active') person.inActivePair = true;
    }
  }
  const counted = new Set<string>();
  for (const session of facts.sessions) {
    const pair = pairOf.get(session.mentorshipId);
    if (!pair || !isHeld(session, facts.now) || !inPeriod(session.startsAt)) continue;
    counted.add(session.id);
    for (const id of [pair.menteeId, pair.mentorId]) {
      const person = people.get(id);
      if (person) person.sessions += 1;
    }
  }
  for (const review of facts.reviews) {
    const person = people.get(review.authorId);
    if (!person || !counted.has(review.sessionId)) continue;
    person.reviews += 1;
    if (review.goalMet === 'yes') person.goalMet += 1;
  }
  return people;
}

function figuresOf(list: PersonFigures[]): GroupFigures {
  const sessions = list.reduce((total, p) => total + p.sessions, 0);
  return {
    people: list.length,
    inActivePair: { count: list.filter((p) => p.inActivePair).length, of: list.length },
    sessionsPerPerson: list.length ? oneDecimal(sessions / list.length) : 0,
    goalMet: {
      count: list.reduce((total, p) => total + p.goalMet, 0),
      of: list.reduce((total, p) => total + p.reviews, 0),
    },
  };
}

export function experienceBreakdown(
  facts: HealthFacts,
  memberIds: string[],
  offered: { userId: string; experience: string }[],
): { people: number; groups: ExperienceGroup[] } {
  const people = perPerson(facts, memberIds);
  const groups = LIVED_EXPERIENCES.map(({ id, label }): ExperienceGroup => {
    const inGroup = new Set(
      offered.filter((o) => o.experience === id && people.has(o.userId)).map((o) => o.userId),
    );
    const group: PersonFigures[] = [];
    const rest: PersonFigures[] = [];
    for (const [userId, figures] of people) (inGroup.has(userId) ? group : rest).push(figures);
    const shown = group.length >= MIN_GROUP_SIZE && rest.length >= MIN_GROUP_SIZE;
    return {
      experience: id,
      label,
      group: shown ? figuresOf(group) : null,
      everyoneElse: shown ? figuresOf(rest) : null,
    };
  });
  return { people: people.size, groups };
}
