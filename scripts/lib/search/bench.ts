/**
 * Search benchmark, called by `npm run bench` after it has built a fleet (`benchIndexing`
 * for measure 1, `benchBundle` for 2 and 3):
 * 1. indexing: every packaged site of the fleet indexed again, in this one process;
 * 2. bundle: the largest `pagefind/` folder without the per-page fragments, on disk and
 *    as sent over the network (JS, CSS and JSON gzipped; Pagefind's own files already are);
 * 3. first search: a copy of one site grown to 1,000 pages, served with gzip on 127.0.0.1,
 *    `cari/?q=…` opened in headless Chromium on a phone-sized screen; every byte the
 *    browser transfers until the results and their thumbnails have loaded is counted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchChromium } from '../chromium.ts';
import { walkFiles } from '../walk.ts';
import { parse } from 'yaml';
import { IMAGE_ATTR_PATTERN } from '../../../src/components/search/meta.ts';
import { basePath } from '../../../src/lib/urls.ts';
import { siteSchema, type SiteConfig } from '../../../src/schemas/index.ts';
import { benchPage } from './bench-pages.ts';
import { BUNDLE_DIR, closeIndexers, writeSiteIndex } from './index-site.ts';
import { KATA_FILE } from './kata.ts';
import { GLUE_FILE, WORDS_FILE } from './ui-assets.ts';
import { indexSites, type SearchSite } from './index.ts';
import { readSitePages } from './pages.ts';
import { serveSites } from './static-server.ts';

export const SEARCH_TARGETS = {
  /** Indexing the whole fleet (157 sites × 40 pages), seconds. */
  indexingSeconds: 5,
  /** One site's bundle without fragments, KB over the network. */
  bundleKb: 250,
  /** First search on a 1,000-page site, KB of network transfer. */
  firstSearchKb: 300,
  /** The vocabulary file on a 1,000-page site, KB gzipped. */
  vocabularyKb: 30,
  /** What morphology and spelling add to `cari/` (vocabulary and scripts), KB gzipped. */
  wordsExtraKb: 60,
} as const;

export interface SearchBenchOptions {
  /** Data root holding `sites/<slug>/site.yaml`. */
  root: string;
  /** Folder of packaged sites, `dist/<slug>/`. */
  distDir: string;
  /** Pages of the site grown for the first-search measure. */
  firstSearchPages?: number;
  /** The word searched; common in KIM news, so many results match. */
  query?: string;
  log?: (line: string) => void;
  /**
   * Where the old bundles go before indexing is timed. Deleting them would make the timed
   * work slower on disks that discard freed blocks at once (as here); the caller removes
   * this folder when it has finished measuring. Without it, they are deleted.
   */
  trashDir?: string;
}

export interface SearchBenchResult {
  /** `loadAverage`: the machine's 1-minute load when indexing ended; other work on the machine slows it. */
  indexing: { sites: number; pages: number; seconds: number; loadAverage: number };
  bundle: { slug: string; rawBytes: number; wireBytes: number };
  firstSearch: { pages: number; query: string; transferBytes: number; requests: number; results: number };
  /** The grown site's vocabulary file (kata.ts), and it with our two scripts: gzipped bytes. */
  kata: { vocabularyBytes: number; extraBytes: number };
}

function readSite(root: string, slug: string): SiteConfig | undefined {
  try {
    return siteSchema().parse(parse(fs.readFileSync(path.join(root, 'sites', slug, 'site.yaml'), 'utf8')));
  } catch {
    return undefined;
  }
}

