/**
 * The search index of the built demo fleet (tests/global-setup.ts builds it with
 * `npm run build`): real theme pages, real metadata, both serving modes and the forum.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleSize, SEARCH_TARGETS } from '../../scripts/lib/search/bench.ts';
import { t } from '../../src/i18n/id.ts';
import { fleetSites } from '../helpers/fleet.ts';
import { openBundle, type Hit, type NodeSearch } from './pagefind-node.ts';

const dist = inject('demoDist');
const site = (slug: string) => path.join(dist, slug);
const read = (slug: string, rel: string) => fs.readFileSync(path.join(site(slug), rel), 'utf8');
const urls = (hits: Hit[]) => hits.map((h) => h.url).sort();

/** A root-relative asset URL of a site served at `base`, resolved to its file in the site folder. */
const assetFile = (slug: string, base: string, url: string) => path.join(site(slug), url.slice(base.length));

let rahayu: NodeSearch;
let mekar: NodeSearch;
let forum: NodeSearch;

beforeAll(async () => {
  rahayu = await openBundle(site('kim-ngudi-rahayu'));
  mekar = await openBundle(site('kim-mekar-sari'));
  forum = await openBundle(site('forum-kim-senduro'));
});

describe('what is indexed', () => {
  it('marks detail pages for the index, and never lists, the beranda, 404 or cari/', () => {
    const mark = /\sdata-pagefind-body[\s=>]/;
    for (const slug of ['kim-ngudi-rahayu', 'kim-mekar-sari', 'forum-kim-senduro']) {
      for (const rel of [
        'index.html',
        'berita/index.html',
        'potensi/index.html',
        'produk/index.html',
        'agenda/index.html',
        'informasi-publik/index.html',
        'cari/index.html',
        '404.html',
      ]) {
        if (fs.existsSync(path.join(site(slug), rel))) expect(read(slug, rel), `${slug}/${rel}`).not.toMatch(mark);
      }
    }
    expect(read('kim-ngudi-rahayu', 'berita/musdes-rkpdes-2027/index.html')).toMatch(mark);
    expect(read('kim-ngudi-rahayu', 'visi-misi/index.html')).toMatch(mark);
  });

  it('stems Indonesian: "membangun" and "pembangunan" find the same news', async () => {
    const expected = ['/berita/bimtek-jurnalistik-warga/', '/berita/musdes-rkpdes-2027/'];
    // One article says only "membangun", the other only "pembangunan".
    expect(read('kim-ngudi-rahayu', 'berita/musdes-rkpdes-2027/index.html')).not.toMatch(/\bmembangun\b/i);
    expect(urls(await rahayu.search('membangun'))).toEqual(expect.arrayContaining(expected));
    expect(urls(await rahayu.search('pembangunan'))).toEqual(expect.arrayContaining(expected));
  });

  it('records title, type, date and a thumbnail that exists', async () => {
    const hit = (await rahayu.search('membangun')).find((h) => h.url === '/berita/musdes-rkpdes-2027/')!;
    expect(hit.meta.title).toBe('Musyawarah Desa Tetapkan Prioritas Rencana Kerja 2027');
    expect(hit.meta.jenis).toBe('Berita');
    expect(hit.meta.tanggal).toMatch(/^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/);
    expect(hit.meta.image).toMatch(/^\/_astro\/.+\.webp$/);
    expect(fs.existsSync(assetFile('kim-ngudi-rahayu', '/', hit.meta.image!))).toBe(true);
    expect(hit.filters.kategori).toHaveLength(1);
  });

  it('filters by content type and category', async () => {
    const filters = await rahayu.filters();
    const labels = Object.values(t.cari.jenis);
    expect(Object.keys(filters.jenis ?? {}).every((j) => labels.includes(j as (typeof labels)[number]))).toBe(true);
    expect(Object.keys(filters.jenis ?? {})).toEqual(expect.arrayContaining(['Berita', 'Potensi', 'Produk', 'Agenda', 'Informasi Publik', 'Profil']));
    expect(Object.keys(filters.kategori ?? {}).length).toBeGreaterThan(3);
    const all = await rahayu.search('desa');
    const potensi = await rahayu.search('desa', { jenis: 'Potensi' });
    expect(potensi.length).toBeGreaterThan(0);
    expect(potensi.length).toBeLessThan(all.length);
    expect(potensi.every((h) => h.meta.jenis === 'Potensi' && h.url.startsWith('/potensi/'))).toBe(true);
  });
});

