/**
 * A rubric to start from, offered when a cohort has none yet. Admins edit every word of it.
 * Levels run from 1 (weakest) to 5 (strongest).
 */
export const STARTER_RUBRIC: { name: string; descriptors: string[] }[] = [
  {
    name: 'Clarity of goals',
    descriptors: [
      'No goal yet beyond "get better" or "find a mentor".',
      'A broad direction, but nothing they could check off.',
      'One goal they can name, loosely tied to a next step.',
      'Specific goals, each with a way to tell when it is reached.',
      'Specific, checkable goals with a plan for the first weeks and what help they need.',
    ],
  },
  {
    name: 'Commitment',
    descriptors: [
      'Unsure they can make time for regular sessions.',
      'Would like to take part, but time is mostly hoped for.',
      'Can meet on the program rhythm and prepare now and then.',
      'Has set time aside for sessions and for the work between them.',
      'Has a concrete routine planned, and has kept similar commitments before.',
    ],
  },
  {
    name: 'Fit with the program',
    descriptors: [
      'What they want is something this program does not offer.',
      'Some overlap, but most of what they want lies elsewhere.',
      'Their goals fit the program, though they could thrive without it.',
      'Their goals and stage match what the program and its mentors offer.',
      'A clear match: they would gain a lot and bring a lot to the cohort.',
    ],
  },
];
