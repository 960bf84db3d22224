/**
 * Which content types have no route, and which route files belong to no type: the check
 * that makes a registry row without a page fail loudly instead of publishing nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../scripts/lib/paths.ts';
import type { ContentType } from '../../src/schemas/index.ts';
import { THEME_ROUTES } from '../../src/schemas/routes.ts';

export const SITE_PAGES = path.join(projectRoot, 'src', 'pages', '[site]');

/** The route files that may serve a URL pattern: `berita/{...name}/` → `berita/[...name]/index.astro`. */
export function routeFilesFor(pattern: string): string[] {
  const file = pattern.replace(/\{(\.{3})?([a-z]+)\}/g, '[$1$2]');
  if (file === '') return ['index.astro'];
  if (!file.endsWith('/')) return [`${file}.ts`];
  return [`${file}index.astro`, `${file.slice(0, -1)}.astro`];
}

/** Every page pattern of a type that needs a route file of its own. */
function patternsOf(type: ContentType): string[] {
  // `profil/`, the halaman list, is the halaman detail route's page named profil.
  const ownList = !type.urls.detail || type.urls.detail.startsWith(type.urls.list);
  return [...(ownList ? [type.urls.list] : []), ...(type.urls.detail ? [type.urls.detail] : []), ...(type.urls.more ?? [])];
}

/** Problems, one line each; empty when every type's pages exist and every route file has an owner. */
export function routeProblems(types: readonly ContentType[], pagesDir = SITE_PAGES): string[] {
  const exists = (f: string) => fs.existsSync(path.join(pagesDir, f));
  const problems: string[] = [];
  const expected = new Set<string>();
  for (const type of types) {
    for (const pattern of patternsOf(type)) {
      const files = routeFilesFor(pattern);
      for (const f of files) expected.add(f);
      if (!files.some(exists)) problems.push(`${type.name}: alamat ${pattern} tidak punya halaman src/pages/[site]/${files[0]}`);
    }
  }
  for (const pattern of THEME_ROUTES) for (const f of routeFilesFor(pattern)) expected.add(f);
  const actual = fs
    .readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(pagesDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  for (const f of actual) if (!expected.has(f)) problems.push(`src/pages/[site]/${f} bukan alamat jenis konten mana pun di registri`);
  return problems;
}
