/**
 * Decap CMS end to end, in real headless Chromium, with `npm run cms` (decap-server on
 * 127.0.0.1) against a temporary copy of one demo KIM: log in, check the UI is Indonesian,
 * write and publish a berita with a phone photo, edit a potensi, then check the files, that
 * nothing outside content/<slug>/ changed, `npm run check`, and a rebuild.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveSites, type StaticServer } from '../scripts/lib/search/static-server.ts';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../scripts/lib/frontmatter.ts';
import { collectionName } from '../scripts/lib/cms/config.ts';
import { freePort, until } from '../tests/helpers/net.ts';
import { demoSource, NODE, phonePhoto, PROJECT, readWrittenEntry, snapshot } from './helpers/cms.ts';

describe('Decap CMS for a KIM member (local backend)', () => {
  const src = demoSource();
  const slug = src.slug;
  let tmp: string;
  let root: string;
  let contentDir: string;
  let before: Map<string, string>;
  let cms: ChildProcess;
  let cmsLog = '';
  let adminUrl: string;
  let browser: Browser;
  let page: Page;
  let photo: string;
  let potensiName: string;
  const title = 'Warga Menanam Seribu Bibit Pohon di Bantaran Sungai';
  const unique = 'pohonunikberitacms';
  const uploaded = 'img_20260817_081500.jpg';
  const newSummary = 'Ringkasan diperbarui lewat halaman kelola oleh anggota KIM.';

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-cms-e2e-'));
    root = path.join(tmp, 'data');
    fs.cpSync(path.join(src.root, 'sites', slug), path.join(root, 'sites', slug), { recursive: true });
    fs.cpSync(path.join(src.root, 'content', slug), path.join(root, 'content', slug), { recursive: true });
    contentDir = path.join(root, 'content', slug);
    // The fixture KIM has no potensi yet: give it one, with a photo it already has.
    const potensiDir = path.join(contentDir, 'potensi');
    if (!fs.existsSync(potensiDir) || fs.readdirSync(potensiDir).length === 0) {
      fs.mkdirSync(potensiDir, { recursive: true });
      const photoName = fs.readdirSync(path.join(contentDir, 'media')).find((f) => /\.jpe?g$/.test(f))!;
      fs.writeFileSync(
        path.join(potensiDir, 'kebun-kopi.md'),
        `---\nnama: Kebun Kopi Warga\nkategori: pertanian\nringkasan: Kebun kopi robusta di lereng bukit.\ngambar:\n  - src: ../media/${photoName}\n    alt: Deretan pohon kopi\nlokasi:\n  alamat: Dusun Satu\nkontak:\n  nama: Pak Ujang\n---\nKopi dipetik merah.\n`,
      );
    }
    potensiName = fs
      .readdirSync(potensiDir)
      .filter((f) => f.endsWith('.md'))
      .sort()[0]!
      .replace(/\.md$/, '');
    before = snapshot(root);

    photo = path.join(tmp, 'IMG_20260817_081500.jpg');
    await phonePhoto(photo);

    const [port, apiPort] = [await freePort(), await freePort()];
    cms = spawn(
      NODE,
      [path.join(PROJECT, 'scripts/cms.ts'), '--site', slug, '--root', root, '--no-dev', '--port', String(port), '--api-port', String(apiPort)],
      {
        cwd: PROJECT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    cms.stdout!.on('data', (d) => (cmsLog += String(d)));
    cms.stderr!.on('data', (d) => (cmsLog += String(d)));
    adminUrl = await until(() => /Buka di peramban: (\S+)/.exec(cmsLog)?.[1], `npm run cms siap:\n${cmsLog}`, 30_000);

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Nothing may be loaded from the internet.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  });

  afterAll(async () => {
    await browser?.close();
    if (cms && cms.exitCode === null) {
      const exited = new Promise((r) => cms.once('exit', r));
      cms.kill('SIGTERM');
      await exited;
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('serves /admin/ noindex and logs in with the local backend, in Indonesian', async () => {
    expect(adminUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/$/);
    await page.goto(adminUrl);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Bagian situs').waitFor();
    const text = await page.locator('body').innerText();
    for (const s of ['Isi Situs', 'Foto & Berkas', 'Tulis baru', 'Berita', 'Potensi Desa', 'Produk UMKM', 'Pengaturan situs']) {
      expect(text).toContain(s);
    }
    for (const s of ['Contents', 'Collections', 'Quick add', 'Search all']) expect(text).not.toContain(s);
  });

  it('writes a berita with a phone photo and publishes it into content/<slug>/', async () => {
    await page.goto(`${adminUrl}#/collections/${collectionName(slug, 'berita')}/new`);
    await page.getByLabel('Judul', { exact: true }).fill(title);
    await page.getByLabel('Ringkasan').fill('Warga dan pelajar menanam bibit pohon di sepanjang bantaran sungai desa.');
    await page.getByLabel('Kategori').click();
    await page.getByText('Lingkungan', { exact: true }).click();
    await page.getByLabel('Penulis').fill('Tim KIM');
    await page.getByRole('button', { name: 'Pilih foto' }).click();
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await page.getByLabel('Keterangan foto').fill('Warga menanam bibit pohon di tepi sungai');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type(`Seribu bibit ditanam bersama pelajar. Kata unik: ${unique}.`);
    // The preview pane uses the theme's markup.
    const preview = page.locator('iframe').first().contentFrame();
    await expect(preview.locator('h1').innerText()).resolves.toBe(title);
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByText('Terbitkan sekarang').click();
    await page.getByRole('button', { name: 'Sudah terbit' }).waitFor();

    const file = path.join(contentDir, 'berita', 'warga-menanam-seribu-bibit-pohon-di-bantaran-sungai.md');
    await until(() => fs.existsSync(file), 'berkas berita');
    const { data, body } = parseFrontmatter(fs.readFileSync(file, 'utf8')) as { data: Record<string, any>; body: string };
    expect(data.judul).toBe(title);
    expect(data.kategori).toBe('lingkungan');
    // Decap cleans the upload's name (lower case); the path is relative to the entry file.
    expect(data.gambar).toEqual({ src: `../media/${uploaded}`, alt: 'Warga menanam bibit pohon di tepi sungai' });
    expect(body).toContain(unique);
    const image = path.join(contentDir, 'media', uploaded);
    expect(fs.existsSync(image)).toBe(true);
  });

  it('caps the uploaded photo: 1600 px, no EXIF/GPS, turned upright', async () => {
    const image = path.join(contentDir, 'media', uploaded);
    expect(fs.statSync(photo).size).toBeGreaterThan(4 * 1024 * 1024);
    await until(() => cmsLog.includes(`Foto diproses: media/${uploaded}`), `foto diproses:\n${cmsLog}`, 30_000);
    const m = await sharp(image).metadata();
    expect([m.width, m.height]).toEqual([1200, 1600]);
    expect(m.exif).toBeUndefined();
    expect(fs.statSync(image).size).toBeLessThan(fs.statSync(photo).size);
  });

  it('edits an existing potensi and drops a field emptied by the member', async () => {
    const file = path.join(contentDir, 'potensi', `${potensiName}.md`);
    const old = parseFrontmatter(fs.readFileSync(file, 'utf8')) as { data: Record<string, any>; body: string };
    // A fresh page load, as a member opening the entry from a bookmark or a shared link.
    await page.goto(`${adminUrl}#/collections/${collectionName(slug, 'potensi')}/entries/${potensiName}`);
    await page.reload();
    // Wait until the potensi editor (not the previous berita one) is on screen.
    const name = page.getByLabel('Nama potensi');
    await name.waitFor();
    await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe(old.data.nama);
    await page.getByLabel('Ringkasan').fill(newSummary);
    await page.getByLabel('Nama narahubung').fill('');
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByText('Terbitkan sekarang').click();
    const now = await until(() => {
      const d = readWrittenEntry(file);
      return d?.data.ringkasan === newSummary ? d : undefined;
    }, 'ringkasan potensi berubah');
    expect(now.data.nama).toBe(old.data.nama);
    expect(now.data.gambar).toEqual(old.data.gambar);
    expect(now.data.lokasi).toEqual(old.data.lokasi);
    // An emptied optional field is left out, not written as "" (the schema rejects "").
    expect(now.data.kontak?.nama).toBeUndefined();
    expect(JSON.stringify(now.data)).not.toContain('""');
    expect(now.body.trim()).toBe(old.body.trim());
  });

  it('wrote nothing outside content/<slug>/', () => {
    const after = snapshot(root);
    const inside = (p: string) => p.startsWith(path.join('content', slug) + path.sep);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
    expect(changed.length).toBeGreaterThanOrEqual(3); // berita, photo, potensi
    expect(changed.filter((p) => !inside(p))).toEqual([]);
  });

  it('passes npm run check', () => {
    const r = spawnSync(NODE, [path.join(PROJECT, 'scripts/check.ts'), '--root', root, '--site', slug], { cwd: PROJECT, encoding: 'utf8' });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });

  it('shows the new post and the edit on the site after a rebuild', () => {
    const out = path.join(tmp, 'dist');
    const r = spawnSync(NODE, [path.join(PROJECT, 'scripts/build.ts'), '--root', root, '--site', slug, '--out', out], {
      cwd: PROJECT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const page = path.join(out, slug, 'berita', 'warga-menanam-seribu-bibit-pohon-di-bantaran-sungai', 'index.html');
    expect(fs.existsSync(page), page).toBe(true);
    const html = fs.readFileSync(page, 'utf8');
    expect(html.includes(title), 'judul di halaman berita').toBe(true);
    expect(html.includes(unique), 'isi di halaman berita').toBe(true);
    expect(html).toMatch(/<img[^>]+alt="Warga menanam bibit pohon di tepi sungai"/);
    const potensi = fs.readFileSync(path.join(out, slug, 'potensi', potensiName, 'index.html'), 'utf8');
    expect(potensi.includes(newSummary), 'ringkasan baru di halaman potensi').toBe(true);
  });
});

describe('deployed admin pages on one shared origin', () => {
  let tmp: string;
  let browser: Browser;
  let origin: StaticServer;
  const requested: string[] = [];

  beforeAll(async () => {
    const { siteSchema } = await import('../src/schemas/index.ts');
    const { writeAdmin, writeSharedBundles } = await import('../scripts/lib/cms/index.ts');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-cms-origin-'));
    const dist = path.join(tmp, 'dist');
    const base = { jenis: 'desa', wilayah: { kecamatan: 'K', kabupaten: 'Kab', provinsi: 'P' } };
    const sites = [
      siteSchema().parse({
        ...base,
        slug: 'kim-satu',
        nama: 'KIM Satu',
        url: 'https://dinas.github.io/kim-satu/',
        cms: { backend: 'github', repo: 'dinas/kim', base_url: 'https://oauth.dinas.example/' },
      }),
      siteSchema().parse({
        ...base,
        slug: 'kim-dua',
        nama: 'KIM Dua',
        url: 'https://dinas.github.io/kim-dua/',
        cms: { backend: 'gitlab', repo: 'dinas/kim', app_id: 'abc' },
      }),
    ];
    for (const s of sites) await writeAdmin({ siteDir: path.join(dist, s.slug), distDir: dist, site: s, root: path.join(PROJECT, 'tests/fixtures/dua-situs') });
    await writeSharedBundles({ distDir: dist, sites });
    // The origin's root as the host serves it: the shared folder plus one folder per KIM.
    const web = path.join(tmp, 'web');
    fs.cpSync(path.join(dist, '_origin', 'dinas.github.io'), web, { recursive: true });
    for (const s of sites) fs.cpSync(path.join(dist, s.slug), path.join(web, s.slug), { recursive: true });
    origin = await serveSites([{ base: '/', dir: web }]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await origin?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const [slug, login] of [
    ['kim-satu', 'Masuk dengan akun GitHub'],
    ['kim-dua', 'Masuk dengan akun GitLab'],
  ] as const) {
    it(`${slug}: loads the one shared bundle and its config, and offers "${login}"`, async () => {
      const page = await browser.newPage();
      page.on('request', (r) => requested.push(r.url()));
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${origin.origin}/${slug}/admin/`);
      await page.getByRole('button', { name: login }).waitFor({ timeout: 30_000 });
      await page.close();
    });
  }

  it('both pages used /_simpul/decap/, and nothing from another host', () => {
    const bundle = requested.filter((u) => u.endsWith('/decap-cms.js'));
    expect(bundle.length).toBe(2);
    for (const u of bundle) expect(new URL(u).pathname).toBe('/_simpul/decap/decap-cms.js');
    expect(requested.filter((u) => !u.startsWith(`${origin.origin}/`))).toEqual([]);
  });
});
