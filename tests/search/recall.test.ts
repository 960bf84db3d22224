/**
 * Recall at 5 of the visitor queries in queries.ts, in real headless Chromium on a phone,
 * against the built demo fleet: each query is opened as `cari/?q=…` (what every search form
 * sends); for a misspelling the visitor taps the "Mungkin maksud Anda" suggestion, or, where
 * the page offers none, keeps the results of what was typed. Prints the score and every miss.
 *
 * `SIMPUL_RECALL_DIST=/path/to/dist npm test -- tests/search/recall.test.ts` scores another
 * build of the same fleet (the baseline figure in docs/benchmarks.md); only the fleet built
 * for this run is held to the target.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext } from '../helpers/browser.ts';
import { serveFleet, type ServedFleet } from '../helpers/static-server.ts';
import { QUERIES, type QueryKind, type RecallQuery } from './queries.ts';

/** Share of queries whose page must be in the top five. */
const TARGET = 0.95;
const TOP = 5;
const other = process.env.SIMPUL_RECALL_DIST;

let fleet: ServedFleet;
let browser: Browser;

beforeAll(async () => {
  fleet = await serveFleet(inject('demoRoot'), other ?? inject('demoDist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fleet?.close();
});

/** The href a result link has for the expected page. */
function expectedHref(q: RecallQuery): string {
  if (/^https?:/.test(q.expect)) return q.expect;
  return fleet.sites.get(q.site)!.base + q.expect;
}

/** Waits for a search's summary, then for its first result links to render; returns the top hrefs. */
async function topHrefs(page: Page): Promise<string[]> {
  const summary = page.locator('pagefind-summary');
  await expect.poll(async () => /hasil untuk|Tidak ada hasil/.test((await summary.textContent()) ?? ''), { timeout: 20_000 }).toBe(true);
  const text = (await summary.textContent()) ?? '';
  const n = Math.min(TOP, Number(/(\d+) hasil/.exec(text)?.[1] ?? '0'));
  const links = page.locator('.hasil .pf-result-link');
  // Results load their details as they scroll into view: bring the first five there.
  const load = async () => {
    await page.evaluate((top) => document.querySelectorAll('pagefind-results li')[top - 1]?.scrollIntoView(), n);
    return links.count();
  };
  await expect.poll(load, { timeout: 20_000 }).toBeGreaterThanOrEqual(n);
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).slice(0, TOP);
}

interface Outcome {
  q: RecallQuery;
  found: boolean;
  got: string[];
  note?: string;
}

async function run(page: Page, q: RecallQuery): Promise<Outcome> {
  await page.goto(fleet.url(q.site, `cari/?q=${encodeURIComponent(q.q)}`));
  let got = await topHrefs(page);
  if (q.saran) {
    const link = page.locator('[data-cari-saran]');
    // The old page offers nothing: the misspelling counts as found only via the suggestion.
    if (!(await link.isVisible().catch(() => false))) {
      await link.waitFor({ timeout: other ? 2_000 : 10_000 }).catch(() => undefined);
    }
    // No suggestion: the results of the misspelling as typed are what the visitor has.
    if (!(await link.count())) return { q, found: got.includes(expectedHref(q)), got, note: 'tanpa saran' };
    const shown = (await link.textContent())?.trim();
    if (shown !== q.saran) return { q, found: false, got, note: `saran "${shown}"` };
    await link.tap();
    await expect.poll(() => page.locator('#cari-halaman').inputValue()).toBe(q.saran);
    await expect.poll(async () => (await page.locator('pagefind-summary').textContent())?.includes(q.saran!) ?? false, { timeout: 20_000 }).toBe(true);
    got = await topHrefs(page);
  }
  return { q, found: got.includes(expectedHref(q)), got };
}

describe('recall at 5 of realistic queries over the demo fleet', () => {
  it('covers every content type and every affix class the issue names', () => {
    const kinds = new Set(QUERIES.flatMap((q) => q.kinds));
    for (const k of ['jenis', 'meN', 'peN', 'di', 'ter', 'ber', 'ke-an', 'kan', 'i', 'frasa', 'produk', 'salah-eja', 'forum'] satisfies QueryKind[]) {
      expect(kinds.has(k), k).toBe(true);
    }
    const types = new Set(QUERIES.map((q) => q.expect.replace(/^https?:\/\/[^/]+\/[^/]+\//, '').split('/')[0]));
    for (const t of ['berita', 'potensi', 'produk', 'agenda', 'galeri', 'informasi-publik', 'aspirasi', 'sejarah']) expect(types.has(t), t).toBe(true);
    expect(QUERIES.filter((q) => q.saran)).toHaveLength(10);
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
  });

  it(`finds the expected page in the top ${TOP} for at least ${TARGET * 100}% of queries`, async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const outcomes: Outcome[] = [];
    for (const q of QUERIES) {
      let o: Outcome;
      try {
        o = await run(page, q);
      } catch (e) {
        o = { q, found: false, got: [], note: (e as Error).message.split('\n')[0] };
      }
      outcomes.push(o);
    }
    await context.close();
    const found = outcomes.filter((o) => o.found).length;
    const recall = found / outcomes.length;
    const misses = outcomes
      .filter((o) => !o.found)
      .map((o) => `  ✗ ${o.q.site} "${o.q.q}" → ${o.q.expect}${o.note ? ` (${o.note})` : ''}; dapat: ${o.got.join(', ') || '—'}`);
    console.log(`recall@${TOP}: ${found}/${outcomes.length} = ${(recall * 100).toFixed(1)}%${other ? ` (${other})` : ''}\n${misses.join('\n')}`);
    if (other) return;
    expect(recall).toBeGreaterThanOrEqual(TARGET);
    // Every misspelling gets its suggestion, whether or not the typed word found the page.
    expect(outcomes.filter((o) => o.q.saran && o.note).map((o) => `${o.q.q}: ${o.note}`)).toEqual([]);
  }, 1_800_000);
});
