/**
 * Where one KIM lives inside a data root. The slug is checked against the schema's pattern
 * before any path is built, and the result is checked to sit directly inside `sites/` or
 * `content/`, so no input (`../x`, `a/b`, an absolute path) can reach outside them.
 */
import path from 'node:path';
import { SLUG_PATTERN } from '../../../src/schemas/site.ts';

export class GalatJalur extends Error {}

export interface JalurSitus {
  /** `<root>/sites/<slug>` */
  situs: string;
  /** `<root>/sites/<slug>/site.yaml` */
  siteYaml: string;
  /** `<root>/content/<slug>` */
  konten: string;
}

function tepatDi(induk: string, anak: string): string {
  const abs = path.resolve(induk, anak);
  if (path.dirname(abs) !== path.resolve(induk)) throw new GalatJalur(`"${anak}" keluar dari folder ${induk}`);
  return abs;
}

export function jalurSitus(root: string, slug: string): JalurSitus {
  if (!SLUG_PATTERN.test(slug)) throw new GalatJalur(`slug "${slug}" tidak sah`);
  const situs = tepatDi(path.join(root, 'sites'), slug);
  const konten = tepatDi(path.join(root, 'content'), slug);
  return { situs, siteYaml: path.join(situs, 'site.yaml'), konten };
}

/** Scratch space for staging: inside the data root (same disk, so a rename is atomic) and ignored by git. */
export function folderKerja(root: string): string {
  return path.join(path.resolve(root), '.simpul', 'staging');
}
