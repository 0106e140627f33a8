import { z } from 'zod';

/**
 * The test suite's own configuration (the app's is server/env.ts). Read once here so the
 * rest of the tests never touch process.env.
 */
export const testEnv = z
  .object({
    TEST_DATABASE_URL: z.url().optional(),
    CHROME_PATH: z.string().min(1).optional(),
    CI: z
      .string()
      .optional()
      .transform((v) => v === 'true' || v === '1'),
  })
  .parse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
