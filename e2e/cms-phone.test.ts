/**
 * A KIM member's whole journey on a phone, in real headless Chromium (touch, `isMobile`,
 * real taps), with `npm run cms` on a temporary copy of one demo KIM, at 360×740 and
 * 390×844: log in, the collection list, a new berita with a photo uploaded from the
 * "phone", the preview, publish, editing a potensi, "Keluar".
 *
 * On every screen: no horizontal overflow, every control tapped is inside the viewport and
 * at least 44 px, and no English left in visible or aria text. This is what fails when a
 * Decap upgrade breaks src/cms/admin.css.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { parseFrontmatter } from '../scripts/lib/frontmatter.ts';
import { collectionName } from '../scripts/lib/cms/config.ts';
import { until } from '../tests/helpers/net.ts';
import { changedPaths, demoSource, NODE, phonePhoto, PROJECT, readWrittenEntry, snapshot, startCms, type CmsProcess } from './helpers/cms.ts';
import { englishWords } from './helpers/english.ts';

const MIN_TAP = 44;

/** Visible controls that stick out of the viewport sideways, and the page's own overflow. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > vw) out.push(`halaman ${document.documentElement.scrollWidth} px > ${vw} px`);
    const controls = document.querySelectorAll(
      'button, a[href], input:not([type=file]):not([type=hidden]), select, textarea, [role=button], [role=menuitem], [contenteditable=true]',
    );
    for (const el of Array.from(controls)) {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
      if (r.left < -1 || r.right > vw + 1) {
        const name = el.getAttribute('aria-label') || el.getAttribute('title') || (el.textContent || '').trim().slice(0, 30) || el.tagName;
        out.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.left)}–${Math.round(r.right)} px`);
      }
    }
    return out;
  });
}

/** Visible text, aria labels, titles, placeholders and alt texts of the admin page. */
async function uiTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) texts.push(v);
      }
    }
    return texts;
  });
}

