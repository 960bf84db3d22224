/**
 * A site's public documents with their download address and size, shared by the
 * informasi-publik pages and the `berkas/<file>` endpoint so both agree on file names.
 */
import { statSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { fileLabel } from './filesize.ts';
import { fileJenis, outputName, fileSource } from './dokumen-files.ts';
import { readBuildEnv } from './build-env.ts';
import { entriesOf, type KimSite } from './sites.ts';
import { joinPath } from './urls.ts';

export interface Dokumen {
  entry: CollectionEntry<'informasi-publik'>;
  /** Absolute path of the source file. */
  sumber: string;
  /** Output file name under `berkas/`. */
  file: string;
  /** Download link from the site's base. */
  href: string;
  /** "PDF, 84 KB" */
  label: string;
  ukuran: number;
}

export async function siteDokumen(kim: KimSite): Promise<Dokumen[]> {
  const { root } = readBuildEnv();
  const entries = await entriesOf(kim.slug, 'informasi-publik');
  const names = outputName(root, entries);
  return entries.map((entry) => {
    const source = fileSource(root, entry);
    let size: number;
    try {
      size = statSync(source).size;
    } catch {
      throw new Error(`${entry.id}: berkas "${entry.data.berkas}" tidak ditemukan (${source})`);
    }
    const file = names.get(entry.id)!;
    return { entry, sumber: source, file, href: joinPath(kim.base, `berkas/${file}`), label: fileLabel(size, fileJenis(source)), ukuran: size };
  });
}
