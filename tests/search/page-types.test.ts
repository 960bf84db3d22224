/**
 * Every content type is searchable: for each type in src/schemas (so a type added there is
 * covered without touching this test) and each entry of the built demo fleet, the page that
 * shows the entry carries `data-pagefind-body` and is in the site's search index. An entry
 * is shown on its own page (`<type>/<name>/`, or `<name>/` for profile pages), or, for a type
 * without detail pages such as aspirasi, on its type's page (`<type>/`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readSitePages } from '../../scripts/lib/search/pages.ts';
import { contentTypes } from '../../src/schemas/index.ts';
import { fleetSites } from '../helpers/fleet.ts';

const root = inject('demoRoot');
const dist = inject('demoDist');
const MARK = /\sdata-pagefind-body[\s=>]/;

/** Entry names of one type in a site's content folder: `x.md` and `x/index.md` both give `x`. */
function entries(slug: string, type: string): string[] {
  const dir = path.join(root, 'content', slug, type);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isFile() && /\.mdx?$/.test(e.name)
        ? [e.name.replace(/\.mdx?$/, '')]
        : e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.md'))
          ? [e.name]
          : [],
    );
}

/** The built page that shows an entry, relative to the site folder. */
function pageOf(siteDir: string, type: string, name: string): string | undefined {
  const candidates = type === 'halaman' ? [`${name}/`] : [`${type}/${name}/`, `${type}/`];
  return candidates.find((rel) => fs.existsSync(path.join(siteDir, rel, 'index.html')));
}

const everyType = new Set<string>();

describe('every content type is searchable', () => {
  for (const site of fleetSites(root)) {
    it(`${site.slug}: each entry's page is marked for the index and indexed`, () => {
      const siteDir = path.join(dist, site.slug);
      const indexed = new Set(readSitePages(siteDir).map((p) => p.rel));
      const checked = new Set<string>();
      for (const type of contentTypes) {
        for (const name of entries(site.slug, type.name)) {
          const rel = pageOf(siteDir, type.name, name);
          expect(rel, `${site.slug}: halaman untuk ${type.name}/${name}`).toBeDefined();
          const html = fs.readFileSync(path.join(siteDir, rel!, 'index.html'), 'utf8');
          expect(html, `${site.slug}/${rel} (${type.name}) tanpa data-pagefind-body`).toMatch(MARK);
          expect(indexed.has(rel!), `${site.slug}/${rel} tidak masuk indeks`).toBe(true);
          checked.add(type.name);
        }
      }
      for (const t of checked) everyType.add(t);
    });
  }

  it('the demo fleet has entries of every type, so none goes unchecked', () => {
    expect([...everyType].sort()).toEqual(contentTypes.map((t) => t.name).sort());
  });
});
