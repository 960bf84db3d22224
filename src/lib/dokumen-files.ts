/**
 * Public documents (PDF) are copied into each site's own output at `berkas/<file>`, so a
 * site is complete wherever it is served. The front matter's `berkas` path is relative to the
 * entry's Markdown file, like every media path.
 */
import path from 'node:path';
import { fileProblem } from '../../scripts/lib/confine.ts';

export interface DokumenSummary {
  /** `<slug>/informasi-publik/<name>` */
  id: string;
  data: { berkas: string };
}

/**
 * Absolute path of an entry's file. Entry ids are `<slug>/<type>/<name>` under
 * `<root>/content/` (see content.config.ts), which holds wherever the data root lives;
 * `entry.filePath` is relative to Astro's root instead, which may differ from the data root.
 */
export function fileSource(root: string, entry: DokumenSummary): string {
  const contentDir = path.join(root, 'content');
  const folder = path.dirname(path.join(contentDir, entry.id));
  const file = path.resolve(folder, entry.data.berkas);
  // As `check` does, and also without it: a document is a plain file in its own KIM's folder.
  const own = entry.id.split('/')[0]!;
  const problem = path.relative(contentDir, file).split(path.sep)[0] === own ? fileProblem(contentDir, file) : 'berkas berada di luar folder KIM-nya';
  if (problem && problem !== 'berkas tidak ditemukan') {
    throw new Error(`KontenDitolak: content/${entry.id}.md — berkas: "${entry.data.berkas}": ${problem}`);
  }
  return file;
}

/** A safe, readable output file name: lower case, `a-z0-9.-` only, extension kept. */
export function safeName(file: string): string {
  const ext = path
    .extname(file)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '');
  const stem = path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'berkas'}${ext}`;
}

/**
 * Output name per entry id. Two entries pointing at the same file share it; different files
 * with the same name get the entry name in front, so no download replaces another.
 */
export function outputName(root: string, entries: readonly DokumenSummary[]): Map<string, string> {
  const bySource = new Map<string, string>();
  const taken = new Map<string, string>();
  const result = new Map<string, string>();
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  for (const e of sorted) {
    const src = fileSource(root, e);
    let name = bySource.get(src);
    if (!name) {
      name = safeName(src);
      if (taken.has(name)) name = safeName(`${e.id.split('/').slice(2).join('-')}-${path.basename(src)}`);
      let n = 2;
      const base = name;
      while (taken.has(name)) name = base.replace(/(\.[a-z0-9]+)?$/, `-${n++}$1`);
      taken.set(name, src);
      bySource.set(src, name);
    }
    result.set(e.id, name);
  }
  return result;
}

/** "PDF" from `apbdes.pdf`. */
export function fileJenis(file: string): string {
  return path.extname(file).slice(1).toUpperCase() || 'PDF';
}

const MIME: Record<string, string> = { '.pdf': 'application/pdf' };

export function fileMime(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
