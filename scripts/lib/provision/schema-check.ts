/**
 * Validates the files a blueprint produced against the same zod schemas the build uses, so a
 * new site is known to pass `npm run check` before anything is written to disk.
 */
import { parse } from 'yaml';
import type { z } from 'zod';
import { namaHalamanBoleh } from '../../../src/lib/halaman.ts';
import { pathContext, type SchemaContext } from '../../../src/schemas/common.ts';
import { contentType, pengaturanSchema } from '../../../src/schemas/index.ts';
import { pisahFrontMatter } from './frontmatter.ts';

/** Blueprints carry no pictures or PDFs; picture and file fields are checked as plain paths. */
export const konteksSkema: SchemaContext = pathContext;

export interface GalatBerkas {
  /** Path relative to `content/<slug>/`. */
  berkas: string;
  pesan: string;
}

function galatZod(berkas: string, error: z.ZodError): GalatBerkas[] {
  return error.issues.map((i) => ({ berkas, pesan: `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}` }));
}

function bacaYaml(berkas: string, teks: string): { ok: true; data: unknown } | { ok: false; galat: GalatBerkas } {
  try {
    return { ok: true, data: parse(teks) };
  } catch (e) {
    return { ok: false, galat: { berkas, pesan: `YAML tidak sah: ${(e as Error).message}` } };
  }
}

/** Problems in the files of one site's content folder; empty when all is well. */
export function periksaKonten(berkas: ReadonlyMap<string, string | Uint8Array>): GalatBerkas[] {
  const galat: GalatBerkas[] = [];
  if (!berkas.has('pengaturan.yaml')) galat.push({ berkas: 'pengaturan.yaml', pesan: 'tidak ada' });
  for (const [rel, teks] of berkas) {
    // Pictures and documents: their paths are checked where an entry refers to them.
    if (rel.startsWith('media/')) continue;
    if (typeof teks !== 'string') {
      galat.push({ berkas: rel, pesan: 'berkas biner hanya boleh di folder media/' });
      continue;
    }
    if (rel === 'pengaturan.yaml') {
      const y = bacaYaml(rel, teks);
      if (!y.ok) galat.push(y.galat);
      else {
        const r = pengaturanSchema(konteksSkema).safeParse(y.data);
        if (!r.success) galat.push(...galatZod(rel, r.error));
      }
      continue;
    }
    const m = /^([^/]+)\/([^/]+)\.md$/.exec(rel);
    const type = m ? contentType(m[1]!) : undefined;
    if (!m || !type) {
      galat.push({ berkas: rel, pesan: 'bukan jenis isi yang dikenal (harus <jenis-isi>/<nama>.md atau pengaturan.yaml)' });
      continue;
    }
    if (type.name === 'halaman' && !namaHalamanBoleh(m[2]!)) {
      galat.push({ berkas: rel, pesan: `nama halaman "${m[2]}" bertabrakan dengan bagian situs` });
    }
    const entri = pisahFrontMatter(teks);
    if (!entri) {
      galat.push({ berkas: rel, pesan: 'tidak diawali front matter (--- … ---)' });
      continue;
    }
    const y = bacaYaml(rel, entri.frontMatter);
    if (!y.ok) galat.push(y.galat);
    else {
      const r = type.schema(konteksSkema).safeParse(y.data);
      if (!r.success) galat.push(...galatZod(rel, r.error));
    }
  }
  return galat;
}
