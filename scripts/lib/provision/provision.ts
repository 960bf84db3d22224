/**
 * Creates one KIM: validate the input, fill the blueprint, check the result against the
 * schemas, then write `sites/<slug>/site.yaml` and `content/<slug>/` all at once.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { FOLDER_TEMPLATE, GalatCetakBiru, cetakKonten, type Berkas } from './blueprint.ts';
import { SudahAda, operasiNode, tempatkan, type OperasiFs } from './atomic.ts';
import { siapkanSitus, type Mentah, type RencanaSitus } from './inputs.ts';
import { formatIssue, type ValidationIssue } from '../issues.ts';
import { siteFolders, stagingDir } from '../paths.ts';
import { periksaKonten } from './schema-check.ts';

export interface OpsiBuat {
  /** Data root holding `sites/` and `content/`. */
  root: string;
  /** Show what would be made; write nothing. */
  cobaSaja?: boolean;
  folderTemplate?: string;
  sekarang?: Date;
  ops?: OperasiFs;
  /**
   * Slugs already taken in this run (CSV rows before this one), with who took them. Consulted
   * besides the folders on disk.
   */
  terpakai?: ReadonlyMap<string, string>;
}

export interface SitusBaru {
  rencana: RencanaSitus;
  siteYaml: string;
  /** Every file, relative to the data root. */
  berkas: string[];
}

export type HasilBuat = { ok: true; situs: SitusBaru } | { ok: false; slug?: string; galat: ValidationIssue[] };

const KEPALA_SITE_YAML = `# Pengaturan situs KIM milik operator Diskominfo. Tidak dapat diubah anggota lewat /admin/.
# Arti setiap isian: docs/panduan-operator.md
`;

export function tulisSiteYaml(rencana: RencanaSitus): string {
  return KEPALA_SITE_YAML + stringify(rencana.siteYaml, { lineWidth: 0 });
}

async function ada(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

/** Why a slug cannot be used, or undefined when it is free. */
export async function slugTerpakai(root: string, slug: string, terpakai?: ReadonlyMap<string, string>): Promise<string | undefined> {
  const lain = terpakai?.get(slug);
  if (lain) return `sudah dipakai ${lain}`;
  const j = siteFolders(root, slug);
  if (await ada(j.siteDir)) return `sudah ada: sites/${slug}/ (situs yang ada tidak pernah ditimpa; pilih slug lain)`;
  if (await ada(j.contentDir)) return `sudah ada: content/${slug}/ (situs yang ada tidak pernah ditimpa; pilih slug lain)`;
  return undefined;
}

export async function buatSitus(mentah: Mentah, opsi: OpsiBuat): Promise<HasilBuat> {
  const root = path.resolve(opsi.root);
  const siap = siapkanSitus(mentah, opsi.sekarang);
  if (!siap.ok) return { ok: false, slug: mentah.slug?.trim() || undefined, galat: siap.galat };
  const { rencana } = siap;
  const { slug } = rencana;

  const alasan = await slugTerpakai(root, slug, opsi.terpakai);
  if (alasan) return { ok: false, slug, galat: [{ file: '', field: 'slug', message: alasan }] };

  let konten: Berkas;
  try {
    konten = await cetakKonten(rencana.site.jenis, rencana.nilai, opsi.folderTemplate ?? FOLDER_TEMPLATE);
  } catch (e) {
    if (e instanceof GalatCetakBiru) return { ok: false, slug, galat: [{ file: '', field: '', message: `cetak biru templates/${rencana.site.jenis}: ${e.message}` }] };
    throw e;
  }
  // The starter content must pass the same schemas as the build, or nothing is written.
  const galatKonten = periksaKonten(konten);
  if (galatKonten.length > 0) {
    return { ok: false, slug, galat: galatKonten.map((g) => ({ file: '', field: '', message: formatIssue({ ...g, file: `content/${slug}/${g.file}` }) })) };
  }

  const siteYaml = tulisSiteYaml(rencana);
  const situs: SitusBaru = {
    rencana,
    siteYaml,
    berkas: [`sites/${slug}/site.yaml`, ...[...konten.keys()].map((k) => `content/${slug}/${k}`)],
  };
  if (opsi.cobaSaja) return { ok: true, situs };

  const j = siteFolders(root, slug);
  try {
    // Content first, site.yaml last: a site is only picked up by a build once site.yaml exists.
    await tempatkan(
      stagingDir(root),
      [
        { dari: 'content', ke: j.contentDir, berkas: konten },
        { dari: 'sites', ke: j.siteDir, berkas: new Map([['site.yaml', siteYaml]]) },
      ],
      opsi.ops ?? operasiNode,
    );
  } catch (e) {
    if (e instanceof SudahAda) {
      return { ok: false, slug, galat: [{ file: '', field: 'slug', message: `sudah ada: ${path.relative(root, e.jalur)}/ (situs yang ada tidak pernah ditimpa)` }] };
    }
    const pesan = (e as Error).message;
    return { ok: false, slug, galat: [{ file: '', field: '', message: `gagal menulis berkas: ${pesan}. Tidak ada yang tertinggal; coba lagi.` }] };
  }
  return { ok: true, situs };
}
