import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';

/** Keyset cursor on (score desc, user id asc): the last entry of the page, base64url JSON. */
const cursorShape = z.object({
  s: z.number().int().min(0).max(100),
  id: z.string().min(1).max(100),
});

export type SearchCursor = { score: number; id: string };

export function encodeCursor(c: SearchCursor): string {
  return Buffer.from(JSON.stringify({ s: c.score, id: c.id })).toString('base64url');
}

export function decodeCursor(raw: string): SearchCursor {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = cursorShape.safeParse(parsed);
  if (!result.success) {
    throw new AppError('validation_failed', 'Some fields need attention.', {
      'query.cursor': 'This page link has expired or is damaged. Start the search again.',
    });
  }
  return { score: result.data.s, id: result.data.id };
}
