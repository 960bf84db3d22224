/**
 * Accessibility: axe-core in real headless Chromium, on a 360 px phone screen, finds no
 * violation on one page of every type of a domain-root KIM, a subpath KIM and the forum, and
 * on the beranda and a berita of every other demo site (each has its own colours).
 */
import { isGroup } from '../../src/lib/membership.ts';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { phoneContext } from '../helpers/browser.ts';
import { fleetSites, type FleetSite } from '../helpers/fleet.ts';
import { typedPages, type TypedPage } from '../helpers/page-types.ts';
import { browseFleet } from '../helpers/browse-fleet.ts';

const root = inject('demoRoot');
const dist = inject('demoDist');
const AXE = fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

const sites = fleetSites(root);
const desa = sites.filter((s) => !isGroup(s));
const rootSite = desa.find((s) => s.base === '/');
const subpathSite = desa.find((s) => s.base !== '/');
const forum = sites.find((s) => s.jenis === 'forum-kecamatan');
const portal = sites.find((s) => s.jenis === 'portal-kabupaten');

/** What every desa/kelurahan site must offer, so a missing page type fails here too. */
const DESA_TYPES = [
  'beranda',
  'berita list',
  'berita detail',
  'berita kategori',
  'potensi list',
  'potensi detail',
  'produk list',
  'produk detail',
  'agenda list',
  'agenda detail',
  'galeri list',
  'galeri detail',
  'informasi-publik list',
  'aspirasi',
  'profil',
  'cari',
  '404',
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const env = browseFleet(root, dist);

async function axeViolations(site: FleetSite, page: TypedPage): Promise<Violation[]> {
  // bypassCSP: the pages forbid inline scripts, and axe is injected as one.
  const ctx = await phoneContext(env.browser, { bypassCSP: true });
  try {
    const tab = await ctx.newPage();
    const res = await tab.goto(env.fleet.url(site.slug, page.path), { waitUntil: 'load' });
    expect(res?.status(), `${site.slug}/${page.path}`).toBe(page.type === '404' ? 404 : 200);
    await tab.addScriptTag({ content: AXE });
    return await tab.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    });
  } finally {
    await ctx.close();
  }
}

function describeViolations(vs: Violation[]): string {
  return vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

function checkPages(site: FleetSite, pages: TypedPage[]): void {
  for (const page of pages) {
    it(`${page.type} (/${page.path}) has no axe violations`, async () => {
      const vs = await axeViolations(site, page);
      expect(
        vs.map((v) => v.id),
        describeViolations(vs),
      ).toEqual([]);
    });
  }
}

describe('the demo fleet has what this suite checks', () => {
  it('has a domain-root KIM, a subpath KIM and a forum', () => {
    expect(rootSite, 'situs di akar domain').toBeDefined();
    expect(subpathSite, 'situs di subpath').toBeDefined();
    expect(forum, 'forum kecamatan').toBeDefined();
    expect(portal, 'portal kabupaten').toBeDefined();
  });
});

for (const site of [rootSite, subpathSite].filter((s): s is FleetSite => !!s)) {
  describe(`axe at 360 px: ${site.slug} (${site.url}), every page type`, () => {
    const pages = typedPages(path.join(dist, site.slug));
    it('has one page of every type', () => {
      expect(pages.map((p) => p.type)).toEqual(expect.arrayContaining(DESA_TYPES));
    });
    checkPages(site, pages);
  });
}

if (forum) {
  describe(`axe at 360 px: ${forum.slug} (forum), every page type`, () => {
    const pages = typedPages(path.join(dist, forum.slug));
    it('has a beranda, anggota/ and cari/', () => {
      expect(pages.map((p) => p.type)).toEqual(expect.arrayContaining(['beranda', 'anggota', 'cari', 'berita list']));
    });
    checkPages(forum, pages);
  });
}

if (portal) {
  describe(`axe at 360 px: ${portal.slug} (portal), every page type`, () => {
    const pages = typedPages(path.join(dist, portal.slug));
    it('has its directory, roll-ups, activity page and search', () => {
      expect(pages.map((p) => p.type)).toEqual(expect.arrayContaining(['beranda', 'anggota', 'kabar-anggota', 'agenda-anggota', 'keaktifan', 'cari']));
    });
    checkPages(portal, pages);
  });
}

for (const site of desa.filter((s) => s !== rootSite && s !== subpathSite)) {
  describe(`axe at 360 px: ${site.slug}, beranda and a berita (own colours)`, () => {
    checkPages(
      site,
      typedPages(path.join(dist, site.slug)).filter((p) => p.type === 'beranda' || p.type === 'berita detail'),
    );
  });
}
