/**
 * A district portal over a built synthetic fleet (issue 11): adds a `portal-kabupaten` site
 * that covers every KIM of the fleet's kabupaten, builds it alone (the members come from the
 * cache), and measures what a phone downloads for each of its pages that grow with members.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { launchChromium } from '../chromium.ts';
import { serveSites } from '../search/static-server.ts';
import { BENCH_WILAYAH } from './fleet-gen.ts';
import { build } from './run-build.ts';

export const PORTAL_SLUG = 'portal-uji';

/** The portal's pages whose size depends on the number of members. */
const PAGES = ['', 'anggota/', 'kabar-anggota/', 'agenda-anggota/', 'keaktifan/'];

export interface PortalBench {
  members: number;
  buildSeconds: number;
  /** Kabar-anggota pages (10 berita each). */
  newsPages: number;
  pages: { page: string; bytes: number; requests: number }[];
}

function addPortal(root: string): void {
  const siteDir = path.join(root, 'sites', PORTAL_SLUG);
  fs.mkdirSync(siteDir, { recursive: true });
  fs.writeFileSync(
    path.join(siteDir, 'site.yaml'),
    stringify({
      slug: PORTAL_SLUG,
      nama: 'Portal KIM Uji',
      jenis: 'portal-kabupaten',
      wilayah: BENCH_WILAYAH,
      url: `https://kim-bogor.github.io/${PORTAL_SLUG}/`,
      zona_waktu: 'Asia/Jakarta',
    }),
  );
  const content = path.join(root, 'content', PORTAL_SLUG);
  fs.mkdirSync(path.join(content, 'halaman'), { recursive: true });
  fs.writeFileSync(
    path.join(content, 'pengaturan.yaml'),
    stringify({
      tagline: 'Kabar KIM se-kabupaten',
      deskripsi: 'Portal Kelompok Informasi Masyarakat kabupaten uji.',
      hero: { judul: 'Portal KIM Uji', teks: 'Kabar dari semua KIM di kabupaten.' },
      kontak: { alamat: 'Jl. Diskominfo No. 1' },
    }),
  );
  fs.writeFileSync(path.join(content, 'halaman', 'profil.md'), '---\njudul: Profil\nurutan: 1\n---\n\nPortal KIM kabupaten uji.\n');
}

/** Bytes over the wire (headers and gzipped bodies) for one page at 360 px, scrolled to its end. */
async function pageWeights(dir: string): Promise<PortalBench['pages']> {
  const base = `/${PORTAL_SLUG}/`;
  let sent: number[] = [];
  const server = await serveSites([{ base, dir }], { onResponse: (_p, bytes) => sent.push(bytes) });
  const browser = await launchChromium();
  try {
    const out: PortalBench['pages'] = [];
    for (const page of PAGES) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const tab = await ctx.newPage();
      sent = [];
      const res = await tab.goto(`${server.origin}${base}${page}`, { waitUntil: 'load' });
      if (res?.status() !== 200) throw new Error(`${base}${page}: status ${res?.status()}`);
      await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await tab.waitForLoadState('networkidle');
      out.push({ page: page || '(beranda)', bytes: sent.reduce((a, b) => a + b, 0), requests: sent.length });
      await ctx.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `root` holds a built fleet (and ideally a git history, so the activity page has dates). */
export async function benchPortal(root: string): Promise<PortalBench> {
  addPortal(root);
  const run = build(root, 'portal', ['--site', PORTAL_SLUG]);
  if (run.built !== 1) throw new Error(`build --site ${PORTAL_SLUG} membangun ${run.built} situs, seharusnya 1`);
  const dir = path.join(root, 'dist', PORTAL_SLUG);
  const members = fs.readdirSync(path.join(root, 'sites')).filter((s) => s !== PORTAL_SLUG).length;
  const newsDir = path.join(dir, 'kabar-anggota', 'halaman');
  const newsPages = 1 + (fs.existsSync(newsDir) ? fs.readdirSync(newsDir).length : 0);
  return { members, buildSeconds: run.s, newsPages, pages: await pageWeights(dir) };
}
