/** What `site:list` shows for every KIM in a data root. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { parse } from 'yaml';
import { contentTypes } from '../../../src/schemas/index.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { walkFiles } from '../walk.ts';
import { lastChange } from './git.ts';

export interface ListRow {
  slug: string;
  nama: string | null;
  jenis: string | null;
  kecamatan: string | null;
  url: string | null;
  /** Markdown entries of every content type. */
  jumlah_entri: number;
  /** ISO date of the last commit touching `content/<slug>/`, or null. */
  perubahan_terakhir: string | null;
  diarsipkan: boolean;
  /** Set when site.yaml cannot be read or does not pass the schema. */
  masalah: string | null;
}

async function folderIn(p: string): Promise<string[]> {
  try {
    return (await readdir(p, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  } catch {
    return [];
  }
}

async function countEntries(content: string): Promise<number> {
  // A missing folder (no entries of this type yet) counts 0.
  return contentTypes.reduce((n, t) => n + walkFiles(path.join(content, t.name), { filter: (f) => f.endsWith('.md') }).length, 0);
}

const textOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

async function siteRow(root: string, slug: string): Promise<ListRow> {
  let data: Record<string, unknown> = {};
  let problems: string | null = null;
  try {
    data = (parse(await readFile(path.join(root, 'sites', slug, 'site.yaml'), 'utf8')) ?? {}) as Record<string, unknown>;
    const r = siteSchema().safeParse(data);
    if (!r.success) {
      const i = r.error.issues[0]!;
      problems = `site.yaml tidak sah: ${i.path.join('.')}: ${i.message}`;
    }
  } catch (e) {
    problems = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'site.yaml tidak ada' : `site.yaml tidak terbaca: ${(e as Error).message}`;
  }
  const wilayah = (data.wilayah ?? {}) as Record<string, unknown>;
  const [total, date] = await Promise.all([countEntries(path.join(root, 'content', slug)), lastChange(root, `content/${slug}`)]);
  return {
    slug,
    nama: textOrNull(data.nama),
    jenis: textOrNull(data.jenis),
    kecamatan: textOrNull(wilayah.kecamatan),
    url: textOrNull(data.url),
    jumlah_entri: total,
    perubahan_terakhir: date,
    diarsipkan: data.diarsipkan === true,
    masalah: problems,
  };
}

/** Every folder under `sites/`, sorted by slug. */
export async function listSites(root: string): Promise<ListRow[]> {
  const abs = path.resolve(root);
  const slugs = (await folderIn(path.join(abs, 'sites'))).sort();
  const limit = pLimit(8);
  return Promise.all(slugs.map((s) => limit(() => siteRow(abs, s))));
}
