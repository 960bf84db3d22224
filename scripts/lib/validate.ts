/**
 * Validates one KIM site before it is built: `site.yaml`, `pengaturan.yaml`, every entry, and
 * every picture or file an entry points at. Uses the same zod schemas as the Astro
 * collections; errors are in Indonesian and name the file, the field and what is expected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentTypes, pengaturanSchema, siteSchema, type SchemaContext, type SiteConfig } from '../../src/schemas/index.ts';
import { entryRouteProblem } from '../../src/schemas/routes.ts';
import type { FleetSite } from './fleet.ts';
import { kindOf, pdfProblem, readHead, type FileKind } from './file-signature.ts';
import { isGroup, missedBy } from '../../src/lib/membership.ts';
import { bodyImages } from './markdown-refs.ts';
import { isInsideReal, symlinkProblems } from './confine.ts';
import { FrontmatterError, linesBefore, parseFrontmatter, parseYaml } from './frontmatter.ts';
import { imageDecodeProblem, saveDecodeCache, useDecodeCache } from './image-decode.ts';
import { checkBody, markerProblems } from './member-text.ts';
import { formatIssue, issuesFromZod, type ValidationIssue } from './issues.ts';
import { rel, type DataRoot } from './paths.ts';
import { walkFiles } from './walk.ts';

export { formatIssue, type ValidationIssue };

export interface SiteReport {
  slug: string;
  issues: ValidationIssue[];
  /** Number of content entries found. */
  entries: number;
  /** Worth the operator's attention, but the site still builds. */
  warnings: ValidationIssue[];
  site?: SiteConfig;
}

/** The field name that issues about an entry's Markdown text carry. */
const BODY_FIELD = 'isi';

// No SVG: an SVG is a document that can run script, and would be published as it is on an
// origin other KIMs' CMS logins share. Photos are re-encoded by the image pipeline.
const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif)$/i;
const ENTRY_NAME = /^[a-z0-9][a-z0-9-]*$/;

const SVG_REFUSED = (value: string) =>
  `berkas "${value}" berformat SVG, yang bisa berisi skrip dan tidak diterbitkan; simpan gambarnya sebagai PNG atau JPG lalu unggah lagi`;

/** Which entry is being checked: image and file paths resolve against it. */
interface Cursor {
  dir: string;
  siteContentDir: string;
}

/** What is wrong with a picture or file path of the entry at `cursor`, if anything. */
function pathProblem(cursor: Cursor, kind: 'image' | 'file', value: string): string | undefined {
  const target = path.resolve(cursor.dir, value);
  const inside = target.startsWith(cursor.siteContentDir + path.sep);
  if (/^[a-z]+:/i.test(value) || path.isAbsolute(value) || !inside)
    return `"${value}" harus berkas di dalam folder KIM ini sendiri (misalnya ../media/foto.jpg)`;
  if (kind === 'image' && /\.svgz?$/i.test(value)) return SVG_REFUSED(value);
  if (kind === 'image' && !IMAGE_EXT.test(value)) return `"${value}" harus foto berformat JPG, PNG, WebP, AVIF atau GIF`;
  if (kind === 'file' && !/\.pdf$/i.test(value)) return `"${value}" harus berkas PDF`;
  if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
    return `berkas "${value}" tidak ditemukan (dicari di ${path.relative(cursor.siteContentDir, target) || value})`;
  }
  // The build reads what the path resolves to: a symlink on the way must not lead elsewhere.
  if (!isInsideReal(cursor.siteContentDir, target)) {
    return `"${value}" lewat tautan simbolik (symlink) menuju berkas di luar folder KIM ini; simpan berkasnya sendiri di folder media KIM ini`;
  }
  let found: FileKind | undefined;
  try {
    found = kindOf(readHead(target));
  } catch (err) {
    return `berkas "${value}" tidak bisa dibaca (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); periksa izin berkasnya`;
  }
  if (kind === 'image' && found === 'heic') {
    return `berkas "${value}" berformat HEIC (foto iPhone/HP) yang belum bisa diolah; simpan sebagai JPG lalu unggah lagi`;
  }
  if (kind === 'image' && found === 'svg') return SVG_REFUSED(value);
  if (kind === 'image' && (!found || found === 'pdf')) {
    return `berkas "${value}" bukan foto yang utuh (isinya tidak dikenali); simpan ulang fotonya sebagai JPG lalu unggah lagi`;
  }
  if (kind === 'image') {
    const problem = imageDecodeProblem(target);
    if (problem) return `berkas "${value}" rusak atau terpotong (${problem}); unggah lagi foto yang utuh`;
  }
  if (kind === 'file' && found !== 'pdf') {
    return `berkas "${value}" bukan PDF yang utuh (isinya tidak dikenali); ekspor ulang dokumennya ke PDF lalu unggah lagi`;
  }
  if (kind === 'file') {
    const problem = pdfProblem(target);
    if (problem === 'header') return `berkas "${value}" tidak diawali tanda PDF (%PDF-); ekspor ulang dokumennya ke PDF lalu unggah lagi`;
    if (problem === 'end') return `berkas "${value}" terpotong (tidak diakhiri %%EOF); unggah lagi PDF yang utuh`;
  }
  return undefined;
}

