/**
 * Indexing, end to end on small hand-written sites: `indexSites` writes each site's bundle,
 * and the bundle's own pagefind.js answers searches in Node. Covers Indonesian stemming,
 * metadata, filters, base paths, what stays out of the index, and the forum index.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSites, type SearchSite } from '../../scripts/lib/search/index.ts';
import type { SiteConfig } from '../../src/schemas/index.ts';
import { openBundle, type NodeSearch } from './pagefind-node.ts';

let tmp: string;

interface PageSpec {
  body?: string;
  jenis?: string;
  judul?: string;
  tanggal?: string;
  kategori?: string;
  gambar?: string;
  /** Without `data-pagefind-body`: a list page. */
  list?: boolean;
}

function page(p: PageSpec): string {
  const meta = [
    p.judul && `<span data-pagefind-meta="title:${p.judul}"></span>`,
    p.jenis && `<span data-pagefind-meta="jenis:${p.jenis}" data-pagefind-filter="jenis:${p.jenis}"></span>`,
    p.tanggal && `<span data-pagefind-meta="tanggal:${p.tanggal}"></span>`,
    p.kategori && `<span data-pagefind-filter="kategori:${p.kategori}"></span>`,
    p.gambar && `<span data-pagefind-meta="image[data-gambar-cari]" data-gambar-cari="${p.gambar}"></span>`,
  ]
    .filter(Boolean)
    .join('');
  const main = p.list
    ? `<section><h1>${p.judul}</h1><p>${p.body}</p></section>`
    : `<article data-pagefind-body><div hidden>${meta}</div><h1>${p.judul}</h1><p>${p.body}</p></article>`;
  return `<!doctype html><html lang="id"><head><title>${p.judul}</title><style>.x{}</style></head><body>
<header><nav>menuunik Beranda Berita</nav></header><main>${main}</main><footer>kakiunik Kontak</footer></body></html>`;
}

function writeSite(slug: string, pages: Record<string, string>): string {
  const dir = path.join(tmp, 'dist', slug);
  for (const [rel, html] of Object.entries(pages)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html);
  }
  return dir;
}

function config(slug: string, name: string, url: string, extra: Partial<SiteConfig> = {}): SiteConfig {
  return { slug, nama: name, url, jenis: 'desa', anggota: [], ...extra } as SiteConfig;
}

let alpha: SearchSite;
let beta: SearchSite;
let forum: SearchSite;
let result: Awaited<ReturnType<typeof indexSites>>;
let a: NodeSearch;
let b: NodeSearch;
let f: NodeSearch;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-cari-'));
  alpha = {
    slug: 'kim-alpha',
    base: '/',
    site: config('kim-alpha', 'KIM Alpha', 'https://kim-alpha.desa.id/'),
    dir: writeSite('kim-alpha', {
      'index.html': page({ list: true, judul: 'Beranda', body: 'berandaunik semua kabar' }),
      'berita/index.html': page({ list: true, judul: 'Berita', body: 'daftarunik jalan desa' }),
      'cari/index.html': page({ list: true, judul: 'Cari', body: 'cariunik' }),
      '404.html': page({ judul: 'Tidak ada', body: 'hilangunik' }),
      'berita/jalan-desa/index.html': page({
        judul: 'Warga Membangun Jalan Desa',
        jenis: 'Berita',
        tanggal: '17 Agustus 2026',
        kategori: 'Pembangunan',
        gambar: '/_astro/jalan.abc.webp',
        body: 'Warga bergotong royong membangun jalan sepanjang tiga ratus meter.',
      }),
      'potensi/kebun-kopi/index.html': page({
        judul: 'Kebun Kopi Lereng',
        jenis: 'Potensi',
        kategori: 'Pertanian',
        body: 'Pembangunan kebun kopi rakyat dimulai sejak lama.',
      }),
      'informasi-publik/apbdes/index.html': page({
        judul: 'APBDes 2026',
        jenis: 'Informasi Publik',
        tanggal: '2 Januari 2026',
        kategori: 'Informasi berkala',
        body: 'Anggaran desa untuk warga.',
      }),
    }),
  };
  beta = {
    slug: 'kim-beta',
    base: '/kim-beta/',
    site: config('kim-beta', 'KIM Beta', 'https://kim.example.id/kim-beta/'),
    dir: writeSite('kim-beta', {
      'index.html': page({ list: true, judul: 'Beranda', body: 'beranda' }),
      'berita/danau/index.html': page({
        judul: 'Kerja Bakti Danau',
        jenis: 'Berita',
        tanggal: '22 Maret 2026',
        kategori: 'Lingkungan',
        gambar: '/kim-beta/_astro/danau.x.webp',
        body: 'Sedimentasi danau dikeruk warga bersama.',
      }),
    }),
  };
  forum = {
    slug: 'forum-x',
    base: '/forum-x/',
    site: config('forum-x', 'Forum KIM Kecamatan X', 'https://kim.example.id/forum-x/', { jenis: 'forum-kecamatan', anggota: ['kim-beta', 'kim-hilang'] }),
    dir: writeSite('forum-x', {
      'index.html': page({ list: true, judul: 'Forum', body: 'sedimentasi di beranda tidak dihitung' }),
      'berita/rapat-forum/index.html': page({
        judul: 'Rapat Forum',
        jenis: 'Berita',
        tanggal: '1 Mei 2026',
        kategori: 'Kegiatan KIM',
        body: 'Rapat koordinasi forum kecamatan.',
      }),
    }),
  };
  const missing: SearchSite = {
    slug: 'kim-hilang',
    base: '/kim-hilang/',
    site: config('kim-hilang', 'KIM Hilang', 'https://kim.example.id/kim-hilang/'),
    dir: path.join(tmp, 'dist', 'kim-hilang'),
  };
  const warnings: string[] = [];
  result = await indexSites([alpha, beta, forum], {
    members: (slug) => (slug === 'forum-x' ? [beta, missing] : []),
    warn: (l) => warnings.push(l),
  });
  expect(warnings.join('\n')).toContain('kim-hilang');
  a = await openBundle(alpha.dir);
  b = await openBundle(beta.dir);
  f = await openBundle(forum.dir);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const urls = (hits: { url: string }[]) => hits.map((h) => h.url).sort();

