/**
 * Creates one KIM: validate the input, fill the blueprint, check the result against the
 * schemas, then write `sites/<slug>/site.yaml` and `content/<slug>/` all at once.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { FOLDER_TEMPLATE, BlueprintError, blueprintContent, type Files } from './blueprint.ts';
import { AlreadyExists, nodeFsOps, place, type FsOps } from './atomic.ts';
import { prepareSite, type RawInput, type SitePlan } from './inputs.ts';
import { formatIssue, type ValidationIssue } from '../issues.ts';
import { siteFolders, stagingDir } from '../paths.ts';
import { checkContent } from './schema-check.ts';

export interface CreateOptions {
  /** Data root holding `sites/` and `content/`. */
  root: string;
  /** Show what would be made; write nothing. */
  dryRun?: boolean;
  folderTemplate?: string;
  now?: Date;
  ops?: FsOps;
  /**
   * Slugs already taken in this run (CSV rows before this one), with who took them. Consulted
   * besides the folders on disk.
   */
  taken?: ReadonlyMap<string, string>;
}

export interface NewSite {
  plan: SitePlan;
  siteYaml: string;
  /** Every file, relative to the data root. */
  files: string[];
}

export type CreateResult = { ok: true; site: NewSite } | { ok: false; slug?: string; issues: ValidationIssue[] };

const SITE_YAML_HEADER = `# Pengaturan situs KIM milik operator Diskominfo. Tidak dapat diubah anggota lewat /admin/.
# Arti setiap isian: docs/panduan-operator.md
`;

export function writeSiteYaml(plan: SitePlan): string {
  return SITE_YAML_HEADER + stringify(plan.siteYaml, { lineWidth: 0 });
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

/** Why a slug cannot be used, or undefined when it is free. */
export async function slugTaken(root: string, slug: string, taken?: ReadonlyMap<string, string>): Promise<string | undefined> {
  const other = taken?.get(slug);
  if (other) return `sudah dipakai ${other}`;
  const j = siteFolders(root, slug);
  if (await exists(j.siteDir)) return `sudah ada: sites/${slug}/ (situs yang ada tidak pernah ditimpa; pilih slug lain)`;
  if (await exists(j.contentDir)) return `sudah ada: content/${slug}/ (situs yang ada tidak pernah ditimpa; pilih slug lain)`;
  return undefined;
}

export async function createSite(raw: RawInput, options: CreateOptions): Promise<CreateResult> {
  const root = path.resolve(options.root);
  const ready = prepareSite(raw, options.now);
  if (!ready.ok) return { ok: false, slug: raw.slug?.trim() || undefined, issues: ready.issues };
  const { plan } = ready;
  const { slug } = plan;

  const reason = await slugTaken(root, slug, options.taken);
  if (reason) return { ok: false, slug, issues: [{ file: '', field: 'slug', message: reason }] };

  let content: Files;
  try {
    content = await blueprintContent(plan.site.jenis, plan.values, options.folderTemplate ?? FOLDER_TEMPLATE);
  } catch (e) {
    if (e instanceof BlueprintError)
      return { ok: false, slug, issues: [{ file: '', field: '', message: `cetak biru templates/${plan.site.jenis}: ${e.message}` }] };
    throw e;
  }
  // The starter content must pass the same schemas as the build, or nothing is written.
  const contentIssues = checkContent(content);
  if (contentIssues.length > 0) {
    return { ok: false, slug, issues: contentIssues.map((g) => ({ file: '', field: '', message: formatIssue({ ...g, file: `content/${slug}/${g.file}` }) })) };
  }

  const siteYaml = writeSiteYaml(plan);
  const site: NewSite = {
    plan,
    siteYaml,
    files: [`sites/${slug}/site.yaml`, ...[...content.keys()].map((k) => `content/${slug}/${k}`)],
  };
  if (options.dryRun) return { ok: true, site };

  const j = siteFolders(root, slug);
  try {
    // Content first, site.yaml last: a site is only picked up by a build once site.yaml exists.
    await place(
      stagingDir(root),
      [
        { source: 'content', target: j.contentDir, files: content },
        { source: 'sites', target: j.siteDir, files: new Map([['site.yaml', siteYaml]]) },
      ],
      options.ops ?? nodeFsOps,
    );
  } catch (e) {
    if (e instanceof AlreadyExists) {
      return {
        ok: false,
        slug,
        issues: [{ file: '', field: 'slug', message: `sudah ada: ${path.relative(root, e.jalur)}/ (situs yang ada tidak pernah ditimpa)` }],
      };
    }
    const message = (e as Error).message;
    return { ok: false, slug, issues: [{ file: '', field: '', message: `gagal menulis berkas: ${message}. Tidak ada yang tertinggal; coba lagi.` }] };
  }
  return { ok: true, site };
}
