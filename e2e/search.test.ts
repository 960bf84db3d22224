/**
 * Search in real headless Chromium, against the built demo fleet (tests/global-setup.ts),
 * served as it is hosted: the domain-root site at `/` of its own origin, the subpath sites
 * (the forum and its members among them) under `/<slug>/` of a shared one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../scripts/lib/paths.ts';
import { t } from '../src/i18n/id.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveFleet, type ServedFleet } from '../tests/helpers/static-server.ts';

let fleet: ServedFleet;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  fleet = await serveFleet(inject('demoRoot'), inject('demoDist'), ['kim-ngudi-rahayu', 'kim-mekar-sari', 'forum-kim-senduro', 'kim-argosari', 'kim-ranupani']);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fleet?.close();
});

/** Local URL of a page: `at('kim-mekar-sari', 'cari/')`. */
const at = (slug: string, pagePath = '') => fleet.url(slug, pagePath);

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions, CSP violations included. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

async function open(url: string, opts: { js?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ javaScriptEnabled: opts.js ?? true });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, errors, requests };
}

/** Types like a visitor, key by key, into the search page's own field, and waits for that search. */
async function typeQuery(page: Page, word: string): Promise<void> {
  const input = page.locator('#cari-halaman');
  await input.fill('');
  await input.pressSequentially(word, { delay: 40 });
  await page.locator('pagefind-summary', { hasText: `hasil untuk ${word}` }).waitFor({ timeout: 20_000 });
}

const resultHrefs = (page: Page) => page.locator('.hasil .pf-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

async function waitForHref(page: Page, href: string): Promise<void> {
  await page.locator(`.hasil .pf-result-link[href="${href}"]`).waitFor({ timeout: 20_000 });
}

/** The number in "N hasil untuk …". */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('pagefind-summary').textContent()) ?? '';
  const m = /(\d+) hasil/.exec(text);
  if (!m) throw new Error(`ringkasan tanpa jumlah: "${text}"`);
  return Number(m[1]);
}