describe.each([
  [360, 740],
  [390, 844],
])('a KIM member on a %i×%i phone', (width, height) => {
  const src = demoSource();
  const slug = src.slug;
  const title = `Kerja Bakti Membersihkan Saluran Air di Layar ${width}`;
  const fileName = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const unique = `isiberitaponsel${width}`;
  const uploaded = `img_20260901_070000_${width}.jpg`;
  const newSummary = `Ringkasan potensi diubah dari ponsel ${width} px.`;
  let tmp: string;
  let root: string;
  let contentDir: string;
  let before: Map<string, string>;
  let cms: CmsProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let photo: string;
  let potensiName: string;
  const screens: string[] = [];
  const english: string[] = [];

  /** Records overflow and English on the current screen. */
  async function screen(name: string): Promise<void> {
    await page.waitForTimeout(300);
    // A notification sliding in starts off-screen: measure once animations have settled.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined);
    for (const p of await layoutProblems(page)) screens.push(`${name}: ${p}`);
    for (const w of englishWords(await uiTexts(page))) english.push(`${name}: ${w}`);
  }

  /** A real tap on a control that must be on screen, inside the viewport and big enough. */
  async function tap(control: Locator, what: string): Promise<void> {
    await control.waitFor();
    await control.scrollIntoViewIfNeeded();
    const box = (await control.boundingBox())!;
    expect(box, what).toBeTruthy();
    expect(box.x, `${what}: kiri`).toBeGreaterThanOrEqual(-1);
    expect(box.x + box.width, `${what}: kanan`).toBeLessThanOrEqual(width + 1);
    expect(box.y, `${what}: atas`).toBeGreaterThanOrEqual(-1);
    expect(box.y + box.height, `${what}: bawah`).toBeLessThanOrEqual(height + 1);
    expect(Math.round(box.height), `${what}: tinggi`).toBeGreaterThanOrEqual(MIN_TAP);
    expect(Math.round(box.width), `${what}: lebar`).toBeGreaterThanOrEqual(MIN_TAP);
    await control.tap();
  }

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-cms-hp-'));
    root = path.join(tmp, 'data');
    fs.cpSync(path.join(src.root, 'sites', slug), path.join(root, 'sites', slug), { recursive: true });
    fs.cpSync(path.join(src.root, 'content', slug), path.join(root, 'content', slug), { recursive: true });
    contentDir = path.join(root, 'content', slug);
    potensiName = fs
      .readdirSync(path.join(contentDir, 'potensi'))
      .filter((f) => f.endsWith('.md'))
      .sort()[0]!
      .replace(/\.md$/, '');
    before = snapshot(root);
    photo = path.join(tmp, uploaded.toUpperCase().replace('.JPG', '.jpg'));
    await phonePhoto(photo);
    cms = await startCms(root, slug);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'id-ID' });
    page = await context.newPage();
    // Leaving an editor with unsaved changes asks first; a member would confirm.
    page.on('dialog', (d) => void d.accept());
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  });

  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('logs in and shows the collection list', async () => {
    await page.goto(cms.adminUrl);
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    await screen('masuk');
    await tap(page.getByRole('button', { name: 'Masuk' }), 'Masuk');
    await page.getByText('Bagian situs').waitFor();
    await screen('daftar');
  });

  it('writes a berita with a photo from the phone, previews and publishes it', async () => {
    await tap(page.getByRole('link', { name: /Berita baru/ }), 'Berita baru');
    const titleInput = page.getByLabel('Judul', { exact: true });
    await titleInput.waitFor();
    await screen('berita baru');
    await tap(titleInput, 'Judul');
    await titleInput.fill(title);
    await tap(page.getByRole('button', { name: 'Sekarang' }), 'Tanggal: Sekarang');
    await tap(page.getByLabel('Ringkasan'), 'Ringkasan');
    await page.getByLabel('Ringkasan').fill('Warga membersihkan saluran air bersama menjelang musim hujan.');
    // react-select: the tap target is the whole box, not the small text input inside it.
    await tap(page.getByLabel('Kategori').locator('xpath=ancestor::div[contains(@class, "-control")][1]'), 'Kategori');
    await tap(page.getByText('Lingkungan', { exact: true }), 'Kategori: Lingkungan');
    await tap(page.getByLabel('Penulis'), 'Penulis');
    await page.getByLabel('Penulis').fill('Tim KIM');

    // The media library of a new entry already lists the KIM's photos.
    await tap(page.getByRole('button', { name: 'Pilih foto' }), 'Pilih foto');
    const useSelected = page.getByRole('button', { name: 'Pakai yang dipilih' });
    await useSelected.waitFor();
    const existing = fs
      .readdirSync(path.join(contentDir, 'media'))
      .filter((f) => /\.jpe?g$/.test(f))
      .sort()[0]!;
    await page.getByText(existing, { exact: true }).first().waitFor();
    await expect(page.getByText('Belum ada foto').count()).resolves.toBe(0);
    await screen('pustaka foto');
    const chooser = page.waitForEvent('filechooser');
    // Decap's upload button is a label around a hidden file input.
    await tap(page.getByText('Unggah', { exact: true }), 'Unggah');
    await (await chooser).setFiles(photo);
    await page.getByText(uploaded, { exact: true }).first().waitFor({ timeout: 30_000 });
    await screen('pustaka foto, sesudah unggah');
    await tap(useSelected, 'Pakai yang dipilih');
    await tap(page.getByLabel('Keterangan foto'), 'Keterangan foto');
    await page.getByLabel('Keterangan foto').fill('Warga membersihkan saluran air');

    const body = page.locator('[data-slate-editor]');
    await tap(body, 'Isi berita');
    await expect.poll(() => body.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.type(`Saluran dibersihkan bersama. Kata unik: ${unique}.`);
    await expect.poll(() => body.innerText()).toContain(unique);
    // The body editor's insert menu, in Indonesian.
    await tap(page.getByRole('button', { name: 'Sisipkan' }), 'Sisipkan');
    await page.getByText('Foto', { exact: true }).first().waitFor();
    await screen('menu sisipkan');
    await page.keyboard.press('Escape');
    await screen('formulir berita');

    // The preview sits under the form, inside the screen's width.
    const frame = page.locator('iframe').first();
    await frame.scrollIntoViewIfNeeded();
    const fb = (await frame.boundingBox())!;
    expect(fb.x).toBeGreaterThanOrEqual(0);
    expect(fb.x + fb.width).toBeLessThanOrEqual(width + 1);
    await expect(page.locator('iframe').first().contentFrame().locator('h1').innerText()).resolves.toBe(title);
    await screen('pratinjau');

    await tap(page.getByRole('button', { name: 'Terbitkan' }), 'Terbitkan');
    await tap(page.getByRole('menuitem', { name: 'Terbitkan sekarang' }), 'Terbitkan sekarang');
    await page.getByRole('button', { name: 'Sudah terbit' }).waitFor();
    await screen('sudah terbit');
    await until(() => fs.existsSync(path.join(contentDir, 'berita', `${fileName}.md`)), 'berkas berita');
  });

  it('edits an existing potensi', async () => {
    const file = path.join(contentDir, 'potensi', `${potensiName}.md`);
    const old = parseFrontmatter(fs.readFileSync(file, 'utf8')) as { data: Record<string, any> };
    await page.goto(`${cms.adminUrl}#/collections/${collectionName(slug, 'potensi')}`);
    await page.getByText(old.data.nama, { exact: true }).first().waitFor();
    await screen('daftar potensi');
    await tap(page.getByRole('link', { name: old.data.nama }).first(), old.data.nama);
    const name = page.getByLabel('Nama potensi');
    await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe(old.data.nama);
    await screen('ubah potensi');
    await tap(page.getByLabel('Ringkasan'), 'Ringkasan');
    await page.getByLabel('Ringkasan').fill(newSummary);
    await tap(page.getByRole('button', { name: 'Terbitkan' }), 'Terbitkan');
    await tap(page.getByRole('menuitem', { name: 'Terbitkan sekarang' }), 'Terbitkan sekarang');
    await until(() => readWrittenEntry(file)?.data.ringkasan === newSummary, 'ringkasan potensi berubah');
  });

  it('logs out with "Keluar"', async () => {
    await tap(page.getByRole('button', { name: 'Pilihan akun' }), 'Pilihan akun');
    await screen('menu akun');
    await tap(page.getByRole('menuitem', { name: 'Keluar' }), 'Keluar');
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
  });

  it('fit every screen: no sideways scrolling, no control off the edge', () => {
    expect(screens).toEqual([]);
  });

  it('spoke Indonesian on every screen, in text and aria labels', () => {
    expect(english).toEqual([]);
  });

  it('wrote the post, the photo and the edit into content/<slug>/ only, and nothing else', () => {
    const changed = changedPaths(before, snapshot(root));
    const c = (p: string) => path.join('content', slug, p);
    // Nothing else: the demo's committed "straight from the phone" photos are left alone.
    expect(changed).toEqual([c(`berita/${fileName}.md`), c(`media/${uploaded}`), c(`potensi/${potensiName}.md`)].sort());
    const { data, body } = parseFrontmatter(fs.readFileSync(path.join(contentDir, 'berita', `${fileName}.md`), 'utf8')) as {
      data: Record<string, any>;
      body: string;
    };
    expect(data.judul).toBe(title);
    expect(data.kategori).toBe('lingkungan');
    expect(data.penulis).toBe('Tim KIM');
    expect(data.gambar).toEqual({ src: `../media/${uploaded}`, alt: 'Warga membersihkan saluran air' });
    expect(body).toContain(unique);
  });

  it('capped the photo and removed EXIF/GPS', async () => {
    await until(() => cms.log().includes(`Foto diproses: media/${uploaded}`), `foto diproses:\n${cms.log()}`, 30_000);
    const m = await sharp(path.join(contentDir, 'media', uploaded)).metadata();
    expect(Math.max(m.width!, m.height!)).toBeLessThanOrEqual(1600);
    expect(m.exif).toBeUndefined();
  });

  it('passes npm run check, and a rebuild shows the post', () => {
    const check = spawnSync(NODE, [path.join(PROJECT, 'scripts/check.ts'), '--root', root, '--site', slug], { cwd: PROJECT, encoding: 'utf8' });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    const out = path.join(tmp, 'dist');
    const build = spawnSync(NODE, [path.join(PROJECT, 'scripts/build.ts'), '--root', root, '--site', slug, '--out', out], {
      cwd: PROJECT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const html = fs.readFileSync(path.join(out, slug, 'berita', fileName, 'index.html'), 'utf8');
    expect(html.includes(title)).toBe(true);
    expect(html.includes(unique)).toBe(true);
  });
});
