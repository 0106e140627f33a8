import type { z } from 'zod';
import { ApiError } from './api-client.ts';

type FieldErrors = Record<string, string>;

/**
 * A Mantine form `validate` function backed by a zod schema, so forms check exactly what the
 * server checks. Issue paths become dotted field names (`goals.0.title`); the first issue of a
 * field wins, and issues about the whole object (empty path) are left to the submit handler.
 */
export function zodValidate<T>(schema: z.ZodType<unknown, T>) {
  return (values: T): FieldErrors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.');
      if (key && !(key in errors)) errors[key] = issue.message;
    }
    return errors;
  };
}

interface FormWithErrors {
  setErrors(errors: FieldErrors): void;
  getValues(): object;
}

/**
 * Puts the server's per-field messages under the matching inputs. Returns true when at least
 * one message found its field; otherwise the caller shows the error as a whole-form alert.
 */
export function applyFieldErrors(form: FormWithErrors, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const values = form.getValues();
  const known = Object.entries(error.fields).filter(
    ([field]) => (field.split('.')[0] ?? '') in values,
  );
  if (known.length === 0) return false;
  form.setErrors(Object.fromEntries(known));
  return true;
}
