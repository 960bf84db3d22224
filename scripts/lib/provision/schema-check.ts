/**
 * Validates the files a blueprint produced against the same zod schemas the build uses, so a
 * new site is known to pass `npm run check` before anything is written to disk.
 */
import { parse } from 'yaml';
import { namaHalamanBoleh } from '../../../src/lib/halaman.ts';
import { pathContext, type SchemaContext } from '../../../src/schemas/common.ts';
import { contentType, pengaturanSchema } from '../../../src/schemas/index.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { issuesFromZod, type ValidationIssue } from '../issues.ts';

/** Blueprints carry no pictures or PDFs; picture and file fields are checked as plain paths. */
export const konteksSkema: SchemaContext = pathContext;

function bacaYaml(berkas: string, teks: string): { ok: true; data: unknown } | { ok: false; galat: ValidationIssue } {
  try {
    return { ok: true, data: parse(teks) };
  } catch (e) {
    return { ok: false, galat: { file: berkas, field: '', message: `YAML tidak sah: ${(e as Error).message}` } };
  }
}

/** Problems in the files of one site's content folder (paths relative to it); empty when all is well. */
export function periksaKonten(berkas: ReadonlyMap<string, string | Uint8Array>): ValidationIssue[] {
  const galat: ValidationIssue[] = [];
  if (!berkas.has('pengaturan.yaml')) galat.push({ file: 'pengaturan.yaml', field: '', message: 'tidak ada' });
  for (const [rel, teks] of berkas) {
    // Pictures and documents: their paths are checked where an entry refers to them.
    if (rel.startsWith('media/')) continue;
    if (typeof teks !== 'string') {
      galat.push({ file: rel, field: '', message: 'berkas biner hanya boleh di folder media/' });
      continue;
    }
    if (rel === 'pengaturan.yaml') {
      const y = bacaYaml(rel, teks);
      if (!y.ok) galat.push(y.galat);
      else {
        const r = pengaturanSchema(konteksSkema).safeParse(y.data);
        if (!r.success) galat.push(...issuesFromZod(r.error, rel));
      }
      continue;
    }
    const m = /^([^/]+)\/([^/]+)\.md$/.exec(rel);
    const type = m ? contentType(m[1]!) : undefined;
    if (!m || !type) {
      galat.push({ file: rel, field: '', message: 'bukan jenis isi yang dikenal (harus <jenis-isi>/<nama>.md atau pengaturan.yaml)' });
      continue;
    }
    if (type.name === 'halaman' && !namaHalamanBoleh(m[2]!)) {
      galat.push({ file: rel, field: '', message: `nama halaman "${m[2]}" bertabrakan dengan bagian situs` });
    }
    const entri = splitFrontmatter(teks);
    if (!entri) {
      galat.push({ file: rel, field: '', message: 'tidak diawali front matter (--- … ---)' });
      continue;
    }
    const y = bacaYaml(rel, entri.yaml);
    if (!y.ok) galat.push(y.galat);
    else {
      const r = type.schema(konteksSkema).safeParse(y.data);
      if (!r.success) galat.push(...issuesFromZod(r.error, rel));
    }
  }
  return galat;
}
