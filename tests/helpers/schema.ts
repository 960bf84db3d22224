import type { z } from 'zod';
import { pathContext, type SchemaContext } from '../../src/schemas/index.ts';

/** A schema context whose image/file fields are plain strings, for schema unit tests. */
export const plainCtx: SchemaContext = pathContext;

/** `field: message` lines of a failed parse, for exact comparisons. */
export function errorsOf(schema: z.ZodType, data: unknown): string[] {
  const r = schema.safeParse(data);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
