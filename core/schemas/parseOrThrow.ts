import type { z } from 'zod';

/** Parses `raw`, or throws naming the first problem and where it is: `field "fields.articleDate": …`. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown, label = 'field'): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${label} "${issue.path.join('.') || '(root)'}": ${issue.message}`);
}
