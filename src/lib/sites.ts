/**
 * Data access for the theme: which KIM sites this build renders, and their entries.
 * Every page calls these instead of `getCollection` so that one KIM never sees another's
 * content by accident.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentType, type ContentTypeName } from '../schemas/index.ts';
import { detailPath } from '../schemas/routes.ts';
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
  const [siteEntries, pengaturan] = await Promise.all([getCollection('situs'), getCollection('pengaturan')]);
  const byslug = new Map(pengaturan.map((p) => [p.id.split('/')[0], p.data]));
  return siteEntries
    .map((s) => s.data as SiteConfig)
    .filter((s) => !s.diarsipkan && byslug.has(s.slug))
    .map((site) => ({ slug: site.slug, site, pengaturan: byslug.get(site.slug)!, base: basePath(site, env.dev) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every loaded site, including forum members that are loaded but not rendered. */
export function allSites(): Promise<KimSite[]> {
  // The dev server must see edits on reload, so it reads afresh each time.
  if (!cache || import.meta.env.DEV) cache = loadAll();
  return cache;
}

/** The sites whose pages this build renders. */
export async function renderedSites(): Promise<KimSite[]> {
  const all = await allSites();
  return env.render === null ? all : all.filter((s) => env.render!.includes(s.slug));
}

/** `getStaticPaths` of a page that exists once per rendered site: `<base><page>/`. */
export async function sitePaths(): Promise<{ params: { site: string }; props: { kim: KimSite } }[]> {
  return (await renderedSites()).map((kim) => ({ params: { site: kim.slug }, props: { kim } }));
}

/** Props of an entry's page: its site, the entry, and what the route adds (`extra`). */
export type EntryProps<N extends ContentTypeName, X extends object = object> = { kim: KimSite; entry: CollectionEntry<N> } & X;

/**
 * `getStaticPaths` of an entry's page, `<base><type>/<name>/` (route param `name`): one path
 * per published entry of every rendered site. `extra` gives further props per entry, in the
 * order of `entries` (it sees the site's whole list, e.g. for neighbours).
 */
export async function entryPaths<N extends ContentTypeName, X extends object = object>(
  type: N,
  extra?: (kim: KimSite, entries: CollectionEntry<N>[]) => X[] | Promise<X[]>,
): Promise<{ params: { site: string; name: string }; props: EntryProps<N, X> }[]> {
  const perSite = await Promise.all(
    (await renderedSites()).map(async (kim) => {
      const entries = await entriesOf(kim.slug, type);
      const more = extra ? await extra(kim, entries) : [];
      return entries.map((entry, i) => ({
        params: { site: kim.slug, name: entryParts(entry).name },
        props: { kim, entry, ...(more[i] ?? ({} as X)) },
      }));
    }),
  );
  return perSite.flat();
}

export async function siteBySlug(slug: string): Promise<KimSite | undefined> {
  return (await allSites()).find((s) => s.slug === slug);
}

/** The site slug and entry name of an entry id `<slug>/<type>/<name>`. */
export function entryParts(entry: { id: string }): { slug: string; name: string } {
  const parts = entry.id.split('/');
  return { slug: parts[0]!, name: parts.slice(2).join('/') };
}

const byType = new Map<ContentTypeName, Promise<Map<string, CollectionEntry<ContentTypeName>[]>>>();

/** An entry's time by its type's `dateField` in the registry; 0 when the type has none. */
const dateOf = (e: { data: unknown }, field: string | undefined): number => {
  const v = field === undefined ? undefined : (e.data as Record<string, unknown>)[field];
  return v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : 0;
};

/**
 * One collection read per type for the whole build, grouped by site and sorted once:
 * pages call this thousands of times in a fleet build, so it must not rescan every KIM.
 */
async function groupedBySite(type: ContentTypeName): Promise<Map<string, CollectionEntry<ContentTypeName>[]>> {
  const all = (await getCollection(type)) as CollectionEntry<ContentTypeName>[];
  const groups = new Map<string, CollectionEntry<ContentTypeName>[]>();
  for (const e of all) {
    if ((e.data as { draft?: boolean }).draft) continue;
    const slug = e.id.slice(0, e.id.indexOf('/'));
    let list = groups.get(slug);
    if (!list) groups.set(slug, (list = []));
    list.push(e);
  }
  const field = contentType(type)!.dateField;
  for (const list of groups.values()) list.sort((a, b) => dateOf(b, field) - dateOf(a, field) || a.id.localeCompare(b.id));
  return groups;
}

/** Published entries of one type for one site, newest first when the type has a date. */
export async function entriesOf<N extends ContentTypeName>(slug: string, type: N): Promise<CollectionEntry<N>[]> {
  let groups = byType.get(type);
  if (!groups || import.meta.env.DEV) byType.set(type, (groups = groupedBySite(type)));
  // A copy, so a page that sorts or splices cannot disturb the others.
  return [...((await groups).get(slug) ?? [])] as CollectionEntry<N>[];
}

/** Link to an entry's page by its type's detail URL in the registry (the list when it has none). */
export function entryHref(kim: KimSite, type: ContentTypeName, entry: { id: string }): string {
  const t = contentType(type)!;
  return joinPath(kim.base, detailPath(t, entryParts(entry).name) ?? t.urls.list);
}
