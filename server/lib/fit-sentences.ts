import type { FitCriterion } from '../../common/schemas/mentor-search.ts';
import { CAREER_STAGES } from '../../common/taxonomy/career-stages.ts';
import { GOAL_CATEGORIES } from '../../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREAS } from '../../common/taxonomy/knowledge-areas.ts';
import { LANGUAGES } from '../../common/taxonomy/languages.ts';
import { labelLookup } from '../../common/taxonomy/lookup.ts';
import { stackLabel } from '../../common/taxonomy/stack.ts';
import { clockDistanceHours, type MenteeInput, type MentorFacts } from './fit-score.ts';

const topicLabel = labelLookup(GOAL_CATEGORIES);
const areaLabel = labelLookup(KNOWLEDGE_AREAS);
const languageLabel = labelLookup(LANGUAGES);

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Who reads the sentence: the mentee themself ("you want"), or someone else about them. */
function voiceOf(menteeName?: string) {
  if (!menteeName) {
    return { you: 'you', your: 'your', yours: 'yours', s: '', they: 'you' };
  }
  return { you: menteeName, your: 'their', yours: `${menteeName}’s`, s: 's', they: 'they' };
}

/**
 * The human sentence of each reason. Privacy: a lived experience is named only when the mentor
 * made it public; a match through a `matching`-scoped one is acknowledged without naming it,
 * and the mentee's own wanted list is never repeated back. Written to the mentee, or — given
 * their first name — about them, for the people who run a program.
 */
export function fitSentences(mentee: MenteeInput, mentor: MentorFacts, menteeName?: string) {
  const mentorHas = (list: readonly string[]) => new Set(list);
  const v = voiceOf(menteeName);
  return (criterion: FitCriterion, fraction: number): string => {
    switch (criterion) {
      case 'topic': {
        const has = mentorHas(mentor.topics);
        const hit = mentee.topics.find((t) => has.has(t));
        const shown = (hit ?? mentee.topics[0] ?? 'other') as string;
        const label = topicLabel(shown).toLowerCase();
        return hit
          ? `Helps people with “${label}”, what ${v.you} want${v.s} to work on`
          : `Does not list “${label}” among the topics they help with`;
      }
      case 'stack': {
        const has = mentorHas(mentor.stack);
        const known = mentee.stack.filter((s) => has.has(s)).map(stackLabel);
        const total = mentee.stack.length;
        if (known.length === 0)
          return `Knows none of the ${plural(total, 'tool', 'tools')} ${v.you} want${v.s} to grow in`;
        if (known.length === total && total === 1)
          return `Knows ${known[0]}, the tool ${v.you} want${v.s} to grow in`;
        if (known.length === total)
          return `Knows all ${total} tools ${v.you} want${v.s} to grow in: ${listOf(known)}`;
        return `Knows ${known.length} of the ${plural(total, 'tool', 'tools')} ${v.you} want${v.s} to grow in: ${listOf(known)}`;
      }
      case 'area': {
        const has = mentorHas(mentor.areas);
        const hit = mentee.areas.filter((a) => has.has(a)).map(areaLabel);
        const total = mentee.areas.length;
        if (hit.length === 0)
          return `Works outside the ${plural(total, 'area', 'areas')} ${v.you} want${v.s} help with`;
        if (total === 1) return `Works in ${hit[0]}, the area ${v.you} want${v.s} help with`;
        if (hit.length === total)
          return `Works in all ${total} areas ${v.you} want${v.s} help with: ${listOf(hit)}`;
        return `Works in ${hit.length} of the ${plural(total, 'area', 'areas')} ${v.you} want${v.s} help with: ${listOf(hit)}`;
      }
      case 'stage': {
        const stage = CAREER_STAGES[mentor.stageRank ?? 0]?.label.toLowerCase() ?? '';
        if (fraction >= 1)
          return `Is further along than ${v.you} (${stage}), so has walked the road ahead`;
        if (fraction > 0) return `Is at the same career stage as ${v.you}: a peer’s view`;
        return `Is earlier in their career than ${v.you} (${stage})`;
      }
      case 'experience': {
        const wanted = new Set(mentee.experiences);
        const shared = mentor.experiences.filter((e) => wanted.has(e.id));
        const named = shared.filter((e) => e.scope === 'public').map((e) => e.label);
        if (named.length) return `Shares an experience ${v.you} asked for: ${listOf(named)}`;
        if (shared.length) return `Matches one of the preferences ${v.you} set`;
        return `Does not match the preferences ${v.you} set`;
      }
      case 'language': {
        const has = mentorHas(mentor.languages);
        const hit = mentee.languages.filter((l) => has.has(l)).map(languageLabel);
        return hit.length
          ? `Speaks ${listOf(hit)}, which ${v.you} prefer${v.s}`
          : `Does not speak any of the languages ${v.you} prefer${v.s}`;
      }
      case 'timezone': {
        const hours = clockDistanceHours(mentee.tzOffsetMinutes, mentor.tzOffsetMinutes);
        const window = mentee.tzWindowHours ?? 0;
        const shown = Number.isInteger(hours) ? `${hours}` : hours.toFixed(1);
        if (hours === 0) return `Lives on the same clock as ${v.you}`;
        const gap = `Their clock is ${shown} ${hours === 1 ? 'hour' : 'hours'} from ${v.yours}`;
        if (window === 0) return `${gap}; ${v.they} asked for someone on ${v.your} own clock`;
        return fraction >= 1
          ? `${gap}, within the ${window}-hour gap ${v.they} accept${v.s}`
          : `${gap}, more than the ${window}-hour gap ${v.they} accept${v.s}`;
      }
      case 'capacity':
        return fraction > 0
          ? 'Is taking new mentees now'
          : 'Is not taking new mentees at the moment';
    }
  };
}
