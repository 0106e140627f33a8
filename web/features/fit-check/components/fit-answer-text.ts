import type { FitAnswer } from '../../../../common/schemas/fit-check.ts';

export const FIT_QUESTION = 'Does this mentorship still make sense for both of us?';

/** The three answers, each with a line on what choosing it means. */
export const FIT_CHOICES: Record<FitAnswer, { label: string; help: string }> = {
  continue: {
    label: 'Keep going',
    help: 'It works. Carry on as you are.',
  },
  adjust: {
    label: 'Keep going, with a change',
    help: 'Worth continuing, but something should change: how often you meet, the focus, or the format.',
  },
  'wind-down': {
    label: 'Wind down',
    help: 'It has given what it could for now. Close it on a good note.',
  },
};