describe('per-site index', () => {
  it('reports the pages indexed per site, members included for the forum', () => {
    const bySlug = Object.fromEntries(result.map((r) => [r.slug, r.pages]));
    expect(bySlug).toEqual({ 'kim-alpha': 3, 'kim-beta': 1, 'forum-x': 2 });
  });

  it('stems Indonesian: "membangun" and "pembangunan" find the same pages', async () => {
    const expected = ['/berita/jalan-desa/', '/potensi/kebun-kopi/'];
    expect(urls(await a.search('membangun'))).toEqual(expected);
    expect(urls(await a.search('pembangunan'))).toEqual(expected);
    expect(urls(await a.search('bangun'))).toEqual(expected);
  });

  it('records title, type, date and thumbnail for each page', async () => {
    const [hit] = await a.search('gotong royong');
    expect(hit?.url).toBe('/berita/jalan-desa/');
    expect(hit?.meta).toMatchObject({ title: 'Warga Membangun Jalan Desa', jenis: 'Berita', tanggal: '17 Agustus 2026', image: '/_astro/jalan.abc.webp' });
    expect(hit?.excerpt).toContain('<mark>');
  });

  it('offers filters by type and category, and they narrow the results', async () => {
    const filters = await a.filters();
    expect(filters.jenis).toEqual({ Berita: 1, Potensi: 1, 'Informasi Publik': 1 });
    expect(Object.keys(filters.kategori ?? {}).sort()).toEqual(['Informasi berkala', 'Pembangunan', 'Pertanian']);
    expect(urls(await a.search('membangun', { jenis: 'Potensi' }))).toEqual(['/potensi/kebun-kopi/']);
    expect(urls(await a.search('membangun', { kategori: 'Pembangunan' }))).toEqual(['/berita/jalan-desa/']);
  });

  it('indexes only the main content of detail pages', async () => {
    for (const word of ['berandaunik', 'daftarunik', 'cariunik', 'hilangunik', 'menuunik', 'kakiunik']) {
      expect(await a.search(word), word).toEqual([]);
    }
  });

  it('puts the site base in the URLs of a subpath site', async () => {
    const hits = await b.search('sedimentasi');
    expect(urls(hits)).toEqual(['/kim-beta/berita/danau/']);
    expect(hits[0]?.meta.image).toBe('/kim-beta/_astro/danau.x.webp');
    // A plain KIM has no KIM filter.
    expect(Object.keys(await b.filters())).not.toContain('KIM');
  });

  it('ships one UI only, and our glue script', () => {
    const files = fs.readdirSync(path.join(alpha.dir, 'pagefind')).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'pagefind-component-ui.js',
        'pagefind-component-ui.css',
        'pagefind.js',
        'pagefind-worker.js',
        'pagefind-entry.json',
        'wasm.id.pagefind',
        'simpul-cari.js',
        'index',
        'fragment',
        'filter',
      ]),
    );
    for (const other of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-highlight.js',
      'wasm.unknown.pagefind',
    ]) {
      expect(files).not.toContain(other);
    }
    expect(fs.readdirSync(alpha.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('forum index', () => {
  it('finds a member page by a word only that member has, at its absolute URL', async () => {
    const hits = await f.search('sedimentasi');
    expect(urls(hits)).toEqual(['https://kim.example.id/kim-beta/berita/danau/']);
    expect(hits[0]?.meta).toMatchObject({ title: 'Kerja Bakti Danau', kim: 'KIM Beta', image: 'https://kim.example.id/kim-beta/_astro/danau.x.webp' });
    expect(hits[0]?.filters.KIM).toEqual(['KIM Beta']);
  });

  it('keeps the forum’s own pages at their base, with a KIM filter per site', async () => {
    expect(urls(await f.search('rapat'))).toEqual(['/forum-x/berita/rapat-forum/']);
    expect((await f.filters()).KIM).toEqual({ 'Forum KIM Kecamatan X': 1, 'KIM Beta': 1 });
    expect(urls(await f.search('sedimentasi', { KIM: 'Forum KIM Kecamatan X' }))).toEqual([]);
  });
});

describe('re-indexing', () => {
  it('replaces the old index: removed words are gone', async () => {
    fs.writeFileSync(
      path.join(beta.dir, 'berita/danau/index.html'),
      page({ judul: 'Kerja Bakti Danau', jenis: 'Berita', body: 'Pengerukan lumpur danau oleh warga.' }),
    );
    await indexSites([beta]);
    const fresh = await openBundle(beta.dir);
    expect(await fresh.search('sedimentasi')).toEqual([]);
    expect(urls(await fresh.search('lumpur'))).toEqual(['/kim-beta/berita/danau/']);
  });
});
