/**
 * Gentle suggestions for a goal that is still vague. They never block saving: a goal written
 * roughly today is better than a perfect one never written. The API returns them with every
 * goal and the web form shows the same output live while the member types.
 */
export type NudgeField = 'title' | 'successCriterion' | 'targetDate';

export interface GoalNudge {
  field: NudgeField;
  message: string;
}

export interface NudgeInput {
  title: string;
  successCriterion: string;
  /** `YYYY-MM-DD` or null. */
  targetDate: string | null;
  status: 'active' | 'achieved' | 'dropped';
}

export const MIN_TITLE_WORDS = 5;
export const MIN_CRITERION_WORDS = 5;

// Phrases that say "more" without saying of what. Alone they make a wish, not a goal.
const GENERIC_PHRASES = [
  'get better',
  'be better',
  'become better',
  'improve',
  'learn more',
  'learn',
  'work on',
  'level up',
  'grow',
  'get good',
  'do better',
  'upskill',
];

// Words that carry no subject of their own.
const FILLER_WORDS = new Set(
  (
    'a an the my me i to at in on of for with and or some more about be get getting really ' +
    'stuff things thing skills skill career job work general generally overall better good ' +
    'want would like need try become so much'
  ).split(' '),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#.-]+/u)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);
}

/** True when the title leans on a generic phrase and names fewer than two concrete things. */
export function isGenericTitle(title: string): boolean {
  const lower = title.toLowerCase().replace(/\s+/g, ' ');
  const found = GENERIC_PHRASES.filter((p) => new RegExp(`\\b${p}\\w*\\b`, 'u').test(lower));
  if (found.length === 0) return false;
  const genericWords = found.flatMap(words);
  const concrete = words(title).filter(
    (w) => !FILLER_WORDS.has(w) && !genericWords.some((g) => w.startsWith(g)),
  );
  return concrete.length < 2 && !/\d/.test(title);
}

/**
 * The nudges for a goal, at most one per field. `today` is the member's own calendar date
 * (`YYYY-MM-DD` in their time zone), passed in so the function stays pure.
 */
export function goalNudges(goal: NudgeInput, today: string): GoalNudge[] {
  const nudges: GoalNudge[] = [];
  const title = goal.title.trim();
  const titleWords = words(title).length;

  if (title && isGenericTitle(title)) {
    nudges.push({
      field: 'title',
      message:
        'This reads like a wish more than a goal. Name the exact thing: which skill, which role, which conversation?',
    });
  } else if (title && titleWords < MIN_TITLE_WORDS) {
    nudges.push({
      field: 'title',
      message: `A few more words would help your mentor: what exactly, and for what? Aim for ${MIN_TITLE_WORDS} words or more.`,
    });
  }

  const criterion = goal.successCriterion.trim();
  if (!criterion) {
    nudges.push({
      field: 'successCriterion',
      message:
        'Finish the sentence “I’ll know it’s done when…”, so you and your mentor can both tell when you get there.',
    });
  } else if (words(criterion).length < MIN_CRITERION_WORDS) {
    nudges.push({
      field: 'successCriterion',
      message:
        'Make the finish line something you could check: a number, a date, or something that exists when you are done.',
    });
  }

  if (goal.status === 'active' && goal.targetDate && goal.targetDate < today) {
    nudges.push({
      field: 'targetDate',
      message:
        'The target date has passed. Pick a new date, or mark the goal as achieved or dropped.',
    });
  }
  return nudges;
}