describe('a subpath site', () => {
  it('keeps its base in result URLs and thumbnails', async () => {
    const hits = await mekar.search('warga');
    expect(hits.length).toBeGreaterThan(3);
    for (const h of hits) {
      expect(h.url).toMatch(/^\/kim-mekar-sari\/[a-z]/);
      expect(fs.existsSync(path.join(site('kim-mekar-sari'), h.url.slice('/kim-mekar-sari/'.length), 'index.html')), h.url).toBe(true);
      if (h.meta.image) expect(fs.existsSync(assetFile('kim-mekar-sari', '/kim-mekar-sari/', h.meta.image)), h.meta.image).toBe(true);
    }
  });
});

describe('the forum', () => {
  it('finds a member’s page by a word only that member has, at the member’s own URL', async () => {
    const hits = await forum.search('sedimentasi');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.url.startsWith('https://kim-lumajang.github.io/kim-ranupani/'))).toBe(true);
    expect(urls(hits)).toContain('https://kim-lumajang.github.io/kim-ranupani/berita/sedimentasi-ranu-pani-kerja-bakti/');
    const berita = hits.find((h) => h.url.endsWith('/berita/sedimentasi-ranu-pani-kerja-bakti/'))!;
    expect(berita.meta.kim).toBe('KIM Ranupani');
    expect(berita.meta.image).toMatch(/^https:\/\/kim-lumajang\.github\.io\/kim-ranupani\/_astro\/.+\.webp$/);
  });

  it('has a KIM filter with the forum and each member', async () => {
    expect(Object.keys((await forum.filters()).KIM ?? {}).sort()).toEqual(['Forum KIM Kecamatan Senduro', 'KIM Argosari Tengger', 'KIM Ranupani']);
    const argosari = await forum.search('pembangunan', { KIM: 'KIM Argosari Tengger' });
    expect(argosari.length).toBeGreaterThan(0);
    expect(argosari.every((h) => h.url.startsWith('https://kim-lumajang.github.io/kim-argosari/'))).toBe(true);
  });
});

describe('pages and bundle', () => {
  it('puts a plain GET search form in every header, and no script on content pages', () => {
    for (const [slug, base] of [
      ['kim-ngudi-rahayu', '/'],
      ['kim-mekar-sari', '/kim-mekar-sari/'],
    ] as const) {
      const html = read(slug, 'berita/index.html');
      expect(html).toMatch(new RegExp(`<form[^>]*action="${base}cari/"[^>]*method="get"[^>]*role="search"`));
      expect(html).toMatch(/<label for="cari-kepala"[^>]*>[^<]+<\/label>/);
      expect(html).toMatch(/<input id="cari-kepala" type="search" name="q"/);
      for (const rel of ['index.html', 'berita/index.html', 'berita/musdes-rkpdes-2027/index.html'].filter((r) => fs.existsSync(path.join(site(slug), r)))) {
        const scripts = read(slug, rel).match(/<script\b[^>]*>/g) ?? [];
        expect(
          scripts.filter((s) => !s.includes('application/ld+json')),
          `${slug}/${rel}`,
        ).toEqual([]);
      }
    }
  });

  it('loads the UI only on cari/, from the site’s own bundle, with WebAssembly allowed', () => {
    const html = read('kim-mekar-sari', 'cari/index.html');
    expect(html).toContain('src="/kim-mekar-sari/pagefind/pagefind-component-ui.js"');
    expect(html).toContain('bundle-path="/kim-mekar-sari/pagefind/"');
    expect(html).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(read('kim-mekar-sari', 'berita/index.html')).not.toContain('wasm-unsafe-eval');
  });

  it(`keeps each bundle without fragments within ${SEARCH_TARGETS.bundleKb} KB over the network`, () => {
    for (const { slug } of fleetSites(inject('demoRoot'))) {
      const size = bundleSize(path.join(site(slug), 'pagefind'));
      expect(size.wireBytes, slug).toBeLessThanOrEqual(SEARCH_TARGETS.bundleKb * 1024);
      expect(fs.existsSync(path.join(site(slug), 'pagefind', 'pagefind-ui.js')), slug).toBe(false);
    }
  });
});
