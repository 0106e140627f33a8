import type { GoalCategory } from '../../../common/taxonomy/goal-categories.ts';

/**
 * Questions that help turn a topic into a specific goal, per category: a short intro, two or
 * three prompts to think with, and one example of a goal worth writing.
 */
export interface CategoryPrompt {
  intro: string;
  questions: string[];
  example: string;
}

export const CATEGORY_PROMPTS: Record<GoalCategory, CategoryPrompt> = {
  'role-fit': {
    intro: 'Narrow the field to one or two roles you could try out.',
    questions: [
      'Which parts of your current or last job gave you energy, and which drained it?',
      'Which two roles are you torn between right now?',
      'What would you need to see or try to choose between them?',
    ],
    example: 'Compare backend and data engineering by shadowing one person in each role',
  },
  'skills-for-role': {
    intro: 'Name the role, then the few skills that stand between you and it.',
    questions: [
      'Which job posting would you apply to tomorrow if you felt ready?',
      'Which requirement in it makes you hesitate most?',
      'What small project would prove you have that skill?',
    ],
    example: 'Build and deploy a small REST API in Go to apply for junior backend roles',
  },
  interviews: {
    intro: 'Pick the one stage of the process where practice would pay off most.',
    questions: [
      'Which part of the interview loop worries you most?',
      'Which company or kind of role are you preparing for?',
      'How many practice rounds would make you feel ready?',
    ],
    example: 'Practise three mock system design interviews before my onsite at a fintech startup',
  },
  'new-job': {
    intro: 'Think about your first months and what “settled in” would look like.',
    questions: [
      'What do you want your manager to say about you after 90 days?',
      'Which part of the codebase or product feels most unfamiliar?',
      'Who are the three people you most need to know?',
    ],
    example: 'Ship my first feature end to end in the billing service within six weeks',
  },
  'asking-for-help': {
    intro: 'Name the situation where asking is hardest for you.',
    questions: [
      'When did you last stay stuck longer than you should have?',
      'Who on your team would you like to feel comfortable asking?',
      'How long should you try alone before you reach out?',
    ],
    example: 'Ask for a code review or pairing session after 45 minutes of being stuck',
  },
  networking: {
    intro: 'Make it about a few real conversations, not a number of contacts.',
    questions: [
      'Which community, meetup or company would you like to be part of?',
      'Who is one person whose work you admire and would like to talk to?',
      'What could you offer or share in those conversations?',
    ],
    example: 'Have coffee chats with four engineers who work on accessibility this quarter',
  },
  portfolio: {
    intro: 'Decide who should read it and what they should take away.',
    questions: [
      'Which role or reader is your resume, portfolio or profile for?',
      'Which one project best shows what you can do, and is it easy to find?',
      'What feedback have you had on it so far?',
    ],
    example: 'Rewrite my resume for product design roles and get feedback from two designers',
  },
  other: {
    intro: 'Anything that matters to your growth counts. Make it concrete.',
    questions: [
      'What would be different in three months if this went well?',
      'What is the very first step you could take this week?',
      'How would someone else notice that you did it?',
    ],
    example: 'Give a 10-minute talk about our migration at the team’s demo day',
  },
};
