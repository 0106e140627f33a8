/**
 * The story the demo's charts tell: what Maya and Sam, and Jordan and Priya, prepared, wrote
 * and agreed over their past sessions. Offsets are days relative to the session (items, reviews)
 * or to today (sessions).
 */

export type GoalMet = 'yes' | 'partly' | 'no';
export interface DemoReview {
  goalMet: GoalMet;
  whyNot?: string;
  mostUseful: string;
  nextSteps: string;
  /** The author's alone. */
  privateReflection?: string;
}
export interface DemoItem {
  title: string;
  owner: 'mentee' | 'mentor';
  /** Days after the session it is due; null for no date. */
  dueIn: number | null;
  /** Days after the session it was done / dropped; absent while open. */
  doneAfter?: number;
  droppedAfter?: number;
}
export interface DemoQuestion {
  text: string;
  /** covered (with an answer), or open: carried into the next agendas. */
  answer?: string;
}
export interface DemoSession {
  daysAgo: number;
  cancelled?: string;
  goal?: string;
  questions?: DemoQuestion[];
  notes?: string;
  menteePrivate?: string;
  mentorPrivate?: string;
  mentee?: DemoReview;
  mentor?: DemoReview;
  items?: DemoItem[];
}

export const MAYA_SAM_HISTORY: DemoSession[] = [
  {
    daysAgo: 113,
    goal: 'Agree on where to start: React depth first, or a bit of everything?',
    questions: [
      {
        text: 'Should I finish the full-stack course or start building now?',
        answer: 'Build now; dip into the course only when the project needs it.',
      },
      {
        text: 'How many hours a week is realistic next to a teaching job?',
        answer: 'Six focused hours beat twelve tired ones. Two evenings and a Saturday morning.',
      },
    ],
    notes: `## First session\n\n- Maya has nine years of classroom experience and **strong explaining skills**: that is a hiring asset, not a gap.\n- Plan: one real project, built in public, instead of three tutorials.\n- Sam's rule of thumb: *ship something small every week*.\n\n### Ideas to weigh\n1. Lesson planner for teachers\n2. Reading-log app for a class\n3. Timetable clash checker`,
    menteePrivate: 'I was nervous about sounding like a beginner. Sam never made me feel like one.',
    mentorPrivate: 'Maya undersells her teaching. Keep pointing at it.',
    mentee: {
      goalMet: 'yes',
      mostUseful: 'Hearing that my teaching years count as experience.',
      nextSteps: 'Sketch three project ideas and pick one by next Friday.',
      privateReflection: 'I want to stop apologising for being new.',
    },
    mentor: {
      goalMet: 'yes',
      mostUseful: 'Maya came with two crisp questions; we used every minute.',
      nextSteps: 'Send two READMEs worth copying.',
    },
    items: [
      { title: 'Sketch three project ideas and pick one', owner: 'mentee', dueIn: 7, doneAfter: 6 },
      { title: 'Send Maya two READMEs worth copying', owner: 'mentor', dueIn: 5, doneAfter: 2 },
    ],
  },
  {
    daysAgo: 99,
    goal: 'Turn the lesson planner idea into a first week of work.',
    questions: [
      {
        text: 'Which screen should I build first?',
        answer: 'The weekly view: it is what a teacher opens every Monday.',
      },
      { text: 'Do I need a database from day one?', answer: 'No. Local storage until it hurts.' },
      { text: 'Is Tailwind worth learning now?' },
    ],
    notes: `## Lesson planner, week one\n\n- First screen: **weekly view** with drag-and-drop lessons.\n- Keep data in the browser for now; Postgres later.\n- Maya will post a short progress note on LinkedIn each Friday.\n\n> "Pick the boring stack and spend your curiosity on the product." — Sam`,
    mentee: {
      goalMet: 'partly',
      whyNot: 'We ran out of time before talking about styling.',
      mostUseful: 'Cutting the database from the first version.',
      nextSteps: 'Build the weekly view; bring the styling question back.',
    },
    mentor: {
      goalMet: 'yes',
      mostUseful: 'A clear first slice Maya can finish in a week.',
      nextSteps: 'Look at her first pull request together.',
    },
    items: [
      {
        title: 'Build the weekly view of the lesson planner',
        owner: 'mentee',
        dueIn: 10,
        doneAfter: 14,
      },
      {
        title: 'Finish module 4 of the React course',
        owner: 'mentee',
        dueIn: 14,
        droppedAfter: 20,
      },
    ],
  },
  {
    daysAgo: 78,
    goal: 'Get honest feedback on my first real pull request.',
    questions: [
      {
        text: 'Is my component structure going to hold up?',
        answer: 'Mostly: split the lesson card out and lift state one level up.',
      },
      {
        text: 'How do I write tests without slowing down?',
        answer: 'One test per bug you fix. Start there.',
      },
    ],
    notes: `## PR review\n\n- Split \`LessonCard\` out of \`WeekView\`.\n- State lives in \`WeekView\`; cards get props and callbacks.\n- Add a test for the drag bug Maya fixed.\n\n**Dropped**: the React course module. Building teaches more right now.`,
    mentorPrivate: 'She is faster than she thinks. Next: interview stories.',
    mentee: {
      goalMet: 'yes',
      mostUseful: 'Seeing how Sam reads code: outside in.',
      nextSteps: 'Write one STAR story about the timetable project at school.',
    },
    mentor: {
      goalMet: 'partly',
      whyNot: 'I talked too long about testing; we skipped her deployment question.',
      mostUseful: 'Concrete refactor Maya did live.',
      nextSteps: 'Arrange a mock interview with a colleague.',
    },
    items: [
      {
        title: 'Write a STAR story about the school timetable project',
        owner: 'mentee',
        dueIn: 8,
        doneAfter: 12,
      },
    ],
  },
  { daysAgo: 71, cancelled: 'Sam was down with the flu; we moved on to the next slot.' },
  {
    daysAgo: 57,
    goal: 'Practise telling my career-change story in under two minutes.',
    questions: [
      {
        text: 'How much of the teaching story should I tell?',
        answer: 'One sentence of why, then straight to what you built.',
      },
      { text: 'Should I mention that I am still learning TypeScript?' },
    ],
    notes: `## Story practice\n\nMaya's two-minute version, take 3:\n\n1. *Why*: I loved making hard things clear for thirty teenagers.\n2. *What*: I built a lesson planner other teachers now use.\n3. *Next*: I want to do that on a product team.\n\nSam: "That third take was the one. Stop there."`,
    menteePrivate: 'Take 3 felt like me. Keep it.',
    mentee: {
      goalMet: 'yes',
      mostUseful: 'Cutting my story to three sentences.',
      nextSteps: 'Deploy the planner so I can link it in applications.',
    },
    mentor: {
      goalMet: 'yes',
      mostUseful: 'Watching the story get tighter with each take.',
      nextSteps: 'Line up the mock interview.',
    },
    items: [
      {
        title: 'Set up a mock interview with a colleague',
        owner: 'mentor',
        dueIn: 14,
        doneAfter: 10,
      },
      { title: 'Deploy the lesson planner on Fly', owner: 'mentee', dueIn: 21, doneAfter: 19 },
    ],
  },
  {
    daysAgo: 32,
    goal: 'Choose the one project I will show to full-stack employers.',
    questions: [
      {
        text: 'Is a clone of an existing app a good portfolio piece?',
        answer: 'Only with a twist you can explain. The planner is better.',
      },
      { text: 'How big should the project be?', answer: 'Three features done well.' },
    ],
    notes: `## Portfolio focus\n\n- **The lesson planner is the portfolio.** No clone.\n- Three features, each with a short write-up: weekly view, sharing with a colleague, printing.\n- README: lead with a GIF and who it is for.`,
    mentee: {
      goalMet: 'partly',
      whyNot: 'I still do not know how to describe the sharing feature without jargon.',
      mostUseful: 'A clear "no" to building a clone.',
      nextSteps: 'Rewrite the CV summary around the planner.',
      privateReflection:
        'I rushed the last ten minutes because I was tired. Book earlier next time.',
    },
    mentor: {
      goalMet: 'no',
      whyNot: 'We aimed to pick the project and ended up redesigning the README.',
      mostUseful: 'Maya now has one story that ties it all together.',
      nextSteps: 'Send two real take-home tasks to practise on.',
    },
    items: [{ title: 'Rewrite the CV summary in three sentences', owner: 'mentee', dueIn: 26 }],
  },
  {
    daysAgo: 4,
    goal: 'Decide which three companies to apply to first, and why.',
    questions: [
      {
        text: 'Is it better to apply to startups or to larger teams first?',
        answer: 'One of each, plus an edtech company where teaching is a plus.',
      },
      { text: 'How do I answer "why now?" without sounding unhappy with teaching?' },
    ],
    notes: `## Shortlist\n\n| Company | Why | Next step |\n|---|---|---|\n| Kite Learning | edtech, values teaching | ask Sam's former colleague |\n| Northwind | big team, good onboarding | apply this week |\n| Tiny Loop | startup, React + Node | wait for the January opening |\n\nOpen: how to answer *why now?* (carried to next time).`,
    mentee: {
      goalMet: 'yes',
      mostUseful: 'A shortlist I believe in.',
      nextSteps: 'Practise "tell me about yourself" out loud before the next session.',
    },
    items: [
      { title: 'Send Maya two take-home examples', owner: 'mentor', dueIn: 8 },
      { title: 'Practise “tell me about yourself” out loud', owner: 'mentee', dueIn: 9 },
      {
        title: 'Ask two former colleagues for a LinkedIn recommendation',
        owner: 'mentee',
        dueIn: null,
      },
    ],
  },
];