function fleetSites(root: string, distDir: string): SearchSite[] {
  return fs
    .readdirSync(distDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .flatMap((d) => {
      const site = readSite(root, d.name);
      return site ? [{ slug: d.name, dir: path.join(distDir, d.name), site, base: basePath(site) }] : [];
    });
}

function files(dir: string): string[] {
  return walkFiles(dir);
}

/** Bytes of a bundle without `fragment/`: on disk, and over a gzipping static host. */
export function bundleSize(bundleDir: string): { rawBytes: number; wireBytes: number } {
  let rawBytes = 0;
  let wireBytes = 0;
  for (const f of files(bundleDir)) {
    if (f.split('/')[0] === 'fragment') continue;
    const body = fs.readFileSync(path.join(bundleDir, f));
    rawBytes += body.length;
    wireBytes += /\.(js|css|json)$/.test(f) ? zlib.gzipSync(body, { level: 6 }).length : body.length;
  }
  return { rawBytes, wireBytes };
}

async function measureIndexing(sites: SearchSite[], trashDir?: string): Promise<SearchBenchResult['indexing']> {
  const bySlug = new Map(sites.map((s) => [s.slug, s]));
  const members = (forum: string) => (bySlug.get(forum)?.site.anggota ?? []).flatMap((m) => bySlug.get(m) ?? []);
  // As in a build, where packaging has just written each site afresh: no old index to replace.
  const aside = trashDir && fs.mkdtempSync(path.join(trashDir, 'pagefind-'));
  for (const s of sites) {
    const old = path.join(s.dir, 'pagefind');
    if (!fs.existsSync(old)) continue;
    if (aside) fs.renameSync(old, path.join(aside, s.slug));
    else fs.rmSync(old, { recursive: true, force: true });
  }
  const t0 = performance.now();
  const done = await indexSites(sites, { members });
  const seconds = (performance.now() - t0) / 1000;
  return { sites: done.length, pages: done.reduce((n, s) => n + s.pages, 0), seconds, loadAverage: os.loadavg()[0]! };
}

/** A copy of `from` with `pages` pages in its index, ready to serve. */
async function grownSite(from: SearchSite, pages: number, into: string): Promise<SearchSite> {
  const dir = path.join(into, from.slug);
  fs.cpSync(from.dir, dir, { recursive: true, filter: (src) => !src.startsWith(path.join(from.dir, 'pagefind')) });
  const own = readSitePages(dir);
  const thumbs = [...new Set(own.flatMap((p) => [...p.html.matchAll(IMAGE_ATTR_PATTERN)].map((m) => m[1]!)))];
  for (let i = 0; own.length + i < pages; i++) {
    const p = benchPage(from.site.nama, i, 7, thumbs);
    fs.mkdirSync(path.join(dir, p.rel), { recursive: true });
    fs.writeFileSync(path.join(dir, p.rel, 'index.html'), p.html);
  }
  const records = readSitePages(dir).map((p) => ({ url: from.base + p.rel, html: p.html }));
  await writeSiteIndex(records, dir);
  await closeIndexers();
  return { ...from, dir };
}

async function measureFirstSearch(site: SearchSite, query: string): Promise<Omit<SearchBenchResult['firstSearch'], 'pages'>> {
  // Counted where the bytes leave: the server sees the page's and Pagefind's worker's requests alike.
  const sent: number[] = [];
  const server = await serveSites([{ base: site.base, dir: site.dir }], { onResponse: (_p, bytes) => sent.push(bytes) });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(`${server.origin}${site.base}cari/?q=${encodeURIComponent(query)}`);
    await page.locator('.hasil').first().waitFor({ timeout: 30_000 });
    // Results fill in lazily, then their thumbnails load: wait until the network is quiet.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const results = await page.locator('.hasil').count();
    return { query, transferBytes: sent.reduce((a, b) => a + b, 0), requests: sent.length, results };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Measure 1: every packaged site of the fleet indexed again, in this one process. */
export async function benchIndexing(opts: SearchBenchOptions): Promise<SearchBenchResult['indexing']> {
  const sites = fleetSites(opts.root, opts.distDir);
  if (sites.length === 0) throw new Error(`tidak ada situs terbangun di ${opts.distDir}`);
  (opts.log ?? console.log)(`Pencarian: mengindeks ulang ${sites.length} situs dalam satu proses…`);
  return measureIndexing(sites, opts.trashDir);
}

/** Measures 2 and 3: the largest bundle, and the first search on a 1,000-page site. */
export async function benchBundle(opts: SearchBenchOptions): Promise<Omit<SearchBenchResult, 'indexing'>> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const sites = fleetSites(opts.root, opts.distDir);
  if (sites.length === 0) throw new Error(`tidak ada situs terbangun di ${opts.distDir}`);
  const bundles = sites.map((s) => ({ slug: s.slug, ...bundleSize(path.join(s.dir, 'pagefind')) }));
  const bundle = bundles.reduce((a, b) => (b.wireBytes > a.wireBytes ? b : a));
  log(`Pencarian: bundel terbesar ${bundle.slug}`);

  const pages = opts.firstSearchPages ?? 1000;
  const source = sites.find((s) => s.site.jenis !== 'forum-kecamatan' && fs.existsSync(path.join(s.dir, 'cari', 'index.html')));
  if (!source) throw new Error('tidak ada situs dengan halaman cari/ untuk diukur');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-cari-'));
  try {
    log(`Pencarian: pencarian pertama di salinan ${source.slug} dengan ${pages} halaman…`);
    const grown = await grownSite(source, pages, tmp);
    const first = await measureFirstSearch(grown, opts.query ?? 'warga');
    const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(grown.dir, BUNDLE_DIR, f)), { level: 6 }).length;
    const vocabularyBytes = gz(KATA_FILE);
    const word = { vocabularyBytes, extraBytes: vocabularyBytes + gz(WORDS_FILE) + gz(GLUE_FILE) };
    return { bundle, firstSearch: { pages: readSitePages(grown.dir).length, ...first }, kata: word };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Rows for the benchmark table: measure, value, target, met. */
export function searchBenchRows(r: SearchBenchResult): string[][] {
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  const t = SEARCH_TARGETS;
  return [
    [
      `indeks ${r.indexing.sites} situs, ${r.indexing.pages} halaman (beban mesin ${r.indexing.loadAverage.toFixed(1)})`,
      `${r.indexing.seconds.toFixed(2)} dtk`,
      `≤ ${t.indexingSeconds} dtk`,
      r.indexing.seconds <= t.indexingSeconds ? 'ya' : 'TIDAK',
    ],
    [
      `bundel pencarian ${r.bundle.slug} tanpa fragmen, lewat jaringan (di disk ${kb(r.bundle.rawBytes)})`,
      kb(r.bundle.wireBytes),
      `≤ ${t.bundleKb} KB`,
      r.bundle.wireBytes <= t.bundleKb * 1024 ? 'ya' : 'TIDAK',
    ],
    [
      `pencarian pertama, ${r.firstSearch.pages} halaman, "${r.firstSearch.query}" (${r.firstSearch.requests} permintaan)`,
      kb(r.firstSearch.transferBytes),
      `≤ ${t.firstSearchKb} KB`,
      r.firstSearch.transferBytes <= t.firstSearchKb * 1024 ? 'ya' : 'TIDAK',
    ],
    [
      `kosakata ${KATA_FILE}, ${r.firstSearch.pages} halaman, gzip`,
      kb(r.kata.vocabularyBytes),
      `≤ ${t.vocabularyKb} KB`,
      r.kata.vocabularyBytes <= t.vocabularyKb * 1024 ? 'ya' : 'TIDAK',
    ],
    [
      `tambahan di cari/ untuk bentuk kata dan ejaan (kosakata + skrip), gzip`,
      kb(r.kata.extraBytes),
      `≤ ${t.wordsExtraKb} KB`,
      r.kata.extraBytes <= t.wordsExtraKb * 1024 ? 'ya' : 'TIDAK',
    ],
  ];
}
