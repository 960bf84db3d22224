/**
 * What the URL patterns of the registry (`contentTypes[].urls`) and the theme's fixed pages
 * mean for entry names: which names a theme route takes over, so `check` refuses them and the
 * build skips them, instead of an entry being lost silently. Pure: used by the theme, `check`
 * and the CMS config alike.
 */
import { contentTypes, type ContentType } from './index.ts';

/** The theme's pages that belong to no content type, at a site's base (`src/pages/[site]/`). */
export const THEME_ROUTES: readonly string[] = [
  '',
  'cari/',
  '404/',
  'rss.xml',
  'sitemap.xml',
  'robots.txt',
  'berkas/{file}',
  // Forums and portals (src/lib/membership.ts): members, their news and events; a portal's activity.
  'anggota/',
  'kabar-anggota/',
  'kabar-anggota/halaman/{n}/',
  'agenda-anggota/',
  'keaktifan/',
];

/** What packaging and the post-build steps add beside the theme's pages. */
export const PACKAGED_OUTPUTS: readonly string[] = ['404.html', 'index.html', 'admin/', 'pagefind/', '_astro/'];

/** Every fixed address of a site that is not a content type's. */
export const SITE_ROUTES: readonly string[] = [...THEME_ROUTES, ...PACKAGED_OUTPUTS];

/** Every URL pattern of the site: each type's pages, then the fixed ones. */
function allPatterns(types: readonly ContentType[]): { owner?: ContentType; pattern: string }[] {
  return [
    ...types.flatMap((t) => [t.urls.list, ...(t.urls.more ?? []), ...(t.urls.detail ? [t.urls.detail] : [])].map((pattern) => ({ owner: t, pattern }))),
    ...SITE_ROUTES.map((pattern) => ({ pattern })),
  ];
}

/** The static part of a detail pattern before the entry name: `berita/` of `berita/{...name}/`. */
function detailPrefix(type: ContentType): string | undefined {
  const d = type.urls.detail;
  return d === undefined ? undefined : d.slice(0, d.search(/\{\.{0,3}name\}/));
}

/**
 * First path segments an entry name of `type` may not start with, because another page of
 * the site already has that address: `halaman` and `kategori` for berita (its pagination and
 * category lists), every section and fixed page for halaman. A type's own list page is no
 * clash (the profil page is the halaman named `profil`). Empty when the type has no detail page.
 */
export function reservedEntryNames(type: ContentType, types: readonly ContentType[] = contentTypes): string[] {
  const prefix = detailPrefix(type);
  if (prefix === undefined) return [];
  const names = new Set<string>();
  for (const { owner, pattern } of allPatterns(types)) {
    if (pattern === type.urls.detail || (owner === type && pattern === type.urls.list) || !pattern.startsWith(prefix)) continue;
    const first = pattern.slice(prefix.length).split('/')[0]!;
    if (first !== '' && !first.includes('{')) names.add(first);
  }
  return [...names].sort();
}

/** Site-relative path of an entry's page, or undefined when the type has none. */
export function detailPath(type: ContentType, name: string): string | undefined {
  return type.urls.detail?.replace(/\{\.{0,3}name\}/, name);
}

/**
 * Why an entry of `type` named `name` (its path below the type's folder, without `.md`, with
 * `/`) would get no page of its own, in Indonesian; undefined when its address is free.
 */
export function entryRouteProblem(type: ContentType, name: string, types: readonly ContentType[] = contentTypes): string | undefined {
  const detail = type.urls.detail;
  if (detail === undefined) return undefined;
  const segments = name.split('/');
  if (segments.length > 1 && !detail.includes('{...name}')) {
    return `${type.labelSingular.toLowerCase()} tidak boleh di dalam subfolder; pindahkan berkasnya langsung ke folder ${type.name}/`;
  }
  if (reservedEntryNames(type, types).includes(segments[0]!)) {
    const taken = `${detailPrefix(type)}${segments[0]}/`;
    return `nama ${type.labelSingular.toLowerCase()} "${name}" bertabrakan dengan alamat ${taken} yang sudah dipakai bagian lain situs; ganti nama berkasnya`;
  }
  return undefined;
}
