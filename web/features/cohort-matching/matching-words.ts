import type {
  MatchingMode,
  MustHaveCriterion,
  RunStage,
} from '../../../common/schemas/cohort-matching.ts';

export const MODE_WORDS: Record<MatchingMode, { label: string; explain: string }> = {
  'best-total-fit': {
    label: 'Best total fit',
    explain: 'The pairs with the highest fit scores added together.',
  },
  'most-matched': {
    label: 'Most people matched',
    explain: 'As many mentees as possible get a mentor; then the best fit among those.',
  },
  stable: {
    label: 'Stable',
    explain: 'No mentee and mentor would both rather be together than with the pair they got.',
  },
};

export const MUST_HAVE_WORDS: Record<MustHaveCriterion, string> = {
  topic: 'Goal topic',
  stack: 'Tech stack',
  area: 'Knowledge area',
  stage: 'Career stage',
  language: 'Shared language',
  timezone: 'Within the mentee’s time-zone window',
};

export const STAGE_WORDS: Record<RunStage, string> = {
  starting: 'Getting ready',
  scoring: 'Scoring every possible pair',
  solving: 'Finding the best pairs',
  checking: 'Checking the result is the best one',
  reasons: 'Writing the reasons for each pair',
  saving: 'Saving the proposal',
};

export const STATUS_WORDS = {
  running: 'Being proposed',
  done: 'Proposed',
  failed: 'Did not finish',
  published: 'Published',
} as const;