export const JORDAN_PRIYA_HISTORY: DemoSession[] = [
  {
    daysAgo: 33,
    goal: 'Understand what a senior backend interview loop at a larger company looks like.',
    questions: [
      {
        text: 'How many rounds should I expect?',
        answer: 'Usually four: coding, system design, a past project, and values.',
      },
    ],
    notes: `## The loop, demystified\n\n- Coding: talk while you think.\n- System design: start from the user, not the boxes.\n- Past project: **one** project, told deep, not five told shallow.`,
    mentee: {
      goalMet: 'yes',
      mostUseful: 'The four rounds, laid out plainly.',
      nextSteps: 'Pick the project I will tell in the past-project round.',
    },
    mentor: {
      goalMet: 'yes',
      mostUseful: 'Jordan already has a great project: the billing migration.',
      nextSteps: 'Send my system design reading list.',
    },
    items: [
      {
        title: 'Send Jordan the system design reading list',
        owner: 'mentor',
        dueIn: 3,
        doneAfter: 1,
      },
    ],
  },
  {
    daysAgo: 19,
    goal: 'Rehearse the billing migration story with Priya asking follow-ups.',
    questions: [
      {
        text: 'How technical should the story get?',
        answer: 'Technical enough that they ask a follow-up.',
      },
      { text: 'Should I mention the outage we caused?' },
    ],
    notes: `## Billing migration story\n\n- Open with the number: *40 % fewer failed payments*.\n- Own the outage: what you learned beats what went wrong.`,
    mentee: {
      goalMet: 'partly',
      whyNot: 'I froze on the outage question; I need another go.',
      mostUseful: 'Priya\u2019s follow-up questions felt like the real thing.',
      nextSteps: 'Write the outage part as a short paragraph.',
    },
    mentor: {
      goalMet: 'partly',
      whyNot: 'We did not get to the values round.',
      mostUseful: 'The numbers at the start made the story land.',
      nextSteps: 'Values round next time.',
    },
    items: [
      {
        title: 'Write the outage lesson as one short paragraph',
        owner: 'mentee',
        dueIn: 7,
        doneAfter: 9,
      },
    ],
  },
  {
    daysAgo: 5,
    goal: 'Practise the values round with three classic questions.',
    questions: [
      {
        text: 'What makes a good answer to "tell me about a disagreement"?',
        answer: 'Show how you changed your mind, or theirs, with evidence.',
      },
    ],
    notes: `## Values round\n\nThree questions, one story each. Jordan's strongest: the on-call rota he redesigned with his team.`,
    mentor: {
      goalMet: 'yes',
      mostUseful: 'Jordan\u2019s on-call story is his best one. Lead with it.',
      nextSteps: 'Apply to the two roles we discussed.',
    },
    items: [{ title: 'Apply to the two platform roles we discussed', owner: 'mentee', dueIn: 10 }],
  },
];
