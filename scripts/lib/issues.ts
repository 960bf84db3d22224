/** The one shape of a validation problem, for `check`, `site:new` and the CSV import. */
import type { z } from 'zod';

export interface ValidationIssue {
  /**
   * The file the problem is in, with `/` (relative to the data root in `check`, to
   * `content/<slug>/` for a blueprint's files); '' when the input is a flag or CSV column.
   */
  file: string;
  /** Dotted field path, or the flag/column name; '' for the whole file or the whole KIM. */
  field: string;
  /** What is wrong and what is expected, in Indonesian. */
  message: string;
}

/** `a.b[0].c` from a zod issue path. */
export function fieldPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

export function issuesFromZod(error: z.ZodError, file: string): ValidationIssue[] {
  return error.issues.map((i) => ({ file, field: fieldPath(i.path), message: i.message }));
}

/** One line per issue: `file — field: message`. */
export function formatIssue(i: ValidationIssue): string {
  if (!i.file) return i.field ? `${i.field}: ${i.message}` : i.message;
  return i.field ? `${i.file} — ${i.field}: ${i.message}` : `${i.file}: ${i.message}`;
}