describe('search on a site at its domain root', () => {
  it('shows results as the visitor types, with type, date and thumbnail', async () => {
    const { page, errors } = await open(at('kim-ngudi-rahayu', 'cari/'));
    await expect.poll(() => page.locator('[data-cari-ui]').isVisible()).toBe(true);
    expect(await page.locator('[data-cari-pesan]').isVisible()).toBe(false);

    await typeQuery(page, 'musyawarah');
    await waitForHref(page, '/berita/musdes-rkpdes-2027/');
    const first = page.locator('.hasil').first();
    expect(await first.locator('.hasil-jenis').textContent()).toMatch(/^(Berita|Potensi|Produk|Agenda|Informasi Publik|Profil)$/);
    const berita = page.locator('.hasil', { has: page.locator('.pf-result-link[href="/berita/musdes-rkpdes-2027/"]') });
    expect(await berita.locator('.hasil-jenis').textContent()).toBe('Berita');
    expect(await berita.locator('.hasil-tanggal').textContent()).toMatch(/^\d{1,2} \w+ \d{4}$/);
    const img = berita.locator('img.hasil-gambar');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    // The address bar keeps the query, so the search can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('musyawarah');
    expect(errors).toEqual([]);
  });

  it('stems Indonesian: "membangun" and "pembangunan" each find both articles', async () => {
    const { page } = await open(at('kim-ngudi-rahayu', 'cari/'));
    // bimtek says only "membangun"; musdes says only "pembangunan".
    for (const word of ['membangun', 'pembangunan']) {
      await typeQuery(page, word);
      await waitForHref(page, '/berita/bimtek-jurnalistik-warga/');
      await waitForHref(page, '/berita/musdes-rkpdes-2027/');
    }
  });

  it('narrows the results with a filter', async () => {
    const { page } = await open(at('kim-ngudi-rahayu', 'cari/?q=desa'));
    await page.locator('.hasil').first().waitFor();
    const all = await resultCount(page);
    await page.locator('details[data-filter-name="jenis"] > summary').click();
    await page.locator('details[data-filter-name="jenis"] input[value="Potensi"]').check();
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    await expect.poll(async () => [...new Set(await page.locator('.hasil-jenis').allTextContents())]).toEqual(['Potensi']);
    for (const href of await resultHrefs(page)) expect(href).toMatch(/^\/potensi\//);
  });

  it('without JavaScript, the header form lands on cari/?q= and explains what to do', async () => {
    const { page } = await open(at('kim-ngudi-rahayu', 'berita/musdes-rkpdes-2027/'), { js: false });
    await page.locator('#cari-kepala').fill('jalan desa');
    await Promise.all([page.waitForURL(/\/cari\/\?q=/), page.locator('#cari-kepala').press('Enter')]);
    const url = new URL(page.url());
    expect(url.origin + url.pathname).toBe(at('kim-ngudi-rahayu', 'cari/'));
    expect(url.pathname).toBe('/cari/');
    expect(url.searchParams.get('q')).toBe('jalan desa');
    expect(await page.locator('[data-cari-pesan]').isVisible()).toBe(true);
    expect(await page.locator('[data-cari-pesan]').textContent()).toContain(t.cari.tanpaJs);
    expect(await page.locator('[data-cari-ui]').isVisible()).toBe(false);
  });

  it('with JavaScript, the header form on a content page leads to the results; content pages load no script', async () => {
    const { page, requests } = await open(at('kim-ngudi-rahayu', 'berita/musdes-rkpdes-2027/'));
    expect(requests.filter((u) => /\.js(\?|$)|\/pagefind\//.test(u))).toEqual([]);
    await page.locator('#cari-kepala').fill('posyandu');
    await Promise.all([page.waitForURL(/\/cari\/\?q=posyandu/), page.locator('#cari-kepala').press('Enter')]);
    await page.locator('.hasil').first().waitFor();
    expect(await page.locator('#cari-halaman').inputValue()).toBe('posyandu');
    expect((await resultHrefs(page)).some((h) => h.includes('posyandu'))).toBe(true);
  });
});

describe('search on a site under a subpath', () => {
  it('finds pages at URLs under its base, and they open', async () => {
    const { page, errors } = await open(at('kim-mekar-sari', 'cari/'));
    await typeQuery(page, 'jentik');
    await waitForHref(page, '/kim-mekar-sari/berita/jumantik-psn-dbd/');
    for (const href of await resultHrefs(page)) expect(href).toMatch(/^\/kim-mekar-sari\//);
    const img = page.locator('.hasil img.hasil-gambar').first();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    await Promise.all([page.waitForURL(/jumantik-psn-dbd\/$/), page.locator('.pf-result-link[href="/kim-mekar-sari/berita/jumantik-psn-dbd/"]').click()]);
    expect(await page.locator('h1').textContent()).toContain('Jentik');
    expect(errors).toEqual([]);
  });

  it('without JavaScript, the header form lands on <base>cari/?q=', async () => {
    const { page } = await open(at('kim-mekar-sari', 'berita/'), { js: false });
    await page.locator('#cari-kepala').fill('jentik');
    await Promise.all([page.waitForURL(/\/cari\/\?q=/), page.locator('#cari-kepala').press('Enter')]);
    expect(page.url()).toBe(at('kim-mekar-sari', 'cari/?q=jentik'));
    expect(new URL(page.url()).pathname).toBe('/kim-mekar-sari/cari/');
    expect(await page.locator('[data-cari-pesan]').isVisible()).toBe(true);
  });
});

describe('search on a forum site', () => {
  it('finds a word that only a member KIM has, at the member’s own URL', async () => {
    const { page } = await open(at('forum-kim-senduro', 'cari/'));
    await typeQuery(page, 'sedimentasi');
    const href = 'https://kim-lumajang.github.io/kim-ranupani/berita/sedimentasi-ranu-pani-kerja-bakti/';
    await waitForHref(page, href);
    for (const h of await resultHrefs(page)) expect(h).toMatch(/^https:\/\/kim-lumajang\.github\.io\/kim-ranupani\//);
    const result = page.locator('.hasil', { has: page.locator(`.pf-result-link[href="${href}"]`) });
    expect(await result.locator('.hasil-kim').textContent()).toBe('KIM Ranupani');
    expect(await page.locator('details[data-filter-name="KIM"] input[value="KIM Ranupani"]').count()).toBe(1);
  });
});

describe('words the site does not have', () => {
  it('says which word was not found, suggests the nearest, and runs it from the keyboard; 0 axe violations', async () => {
    const { page, errors } = await open(at('kim-ngudi-rahayu', 'cari/?q=kripik%20talas'));
    const correction = page.locator('[data-cari-koreksi]');
    await expect.poll(() => correction.textContent()).toContain(`${t.cari.koreksi.tidakAda} kripik.`);
    expect(await correction.getAttribute('aria-live')).toBe('polite');
    const suggestion = page.locator('[data-cari-saran]');
    expect(await suggestion.textContent()).toBe('keripik talas');
    expect(await correction.textContent()).toContain(`${t.cari.koreksi.mungkin} keripik talas?`);
    // The suggestion is a real link: a keyboard reaches it after the field and its button.
    await page.locator('#cari-halaman').focus();
    for (let i = 0; i < 10 && !(await suggestion.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await suggestion.evaluate((el) => el === document.activeElement)).toBe(true);

    const axe = fs.readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const ctx = await browser.newContext({ bypassCSP: true });
    contexts.push(ctx);
    const tab = await ctx.newPage();
    await tab.goto(at('kim-ngudi-rahayu', 'cari/?q=kripik%20talas'));
    await tab.locator('[data-cari-saran]').waitFor();
    await tab.locator('.hasil').first().waitFor();
    await tab.addScriptTag({ content: axe });
    const violations = await tab.evaluate(async () =>
      (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map((v) => v.id),
    );
    expect(violations).toEqual([]);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#cari-halaman').inputValue()).toBe('keripik talas');
    await waitForHref(page, '/produk/keripik-talas-balado/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('keripik talas');
    await expect.poll(() => correction.textContent()).toBe('');
    expect(errors).toEqual([]);
  });

  it('reduces a form the site never uses to its root: "menanam" finds "ditanam"', async () => {
    const { page } = await open(at('kim-ngudi-rahayu', 'cari/?q=menanam'));
    await waitForHref(page, '/potensi/talas-bogor-cibatok/');
    expect(await page.locator('[data-cari-koreksi]').textContent()).toBe('');
  });
});

describe('the search page’s loading', () => {
  it('has no render-blocking search stylesheet, and the footer does not move when results arrive', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number; __moved: string[] };
      w.__cls = 0;
      w.__moved = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
          if (e.hadRecentInput) continue;
          w.__cls += e.value;
          for (const s of e.sources) if (s.node instanceof Element && s.node.closest('footer')) w.__moved.push(s.node.nodeName);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const res = await page.goto(at('kim-ngudi-rahayu', 'cari/?q=posyandu'));
    const html = (await res?.text()) ?? '';
    expect(html).not.toMatch(/<link rel="stylesheet" href="[^"]*pagefind-component-ui\.css"/);
    await page.locator('.hasil').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The components' stylesheet did arrive, added by the script.
    expect(await page.locator('link[rel="stylesheet"][href$="pagefind-component-ui.css"]').count()).toBe(1);
    // The footer never moves; what remains is result cards settling from their placeholders.
    expect(await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.05);
  });
});
