/**
 * Links and separation in the packaged demo fleet: no broken internal link in any site, no
 * link into another KIM's site (except a forum's links to its members), and no KIM's own
 * content (titles and names) in another KIM's files (except in the forum rolling up its members).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { listFiles } from '../helpers/data-root.ts';
import { fleetSites, htmlPages, pagePath, type FleetSite } from '../helpers/fleet.ts';
import { checkSiteLinks, urlsIn } from '../helpers/links.ts';
import { isGroup } from '../../src/lib/membership.ts';

const root = inject('demoRoot');
const dist = inject('demoDist');
const sites = fleetSites(root);

/** May `from` point at `to`'s pages? Only a forum or portal, at its own members. */
const mayLink = (from: FleetSite, to: FleetSite) => isGroup(from) && from.anggota.includes(to.slug);

/** Every absolute URL in a page: links, but also JSON-LD, meta tags and inline data. */
function absoluteUrls(html: string, pageUrl: URL): string[] {
  const out = urlsIn(html).flatMap((raw) => {
    try {
      return [new URL(raw, pageUrl).href];
    } catch {
      return [];
    }
  });
  for (const m of html.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)) out.push(m[0].replaceAll('&amp;', '&'));
  return out;
}

/**
 * Folders deployed once at the root of an origin that several subpath sites share
 * (`dist/_origin/<host>/<folder>/`, e.g. Decap CMS for every admin/ page on that origin).
 */
function originShared(site: FleetSite): { url: string; dir: string }[] {
  const { origin, host } = new URL(site.url);
  const dir = path.join(dist, '_origin', host);
  if (site.base === '/' || !fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ url: `${origin}/${e.name}/`, dir: path.join(dir, e.name) }));
}

describe('internal links', () => {
  it('covers every demo site', () => {
    expect(sites.length).toBeGreaterThanOrEqual(2);
    expect(fs.readdirSync(dist)).toEqual(expect.arrayContaining(sites.map((s) => s.slug)));
  });

  for (const site of sites) {
    it(`${site.slug}: every link, image and asset resolves inside its own folder (${site.url})`, () => {
      const siteDir = path.join(dist, site.slug);
      expect(htmlPages(siteDir).length).toBeGreaterThan(10);
      // A forum's links to its members' pages must resolve in the members' folders.
      const members = sites.filter((m) => mayLink(site, m)).map((m) => ({ url: m.url, dir: path.join(dist, m.slug) }));
      const broken = checkSiteLinks(siteDir, site.url, { linked: [...members, ...originShared(site)] });
      expect(broken, broken.map((b) => `${b.page}: ${b.url} (${b.reason})`).join('\n')).toEqual([]);
    });
  }
});

describe('no links into another KIM', () => {
  for (const site of sites) {
    it(`${site.slug} points at no other KIM${site.anggota.length ? ', except its members' : ''}`, () => {
      const others = sites.filter((o) => o.slug !== site.slug);
      const wrong: string[] = [];
      const allowed = new Set<string>();
      const siteDir = path.join(dist, site.slug);
      for (const page of htmlPages(siteDir)) {
        const pageUrl = new URL(pagePath(page), site.url);
        for (const url of absoluteUrls(fs.readFileSync(path.join(siteDir, page), 'utf8'), pageUrl)) {
          // The longest matching site URL wins: `/kim-a/` is not the domain root's.
          const target = [...sites].sort((a, b) => b.url.length - a.url.length).find((o) => url.startsWith(o.url));
          if (!target || target.slug === site.slug || !others.includes(target)) continue;
          if (mayLink(site, target)) allowed.add(target.slug);
          else wrong.push(`${page}: ${url}`);
        }
      }
      expect(wrong, wrong.slice(0, 30).join('\n')).toEqual([]);
      // A forum does link to its members: the exception above is really used.
      expect([...allowed].sort()).toEqual(isGroup(site) ? [...site.anggota].sort() : []);
    });
  }
});

/** Text a KIM alone publishes: its name and the titles of its entries. */
function uniqueTexts(site: FleetSite): string[] {
  const texts = [site.nama];
  const dir = path.join(root, 'content', site.slug);
  for (const file of listFiles(dir).filter((f) => f.endsWith('.md'))) {
    const data = parseFrontmatter(fs.readFileSync(path.join(dir, file), 'utf8')).data as Record<string, unknown>;
    const title = data.judul ?? data.nama ?? data.topik;
    if (typeof title === 'string' && !file.startsWith('halaman/')) texts.push(title);
  }
  return texts.filter((t) => t.length >= 12);
}

/** All the text of a packaged site: pages, feeds, calendars, and the gzipped search index. */
function publishedText(slug: string): string {
  const dir = path.join(dist, slug);
  return listFiles(dir)
    .filter((f) => !/\.(webp|avif|jpe?g|png|gif|svg|ico|pdf|woff2?)$/i.test(f))
    .map((f) => {
      const buf = fs.readFileSync(path.join(dir, f));
      const raw = buf[0] === 0x1f && buf[1] === 0x8b ? zlib.gunzipSync(buf) : buf;
      return raw.toString('utf8');
    })
    .join('\n');
}

/** Source text of a KIM's own content: a title it merely quotes from a neighbour is its own. */
function sourceText(slug: string): string {
  const dir = path.join(root, 'content', slug);
  return listFiles(dir)
    .filter((f) => /\.(md|ya?ml)$/.test(f))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;');

describe('no KIM’s content in another KIM’s output', () => {
  const texts = new Map(sites.map((s) => [s.slug, uniqueTexts(s)]));

  it('has unique titles to look for in every site', () => {
    for (const s of sites) expect(texts.get(s.slug)!.length, s.slug).toBeGreaterThan(5);
  });

  for (const site of sites) {
    it(`${site.slug} publishes only its own content${site.anggota.length ? ' and its members’' : ''}`, () => {
      const published = publishedText(site.slug);
      const own = sourceText(site.slug);
      const leaks: string[] = [];
      const rolledUp: string[] = [];
      for (const other of sites.filter((o) => o.slug !== site.slug)) {
        for (const text of texts.get(other.slug)!) {
          if (own.includes(text)) continue;
          if (!published.includes(text) && !published.includes(escapeHtml(text))) continue;
          if (mayLink(site, other)) rolledUp.push(text);
          else leaks.push(`${other.slug}: ${text}`);
        }
      }
      expect(leaks, leaks.join('\n')).toEqual([]);
      // The forum really shows its members' news (so the check above has teeth there too).
      if (isGroup(site)) expect(rolledUp.length).toBeGreaterThan(0);
    });
  }
});
