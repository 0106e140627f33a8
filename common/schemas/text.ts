import { z } from 'zod';

// C0 control characters other than tab and newlines: never meaningful in user text, and NUL
// cannot be stored in PostgreSQL at all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** One line of user text: trimmed, bounded, free of control characters. */
export function singleLineText(max: number, tooLong = `Keep it under ${max} characters.`) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .refine(
      (value) => !CONTROL_CHARS.test(value) && !/[\r\n]/.test(value),
      'Use plain text on one line.',
    );
}

/** Several lines of user text: bounded, free of control characters other than tab and newlines. */
export function multiLineText(max: number) {
  return z
    .string()
    .max(max, `Keep it under ${max} characters.`)
    .refine((value) => !CONTROL_CHARS.test(value), 'Remove the control characters.');
}
