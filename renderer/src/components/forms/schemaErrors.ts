import type { z } from 'zod';

/**
 * A contract schema's Japanese messages for a value, keyed by form path under `prefix`
 * (`members.0.` + `name`), the first message per field — the same rules the main side applies.
 */
export function schemaErrors(
  schema: z.ZodType,
  value: unknown,
  prefix = '',
): Record<string, string> {
  const result = schema.safeParse(value);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = prefix + issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}
