/**
 * One page of each kind a KIM site has (beranda, lists, details, profil, 404, cari …),
 * picked from a packaged site folder, for checks that run per page type in a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentTypes } from '../../src/schemas/index.ts';

export interface TypedPage {
  /** What kind of page, in the domain's words: `berita detail`, `produk list` … */
  type: string;
  /** URL path below the site's base: `berita/`, `berita/x/`; `404` asks for a missing page. */
  path: string;
}

/** A path that no site has: the host answers with the site's 404.html. */
export const MISSING_PATH = 'halaman-yang-tidak-ada/';

/** Types whose entries sit under their list page (`berita/` and `berita/<name>/`), from the registry. */
const LISTS = contentTypes.filter((t) => t.urls.detail?.startsWith(t.urls.list)).map((t) => t.urls.list.replace(/\/$/, ''));
/** Pages that are a type's list only: aspirasi, and `profil/` of the halaman. */
const SINGLE = contentTypes.filter((t) => !t.urls.detail?.startsWith(t.urls.list)).map((t) => t.urls.list.replace(/\/$/, ''));

/** The child page folders of `<siteDir>/<dir>/` (each with an index.html), except `skip`. */
function children(siteDir: string, dir: string, skip: string[] = []): string[] {
  const abs = path.join(siteDir, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !skip.includes(e.name) && fs.existsSync(path.join(abs, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
}

/** The child page with the most markup: it exercises the most of the template. */
function richest(siteDir: string, dir: string, skip: string[] = []): string | undefined {
  const size = (n: string) => fs.statSync(path.join(siteDir, dir, n, 'index.html')).size;
  return children(siteDir, dir, skip).sort((a, b) => size(b) - size(a))[0];
}

/** Every page type present in the site: the lists and details it has, plus the fixed pages. */
export function typedPages(siteDir: string): TypedPage[] {
  const has = (p: string) => fs.existsSync(path.join(siteDir, p, 'index.html'));
  const pages: TypedPage[] = [{ type: 'beranda', path: '' }];
  for (const list of LISTS) {
    if (!has(`${list}/`)) continue;
    pages.push({ type: `${list} list`, path: `${list}/` });
    // `berita/2/` pagination and `berita/kategori/` are not entries.
    const detail = richest(siteDir, list, ['kategori', ...children(siteDir, list).filter((n) => /^\d+$/.test(n))]);
    if (detail) pages.push({ type: `${list} detail`, path: `${list}/${detail}/` });
  }
  const kategori = richest(siteDir, 'berita/kategori');
  if (kategori) pages.push({ type: 'berita kategori', path: `berita/kategori/${kategori}/` });
  for (const fixed of [...SINGLE, 'anggota', 'kabar-anggota', 'agenda-anggota', 'keaktifan', 'cari']) {
    if (has(`${fixed}/`)) pages.push({ type: fixed, path: `${fixed}/` });
  }
  pages.push({ type: '404', path: MISSING_PATH });
  return pages;
}
