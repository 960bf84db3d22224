/**
 * Deployment units: what goes live together. Sites under a subpath of one origin
 * (`https://host/kim-a/`, `https://host/kim-b/`) form one unit, published as one tree; a site
 * at the root of its own domain is a unit by itself. Read from `sites/<slug>/site.yaml`.
 */
import { membersOf } from '../../../src/lib/membership.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../../../src/schemas/index.ts';
import { backendOrigins } from '../cms/admin.ts';
import { decapConfig } from '../cms/config.ts';
import type { DataRoot } from '../paths.ts';

export const TARGETS = ['github-pages', 'gitlab-pages', 'cloudflare-pages', 'folder'] as const;
export type Target = (typeof TARGETS)[number];

export interface DeploySite {
  slug: string;
  nama: string;
  url: string;
  /** Path the site is served under, with slashes: `/` or `/kim-a/`. */
  base: string;
  target: Target;
  archived: boolean;
  /** Cloudflare Pages project name. */
  proyek: string;
  /** Member slugs of a forum or portal (src/lib/membership.ts): it shows their thumbnails. */
  anggota: string[];
  /** Origins the site's admin page talks to (its Git host, the OAuth proxy), for the admin CSP header. */
  backendOrigins?: string[];
}

export interface Unit {
  /** Stable name, used in messages, state and `--rollback`: the host (+ parent path) or the slug. */
  name: string;
  target: Target;
  /** `https://host/` or `https://host/proj/`: where the unit's root is served. */
  rootUrl: string;
  /** True for a shared origin (subpath sites), false for one site on its own domain. */
  shared: boolean;
  /** Sites deployed in this unit, in slug order (archived ones only with their files kept). */
  sites: DeploySite[];
}

export interface LoadedSites {
  sites: DeploySite[];
  notes: string[];
  errors: string[];
}

/** Reads every site.yaml; an invalid one is an error for that site only. */
export function loadSites(root: DataRoot): LoadedSites {
  const out: LoadedSites = { sites: [], notes: [], errors: [] };
  if (!fs.existsSync(root.sitesDir)) return out;
  const slugs = fs
    .readdirSync(root.sitesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  const configs: SiteConfig[] = [];
  for (const slug of slugs) {
    const file = path.join(root.sitesDir, slug, 'site.yaml');
    let cfg: SiteConfig;
    try {
      const res = siteSchema().safeParse(parse(fs.readFileSync(file, 'utf8')));
      if (!res.success) {
        const i = res.error.issues[0]!;
        out.errors.push(`sites/${slug}/site.yaml: ${i.path.join('.') || '(isi)'} ${i.message}`);
        continue;
      }
      cfg = res.data;
    } catch (e) {
      out.errors.push(`sites/${slug}/site.yaml: tidak bisa dibaca (${(e as Error).message})`);
      continue;
    }
    let target = cfg.deploy.target as Target | 'nginx';
    if (target === 'nginx') {
      out.notes.push(`sites/${slug}/site.yaml: deploy.target "nginx" dibaca sebagai "folder" (nama baru). Ganti bila sempat.`);
      target = 'folder';
    }
    const url = new URL(cfg.url);
    out.sites.push({
      slug,
      nama: cfg.nama,
      url: url.href,
      base: url.pathname.replace(/\/?$/, '/'),
      target,
      archived: cfg.diarsipkan,
      proyek: cfg.deploy.proyek ?? slug,
      anggota: [],
      backendOrigins: backendOrigins(decapConfig(cfg).backend),
    });
    configs.push(cfg);
  }
  // Members as the build derives them: a forum's or portal's thumbnails come from their hosts.
  const live = configs.filter((c) => !c.diarsipkan);
  for (const [i, s] of out.sites.entries()) s.anggota = membersOf(configs[i]!, live);
  return out;
}

/** Groups sites into units. A shared origin whose sites disagree on the target is an error. */
export function groupUnits(sites: DeploySite[]): { units: Unit[]; errors: string[] } {
  const byKey = new Map<string, Unit>();
  const errors: string[] = [];
  for (const s of sites) {
    const u = new URL(s.url);
    let key: string;
    let unit: Unit;
    if (s.base === '/') {
      key = s.slug;
      unit = { name: s.slug, target: s.target, rootUrl: `${u.origin}/`, shared: false, sites: [] };
    } else {
      const parent = s.base.replace(/[^/]+\/$/, '');
      key = `${u.host}${parent}`.replace(/\/$/, '');
      unit = { name: key.replace(/[/:]/g, '-'), target: s.target, rootUrl: u.origin + parent, shared: true, sites: [] };
    }
    const have = byKey.get(key);
    if (have && have.target !== s.target) {
      errors.push(
        `${s.slug}: deploy.target "${s.target}" berbeda dengan situs lain di ${have.rootUrl} ("${have.target}"). Satu origin dipasang ke satu tempat; samakan deploy.target di site.yaml.`,
      );
      continue;
    }
    if (s.target === 'cloudflare-pages' && s.base !== '/') {
      errors.push(
        `${s.slug}: cloudflare-pages memasang satu proyek per KIM di akar domainnya; alamat ${s.url} ada di subfolder. Pakai github-pages atau folder untuk origin bersama.`,
      );
      continue;
    }
    (have ?? byKey.set(key, unit).get(key)!).sites.push(s);
  }
  return { units: [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name)), errors };
}
