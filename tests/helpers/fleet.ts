/**
 * The demo fleet as tests see it: each site's operator settings (`sites/<slug>/site.yaml`)
 * from a data root, and the HTML pages of its packaged `dist/<slug>/` folder.
 */
import { membersOf } from '../../src/lib/membership.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { listFiles } from './data-root.ts';

export interface FleetSite {
  slug: string;
  nama: string;
  jenis: string;
  /** Public URL from site.yaml, with a trailing slash: https://x.desa.id/ or https://x.github.io/kim-a/ */
  url: string;
  /** Path the site is served under: `/` or `/kim-a/`. */
  base: string;
  /** Member slugs of a forum or portal, as the build derives them (src/lib/membership.ts). */
  anggota: string[];
  wilayah: { kecamatan?: string; kabupaten?: string; provinsi?: string };
}

export function fleetSites(root: string): FleetSite[] {
  const dir = path.join(root, 'sites');
  const sites: FleetSite[] = fs
    .readdirSync(dir)
    .filter((slug) => fs.existsSync(path.join(dir, slug, 'site.yaml')))
    .sort()
    .map((slug) => {
      const y = parse(fs.readFileSync(path.join(dir, slug, 'site.yaml'), 'utf8')) as Record<string, unknown>;
      const url = String(y.url).replace(/\/?$/, '/');
      return {
        slug,
        nama: String(y.nama),
        jenis: String(y.jenis),
        url,
        base: new URL(url).pathname,
        anggota: Array.isArray(y.anggota) ? y.anggota.map(String) : [],
        wilayah: (y.wilayah ?? {}) as FleetSite['wilayah'],
      };
    });
  return sites.map((s) => ({ ...s, anggota: membersOf(s, sites) }));
}

/**
 * A site's HTML pages, relative to its folder (`index.html`, `berita/x/index.html`, `404.html`).
 * `admin/` is Decap CMS's own page, not the theme's, so it is left out.
 */
export function htmlPages(siteDir: string): string[] {
  return listFiles(siteDir).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
}

/** The URL path of a page file below its site: `berita/x/index.html` → `berita/x/`. */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}
