/**
 * Validates the files a blueprint produced against the same zod schemas the build uses, so a
 * new site is known to pass `npm run check` before anything is written to disk.
 */
import { parse } from 'yaml';
import { halamanNameAllowed } from '../../../src/lib/halaman.ts';
import { pathContext, type SchemaContext } from '../../../src/schemas/common.ts';
import { contentType, pengaturanSchema } from '../../../src/schemas/index.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { issuesFromZod, type ValidationIssue } from '../issues.ts';

/** Blueprints carry no pictures or PDFs; picture and file fields are checked as plain paths. */
export const schemaContext: SchemaContext = pathContext;

function readYaml(file: string, text: string): { ok: true; data: unknown } | { ok: false; issue: ValidationIssue } {
  try {
    return { ok: true, data: parse(text) };
  } catch (e) {
    return { ok: false, issue: { file, field: '', message: `YAML tidak sah: ${(e as Error).message}` } };
  }
}

/** Problems in the files of one site's content folder (paths relative to it); empty when all is well. */
export function checkContent(files: ReadonlyMap<string, string | Uint8Array>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!files.has('pengaturan.yaml')) issues.push({ file: 'pengaturan.yaml', field: '', message: 'tidak ada' });
  for (const [rel, text] of files) {
    // Pictures and documents: their paths are checked where an entry refers to them.
    if (rel.startsWith('media/')) continue;
    if (typeof text !== 'string') {
      issues.push({ file: rel, field: '', message: 'berkas biner hanya boleh di folder media/' });
      continue;
    }
    if (rel === 'pengaturan.yaml') {
      const y = readYaml(rel, text);
      if (!y.ok) issues.push(y.issue);
      else {
        const r = pengaturanSchema(schemaContext).safeParse(y.data);
        if (!r.success) issues.push(...issuesFromZod(r.error, rel));
      }
      continue;
    }
    const m = /^([^/]+)\/([^/]+)\.md$/.exec(rel);
    const type = m ? contentType(m[1]!) : undefined;
    if (!m || !type) {
      issues.push({ file: rel, field: '', message: 'bukan jenis isi yang dikenal (harus <jenis-isi>/<nama>.md atau pengaturan.yaml)' });
      continue;
    }
    if (type.name === 'halaman' && !halamanNameAllowed(m[2]!)) {
      issues.push({ file: rel, field: '', message: `nama halaman "${m[2]}" bertabrakan dengan bagian situs` });
    }
    const entry = splitFrontmatter(text);
    if (!entry) {
      issues.push({ file: rel, field: '', message: 'tidak diawali front matter (--- … ---)' });
      continue;
    }
    const y = readYaml(rel, entry.yaml);
    if (!y.ok) issues.push(y.issue);
    else {
      const r = type.schema(schemaContext).safeParse(y.data);
      if (!r.success) issues.push(...issuesFromZod(r.error, rel));
    }
  }
  return issues;
}
