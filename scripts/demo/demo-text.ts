import type { EducationPath } from '../../common/taxonomy/education-paths.ts';
import type { GoalCategory } from '../../common/taxonomy/goal-categories.ts';

/**
 * Sentences demo bios are assembled from. Each slot has several phrasings so that 200 bios
 * read like different people wrote them.
 */
export const ORIGIN: Record<EducationPath, string[]> = {
  bootcamp: [
    'I joined a twelve-week boot camp after years in retail, and it changed my life.',
    'A boot camp got me my first job; the years after taught me the rest.',
  ],
  degree: [
    'I studied computer science, then spent my first year learning everything university skipped.',
    'I have a degree in engineering, but most of what I use every day I learned on the job.',
  ],
  'self-taught': [
    'I taught myself to code at night with free courses and a lot of stubbornness.',
    'Nobody taught me formally: I learned by breaking things and reading other people’s code.',
  ],
  'career-change': [
    'I came to tech in my thirties after a first career in teaching.',
    'Before tech I worked as a nurse, and I still use what that job taught me about pressure.',
    'I switched into tech from accounting, so I know how scary a restart can feel.',
  ],
  apprenticeship: [
    'I started as an apprentice, learning while being paid, and I recommend it to anyone.',
    'An apprenticeship gave me my start, with a mentor who believed in me early.',
  ],
  other: [
    'My road into tech was not a straight line, and I think that is fine.',
    'I found my way into this work sideways, through a hobby that grew.',
  ],
};

export const HELP_WITH: Record<GoalCategory, string> = {
  'role-fit': 'figuring out which role suits you',
  'skills-for-role': 'choosing what to learn next for the role you want',
  interviews: 'preparing for interviews without the panic',
  'new-job': 'your first months in a new job',
  'asking-for-help': 'asking for help at work without feeling like a burden',
  networking: 'meeting people in the field in a way that feels natural',
  portfolio: 'making your portfolio, resume and profiles tell your story',
  other: 'whatever is on your mind about working in tech',
};

export const STYLE = [
  'I like sessions with a clear question and honest answers.',
  'Expect homework: small, concrete, and always something you can finish in a week.',
  'I ask a lot of questions before I give advice.',
  'I will share my mistakes so you can skip a few of them.',
  'I keep notes between sessions so we never start from zero.',
  'I am direct, but always kind.',
  'Bring your code or your draft; we will look at it together.',
  'I prefer short, regular sessions to long, rare ones.',
];

export const LINK_LABELS = ['Blog', 'Portfolio', 'Talks', 'Open-source work', 'Newsletter'];
