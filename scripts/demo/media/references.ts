/**
 * Finds the media files a data root's content refers to: every picture (`src` inside
 * `gambar`, `foto`, `logo`, `hero.gambar`) and every document (`berkas`), resolved the way
 * the schemas read them — relative to the entry file, or to `content/<slug>/` for
 * `pengaturan.yaml`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../lib/frontmatter.ts';
import { walkFiles } from '../../lib/walk.ts';

export type MediaKind = 'foto' | 'logo' | 'pdf';

export interface MediaReference {
  /** Absolute path of the file to create. */
  file: string;
  kind: MediaKind;
  /** KIM slug, the folder under `content/`. */
  slug: string;
  /** The entry that refers to it (for PDF text and log lines). */
  entry: string;
  /** The entry's front matter, for titles and summaries. */
  data: Record<string, unknown>;
}

const IMAGE_KEYS = new Set(['gambar', 'foto', 'logo']);

/** Front matter of a Markdown file, or the whole YAML file. */
export function readFrontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return (parse(text) ?? {}) as Record<string, unknown>;
  const parts = splitFrontmatter(text);
  return parts ? ((parse(parts.yaml) ?? {}) as Record<string, unknown>) : {};
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `src` values below a picture key, with whether they sit under `logo`. */
function collectImages(value: unknown, underImage: boolean, underLogo: boolean, out: { src: string; logo: boolean }[]) {
  if (Array.isArray(value)) {
    for (const item of value) collectImages(item, underImage, underLogo, out);
    return;
  }
  if (!isRecord(value)) return;
  if (underImage && typeof value.src === 'string') out.push({ src: value.src, logo: underLogo });
  for (const [key, child] of Object.entries(value)) {
    if (key === 'src') continue;
    collectImages(child, underImage || IMAGE_KEYS.has(key), underLogo || key === 'logo', out);
  }
}

function collectFiles(value: unknown, out: string[]) {
  if (Array.isArray(value)) for (const item of value) collectFiles(item, out);
  else if (isRecord(value))
    for (const [key, child] of Object.entries(value)) {
      if (key === 'berkas' && typeof child === 'string') out.push(child);
      else collectFiles(child, out);
    }
}

function walkMarkdown(dir: string, out: string[]) {
  const files = walkFiles(dir, { skipHidden: true, enterDir: (d) => path.basename(d) !== 'media', filter: (f) => f.endsWith('.md') });
  out.push(...files.map((f) => path.join(dir, f)));
}

/** All media references under `<root>/content/`, one per target file. */
export function findReferences(root: string): { references: MediaReference[]; problems: string[] } {
  const contentDir = path.join(root, 'content');
  const byFile = new Map<string, MediaReference>();
  const problems: string[] = [];
  if (!existsSync(contentDir)) return { references: [], problems: [`folder ${contentDir} tidak ada`] };

  for (const slug of readdirSync(contentDir).sort()) {
    const siteDir = path.join(contentDir, slug);
    if (slug.startsWith('.') || !statSync(siteDir).isDirectory()) continue;
    const entries: { file: string; base: string }[] = [];
    const settings = path.join(siteDir, 'pengaturan.yaml');
    if (existsSync(settings)) entries.push({ file: settings, base: siteDir });
    const markdown: string[] = [];
    walkMarkdown(siteDir, markdown);
    for (const file of markdown.sort()) entries.push({ file, base: path.dirname(file) });

    for (const { file, base } of entries) {
      let data: Record<string, unknown>;
      try {
        data = readFrontMatter(file);
      } catch (err) {
        problems.push(`${path.relative(root, file)}: YAML tidak terbaca (${(err as Error).message.split('\n')[0]})`);
        continue;
      }
      const found: { target: string; kind: MediaKind }[] = [];
      const images: { src: string; logo: boolean }[] = [];
      collectImages(data, false, false, images);
      for (const img of images) found.push({ target: img.src, kind: img.logo ? 'logo' : 'foto' });
      const files: string[] = [];
      collectFiles(data, files);
      for (const f of files) found.push({ target: f, kind: 'pdf' });

      for (const { target, kind } of found) {
        if (/^[a-z]+:\/\//i.test(target) || target.startsWith('/')) continue; // not a local relative path
        const abs = path.resolve(base, target);
        // Never write outside the KIM's own content folder.
        if (!abs.startsWith(siteDir + path.sep)) {
          problems.push(`${path.relative(root, file)}: ${target} menunjuk ke luar content/${slug}/, dilewati`);
          continue;
        }
        if (!byFile.has(abs)) byFile.set(abs, { file: abs, kind, slug, entry: file, data });
      }
    }
  }
  return { references: [...byFile.values()], problems };
}
