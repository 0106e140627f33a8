import { z } from 'zod';
import { type ErrorCode, errorStatus } from '../errors.ts';

/** The error body as a schema, for the OpenAPI document. */
export const errorOutput = z.object({
  error: z.object({
    code: z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
