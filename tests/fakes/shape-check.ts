// Checks a value against a zod schema written from a network's documentation (for services
// that publish no machine-readable schema) and reports each problem as a readable violation.
import type { z } from 'zod';

export function shapeViolations(schema: z.ZodType, value: unknown, label: string): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) => `${label}${issue.path.length ? ` at /${issue.path.join('/')}` : ''}: ${issue.message}`,
  );
}

/** Query or form fields as a plain object; a repeated field becomes an array. */
export function fieldsOf(params: URLSearchParams): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const existing = fields[key];
    fields[key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return fields;
}
