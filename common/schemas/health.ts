import { z } from 'zod';

export const healthOutput = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
});
