/**
 * Data access for the theme: which KIM sites this build renders, and their entries.
 * Every page calls these instead of `getCollection` so that one KIM never sees another's
 * content by accident.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ContentTypeName } from '../schemas/index.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { readBuildEnv } from './build-env.ts';
import { basePath, joinPath } from './urls.ts';

export type Pengaturan = CollectionEntry<'pengaturan'>['data'];

export interface KimSite {
  slug: string;
  site: SiteConfig;
  pengaturan: Pengaturan;
  /** Path prefix for every link of this site. */
  base: string;
}

const env = readBuildEnv();

let cache: Promise<KimSite[]> | undefined;

async function loadAll(): Promise<KimSite[]> {
  const [situs, pengaturan] = await Promise.all([getCollection('situs'), getCollection('pengaturan')]);
  const byslug = new Map(pengaturan.map((p) => [p.id.split('/')[0], p.data]));
  return situs
    .map((s) => s.data as SiteConfig)
    .filter((s) => !s.diarsipkan && byslug.has(s.slug))
    .map((site) => ({ slug: site.slug, site, pengaturan: byslug.get(site.slug)!, base: basePath(site, env.dev) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every loaded site, including forum members that are loaded but not rendered. */
export function allSites(): Promise<KimSite[]> {
  cache ??= loadAll();
  return cache;
}

/** The sites whose pages this build renders. */
export async function renderedSites(): Promise<KimSite[]> {
  const all = await allSites();
  return env.render === null ? all : all.filter((s) => env.render!.includes(s.slug));
}

export async function siteBySlug(slug: string): Promise<KimSite | undefined> {
  return (await allSites()).find((s) => s.slug === slug);
}

/** The site slug and entry name of an entry id `<slug>/<type>/<name>`. */
export function entryParts(entry: { id: string }): { slug: string; name: string } {
  const parts = entry.id.split('/');
  return { slug: parts[0]!, name: parts.slice(2).join('/') };
}

/** Published entries of one type for one site, newest first when the type has a date. */
export async function entriesOf<N extends ContentTypeName>(slug: string, type: N): Promise<CollectionEntry<N>[]> {
  const all = (await getCollection(type)) as CollectionEntry<N>[];
  const mine = all.filter((e) => e.id.startsWith(`${slug}/`) && !(e.data as { draft?: boolean }).draft);
  const dateOf = (e: CollectionEntry<N>): number => {
    const d = e.data as Record<string, unknown>;
    const v = d.tanggal ?? d.mulai ?? d.diterima;
    return v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : 0;
  };
  return mine.sort((a, b) => dateOf(b) - dateOf(a) || a.id.localeCompare(b.id));
}

/** Link to an entry's detail page: `<base><type>/<name>/`. */
export function entryHref(kim: KimSite, type: ContentTypeName, entry: { id: string }): string {
  return joinPath(kim.base, `${type}/${entryParts(entry).name}/`);
}
