import type { FitCriterion, Importance } from '../../../../common/schemas/mentor-search.ts';

/** What each fit criterion means, in a line a mentee can act on. Order follows FIT_CRITERIA. */
export const CRITERIA: Record<FitCriterion, { label: string; explanation: string }> = {
  topic: {
    label: 'Goal topic',
    explanation: 'Helps with the kind of goal you chose, such as interviews or a first job.',
  },
  stack: {
    label: 'Tech stack',
    explanation: 'Knows the languages, frameworks and tools you want to grow in.',
  },
  area: {
    label: 'Knowledge areas',
    explanation: 'Works in the fields you care about, like front-end, data or security.',
  },
  stage: {
    label: 'Career stage',
    explanation: 'Is a step or more ahead of where you are, so their road is close to yours.',
  },
  experience: {
    label: 'Shared experience',
    explanation: 'Chose to share a lived experience that you said matters to you.',
  },
  language: {
    label: 'Language',
    explanation: 'Can mentor in a language you are comfortable in.',
  },
  timezone: {
    label: 'Time zone',
    explanation: 'Lives close enough in time for calls at hours that suit you both.',
  },
  capacity: {
    label: 'Room to mentor',
    explanation: 'Is accepting requests and still has space for another mentee.',
  },
};

export const IMPORTANCE_LABELS: Record<Importance, string> = {
  must: 'Must-have',
  nice: 'Nice to have',
  ignore: 'Ignore',
};

/** One line on how the number is made; shown in the "Why this mentor" panel. */
export const SCORE_EXPLANATION =
  'The fit score is the share of available points this mentor earns: each criterion that counts in your search has a weight, must-haves only let through mentors who meet them, and ignored criteria weigh nothing.';
