/**
 * Page weight on a phone, and no client JavaScript on content pages.
 *
 * Weight is what real Chromium transfers (Chrome DevTools Protocol `encodedDataLength`:
 * headers and gzipped bodies) for a 360 px wide phone screen with a cold cache, after
 * showing the whole page so every lazy image is counted too. The static server gzips text like
 * GitHub Pages, Cloudflare Pages and nginx do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, phoneContext } from '../helpers/browser.ts';
import { attr, findAll, parseHtml } from '../helpers/html.ts';
import { fleetSites, htmlPages } from '../helpers/fleet.ts';
import { typedPages } from '../helpers/page-types.ts';
import { browseFleet } from '../helpers/browse-fleet.ts';

const root = inject('demoRoot');
const dist = inject('demoDist');
const sites = fleetSites(root);
const KB = 1024;
const BUDGET = { beranda: 150 * KB, berita: 80 * KB };

const env = browseFleet(root, dist);

interface Transfer {
  url: string;
  type: string;
  bytes: number;
}

/** Loads a page on a phone with a cold cache, scrolls to its end, and lists what went over the wire. */
async function measure(url: string): Promise<Transfer[]> {
  const ctx = await phoneContext(env.browser);
  try {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const started = new Map<string, { url: string; type: string }>();
    const pending = new Set<string>();
    const done: Transfer[] = [];
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (e) => {
      started.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other' });
      pending.add(e.requestId);
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = started.get(e.requestId);
      if (r) done.push({ ...r, bytes: e.encodedDataLength });
      pending.delete(e.requestId);
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFailed', (e) => {
      pending.delete(e.requestId);
      lastActivity = Date.now();
    });
    const res = await page.goto(url, { waitUntil: 'load' });
    expect(res?.status(), url).toBe(200);
    // A screen as tall as the page, still 360 px wide: every lazy image comes into view and
    // loads in the size the phone picks (scrolling step by step costs seconds per page).
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: PHONE.viewport.width, height });
    // Quiet network for 300 ms: everything the page wants has arrived.
    const end = Date.now() + 15_000;
    while ((pending.size > 0 || Date.now() - lastActivity < 300) && Date.now() < end) await page.waitForTimeout(50);
    return done;
  } finally {
    await ctx.close();
  }
}

const total = (ts: Transfer[]) => ts.reduce((n, t) => n + t.bytes, 0);
const listing = (ts: Transfer[]) =>
  ts
    .sort((a, b) => b.bytes - a.bytes)
    .map((t) => `  ${(t.bytes / KB).toFixed(1).padStart(7)} KB  ${t.type.padEnd(10)} ${t.url}`)
    .join('\n');

describe('page weight at 360 px, images included', () => {
  for (const site of sites) {
    const berita = typedPages(path.join(dist, site.slug)).find((p) => p.type === 'berita detail');

    it(`${site.slug}: beranda ≤ 150 KB`, async () => {
      const ts = await measure(env.fleet.url(site.slug));
      expect(
        ts.some((t) => t.type === 'Image' && !t.url.endsWith('.png')),
        'beranda tanpa foto?',
      ).toBe(true);
      expect(total(ts), `beranda ${(total(ts) / KB).toFixed(1)} KB:\n${listing(ts)}`).toBeLessThanOrEqual(BUDGET.beranda);
      expect(ts.filter((t) => t.type === 'Script').map((t) => t.url)).toEqual([]);
    });

    it(`${site.slug}: a berita page ≤ 80 KB`, async () => {
      expect(berita, 'situs tanpa halaman berita').toBeDefined();
      const ts = await measure(env.fleet.url(site.slug, berita!.path));
      expect(total(ts), `${berita!.path} ${(total(ts) / KB).toFixed(1)} KB:\n${listing(ts)}`).toBeLessThanOrEqual(BUDGET.berita);
      expect(ts.filter((t) => t.type === 'Script').map((t) => t.url)).toEqual([]);
    });
  }
});

/** Everything in a page that would run script: script elements, on… handlers, javascript: URLs. */
function scriptsIn(html: string): string[] {
  const found: string[] = [];
  for (const { el } of findAll(parseHtml(html), () => true)) {
    if (el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json')
      found.push(`<script${attr(el, 'src') ? ` src=${attr(el, 'src')}` : ` type=${attr(el, 'type') ?? '(kosong)'}`}>`);
    for (const key of Object.keys(el.properties)) {
      if (/^on[a-z]+$/i.test(key)) found.push(`${el.tagName} ${key}=…`);
      const v = el.properties[key];
      if (typeof v === 'string' && /^\s*javascript:/i.test(v)) found.push(`${el.tagName} ${key}="${v.slice(0, 40)}"`);
    }
  }
  return found;
}

describe('no client JavaScript on content pages', () => {
  for (const site of sites) {
    it(`${site.slug}: only cari/ loads a script, and only from the site itself`, () => {
      const siteDir = path.join(dist, site.slug);
      const offenders: string[] = [];
      let searchScripts: string[] = [];
      for (const page of htmlPages(siteDir)) {
        const found = scriptsIn(fs.readFileSync(path.join(siteDir, page), 'utf8'));
        if (page === 'cari/index.html') searchScripts = found;
        else if (found.length) offenders.push(`${page}: ${found.join(', ')}`);
      }
      expect(offenders, offenders.join('\n')).toEqual([]);
      // The search page runs Pagefind from the site's own pagefind/ folder, nothing else.
      const external = searchScripts.filter((s) => s.startsWith('<script src=') && !s.startsWith(`<script src=${site.base}pagefind/`));
      expect(searchScripts.filter((s) => s.startsWith('<script src=')).length).toBeGreaterThan(0);
      expect(external).toEqual([]);
    });
  }
});
