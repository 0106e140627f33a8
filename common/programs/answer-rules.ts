import {
  type AnswerValue,
  LONG_ANSWER_MAX,
  type QuestionKind,
  SCALE_MAX,
  SCALE_MIN,
  SHORT_ANSWER_MAX,
} from '../schemas/applications.ts';

/** What the answer rules need of a question. */
export interface FormQuestion {
  id: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  options: string[];
}

export interface CheckedAnswers {
  /** Question id → what is wrong with its answer. */
  fields: Record<string, string>;
  /** The answers to store, trimmed; empty answers left out. */
  answers: { questionId: string; value: AnswerValue }[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function isEmpty(value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Checks one answer against its question; a message when it does not fit. */
function checkOne(q: FormQuestion, value: AnswerValue): string | null {
  switch (q.kind) {
    case 'short-text':
    case 'long-text': {
      if (typeof value !== 'string') return 'Answer in words.';
      const max = q.kind === 'short-text' ? SHORT_ANSWER_MAX : LONG_ANSWER_MAX;
      if (value.trim().length > max) return `Keep it under ${max} characters.`;
      if (CONTROL_CHARS.test(value)) return 'Remove the control characters.';
      if (q.kind === 'short-text' && /[\r\n]/.test(value.trim())) return 'Keep it to one line.';
      return null;
    }
    case 'single-choice':
      if (typeof value !== 'string' || !q.options.includes(value))
        return 'Choose one of the options.';
      return null;
    case 'multiple-choice':
      if (!Array.isArray(value) || value.some((v) => !q.options.includes(v))) {
        return 'Choose from the options given.';
      }
      if (new Set(value).size !== value.length) return 'Choose each option once.';
      return null;
    case 'scale':
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < SCALE_MIN ||
        value > SCALE_MAX
      ) {
        return `Choose a number from ${SCALE_MIN} to ${SCALE_MAX}.`;
      }
      return null;
  }
}

/**
 * Checks a candidate's answers against the form: required questions answered, every answer of
 * the question's kind, choices among the options, scales 1–5, texts within their length. Answers
 * to questions not on the form are refused. The server and the apply page share these rules.
 */
export function checkAnswers(
  questions: readonly FormQuestion[],
  given: Record<string, AnswerValue | undefined>,
): CheckedAnswers {
  const fields: Record<string, string> = {};
  const answers: CheckedAnswers['answers'] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(given)) {
    if (!known.has(id)) fields[id] = 'This question is not on the form any more.';
  }
  for (const q of questions) {
    const value = given[q.id];
    if (value === undefined || isEmpty(value)) {
      if (q.required) fields[q.id] = 'This question needs an answer.';
      continue;
    }
    const problem = checkOne(q, value);
    if (problem) fields[q.id] = problem;
    else
      answers.push({ questionId: q.id, value: typeof value === 'string' ? value.trim() : value });
  }
  return { fields, answers };
}