/** `foto%20saya.jpg` is the file `foto saya.jpg`; a malformed escape stays as written. */
function decodePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

function pathCheck(cursor: Cursor, kind: 'image' | 'file') {
  return z.string({ error: kind === 'image' ? 'wajib berisi lokasi foto' : 'wajib berisi lokasi berkas' }).superRefine((value, ctx) => {
    const message = pathProblem(cursor, kind, value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** The schemas, built once: each checks paths against the shared cursor. */
function makeSchemas(cursor: Cursor) {
  // The check sees paths, not Astro image metadata; only the theme relies on that type.
  const ctx: SchemaContext = {
    image: () => pathCheck(cursor, 'image') as unknown as ReturnType<SchemaContext['image']>,
    file: () => pathCheck(cursor, 'file'),
  };
  return {
    site: siteSchema(),
    pengaturan: pengaturanSchema(ctx),
    types: contentTypes.map((t) => ({ type: t, schema: t.schema(ctx) })),
  };
}

function listMarkdown(dir: string): string[] {
  // Symlinks are listed (never followed) so that the checks further on see them.
  return walkFiles(dir, { includeSymlinks: true, filter: (f) => f.endsWith('.md') }).map((f) => path.join(dir, f));
}

export interface ValidateOptions {
  /** All sites in the data root, to check forum members. */
  fleet?: FleetSite[];
}

export function validateSite(root: DataRoot, slug: string, opts: ValidateOptions = {}): SiteReport {
  const siteContentDir = path.join(root.contentDir, slug);
  const cursor: Cursor = { dir: siteContentDir, siteContentDir };
  const schemas = makeSchemas(cursor);
  const issues: ValidationIssue[] = [];
  const report: SiteReport = { slug, issues, entries: 0, warnings: [] };
  useDecodeCache(path.join(root.workDir, 'foto-terurai.json'));
  try {
    validateInto(root, slug, opts, report, schemas, cursor);
  } finally {
    saveDecodeCache();
  }
  return report;
}

function validateInto(root: DataRoot, slug: string, opts: ValidateOptions, report: SiteReport, schemas: ReturnType<typeof makeSchemas>, cursor: Cursor): void {
  const { issues } = report;
  const siteContentDir = cursor.siteContentDir;

  /** Symlinks in member content, already reported: their targets are never read. */
  const symlinks = new Set<string>();
  const readYamlFile = (file: string): unknown => {
    if (symlinks.has(file)) return undefined;
    if (!fs.existsSync(file)) {
      issues.push({ file: rel(root, file), field: '', message: 'berkas tidak ada' });
      return undefined;
    }
    try {
      const data = parseYaml(fs.readFileSync(file, 'utf8'));
      for (const p of markerProblems(data)) issues.push({ file: rel(root, file), field: p.field, message: p.message });
      return data;
    } catch (err) {
      issues.push({ file: rel(root, file), field: err instanceof FrontmatterError ? err.field : '', message: (err as Error).message });
      return undefined;
    }
  };

  // Operator config: a plain file in the site's own folder, as the build reads it.
  const siteFile = path.join(root.sitesDir, slug, 'site.yaml');
  for (const p of symlinkProblems(root.sitesDir, slug)) {
    symlinks.add(p.file);
    issues.push({ file: rel(root, p.file), field: '', message: p.message.replace('folder konten KIM', 'folder sites/ KIM') });
  }
  if (symlinks.has(path.dirname(siteFile))) symlinks.add(siteFile);
  const siteRaw = readYamlFile(siteFile);
  if (siteRaw !== undefined) {
    const parsed = schemas.site.safeParse(siteRaw);
    if (!parsed.success) issues.push(...issuesFromZod(parsed.error, rel(root, siteFile)));
    else {
      report.site = parsed.data;
      if (parsed.data.slug !== slug) {
        issues.push({ file: rel(root, siteFile), field: 'slug', message: `harus sama dengan nama foldernya: "${slug}"` });
      }
      if (opts.fleet) {
        const bySlug = new Map(opts.fleet.map((s) => [s.slug, s]));
        const portal = parsed.data.jenis === 'portal-kabupaten';
        parsed.data.anggota.forEach((a, i) => {
          const m = bySlug.get(a);
          if (!m) issues.push({ file: rel(root, siteFile), field: `anggota[${i}]`, message: `KIM "${a}" tidak ada di sites/` });
          else if (portal ? m.jenis === 'portal-kabupaten' : isGroup(m)) {
            const expected = portal ? 'KIM desa, kelurahan atau forum kecamatan' : 'KIM desa atau kelurahan';
            issues.push({ file: rel(root, siteFile), field: `anggota[${i}]`, message: `"${a}" adalah ${m.jenis}; anggota harus ${expected}` });
          }
        });
        const live = opts.fleet.filter((s) => !s.archived);
        for (const g of missedBy(parsed.data, live)) {
          report.warnings.push({
            file: rel(root, siteFile),
            field: 'wilayah',
            message: `KIM ini berada di wilayah ${g}, tetapi tidak tercantum di daftar anggota sites/${g}/site.yaml; tambahkan "${slug}" ke anggota di sana, atau kosongkan daftarnya agar anggota diambil dari wilayah`,
          });
        }
      }
    }
  }

  // Member settings.
  if (!fs.existsSync(siteContentDir)) {
    issues.push({ file: rel(root, siteContentDir), field: '', message: 'folder konten KIM ini tidak ada' });
    return;
  }
  // Symlinks first: nothing behind one is read, by check or by the build.
  for (const p of symlinkProblems(root.contentDir, slug)) {
    symlinks.add(p.file);
    issues.push({ file: rel(root, p.file), field: '', message: p.message });
  }
  if (symlinks.has(siteContentDir)) return;
  const pengaturanFile = path.join(siteContentDir, 'pengaturan.yaml');
  const pengaturanRaw = readYamlFile(pengaturanFile);
  if (pengaturanRaw !== undefined) {
    cursor.dir = siteContentDir;
    const parsed = schemas.pengaturan.safeParse(pengaturanRaw);
    if (!parsed.success) issues.push(...issuesFromZod(parsed.error, rel(root, pengaturanFile)));
  }

  // Entries.
  for (const { type, schema } of schemas.types) {
    for (const file of listMarkdown(path.join(siteContentDir, type.name))) {
      report.entries++;
      const relFile = rel(root, file);
      const name = path.relative(path.join(siteContentDir, type.name), file).replace(/\.md$/, '');
      if (!name.split(path.sep).every((part) => ENTRY_NAME.test(part))) {
        issues.push({ file: relFile, field: '', message: 'nama berkas hanya boleh huruf kecil a–z, angka 0–9 dan tanda -, contoh: panen-raya-2026.md' });
      }
      const routeProblem = entryRouteProblem(type, name.split(path.sep).join('/'));
      if (routeProblem) issues.push({ file: relFile, field: '', message: routeProblem });
      if (symlinks.has(file)) continue;
      let entry: { data: unknown; body: string };
      let source: string;
      try {
        source = fs.readFileSync(file, 'utf8');
        entry = parseFrontmatter(source);
      } catch (err) {
        issues.push({ file: relFile, field: err instanceof FrontmatterError ? err.field : '', message: (err as Error).message });
        continue;
      }
      cursor.dir = path.dirname(file);
      const parsed = schema.safeParse(entry.data);
      if (!parsed.success) issues.push(...issuesFromZod(parsed.error, relFile));
      for (const p of markerProblems(entry.data)) issues.push({ file: relFile, field: p.field, message: p.message });
      // Body lines are reported as lines of the file.
      const bodyLine = linesBefore(source, entry.body);
      for (const p of checkBody(entry.body)) {
        issues.push({ file: relFile, field: BODY_FIELD, message: p.line === undefined ? p.message : `baris ${bodyLine + p.line}: ${p.message}` });
      }
      // Pictures in the text with a path: the build resolves them and stops if one is
      // missing. (A web address is left to the browser; the page's CSP does not load it.)
      for (const src of bodyImages(entry.body).filter((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s))) {
        const message = pathProblem(cursor, 'image', decodePath(src));
        if (message) issues.push({ file: relFile, field: BODY_FIELD, message: `foto di isi tulisan: ${message}` });
      }
    }
  }
}
