/**
 * Writes one Pagefind index: the given pages, stemmed as Indonesian and joined to the other
 * forms of their words (kata.ts), into `<dir>/pagefind/`, with the site's vocabulary file.
 * The new bundle is written beside the old one and swapped in, so a failed run never
 * leaves a site with half an index.
 *
 * Pagefind's Node API drives one `pagefind --service` helper, which indexes on a single
 * thread. To use more than one core, each indexer slot loads its own copy of the API module
 * (a distinct module URL), and so gets its own helper; all run under this one Node process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { swapInto } from '../package.ts';
import { projectRoot } from '../paths.ts';
import { KATA_FILE, wordsFile, vocabulary, withOtherForms } from './kata.ts';
import { pruneBundle } from './ui-assets.ts';

type PagefindApi = typeof import('pagefind');

export interface IndexRecord {
  /** The result URL: `<base><path>` on the site itself, absolute for forum members' pages. */
  url: string;
  html: string;
}

/**
 * Every site is Indonesian: forcing the language gives one index with Indonesian stemming
 * ("membangun" and "pembangunan" meet), whatever a page's `lang` says.
 */
export const INDEX_CONFIG = { forceLanguage: 'id' } as const;

export const BUNDLE_DIR = 'pagefind';

const API_URL = pathToFileURL(path.join(projectRoot, 'node_modules', 'pagefind', 'lib', 'index.js')).href;
const slots = new Map<number, Promise<PagefindApi>>();

/** Pagefind's API for indexer slot `slot`, each slot with its own helper process. */
export function indexer(slot = 0): Promise<PagefindApi> {
  let api = slots.get(slot);
  if (!api) {
    api = import(`${API_URL}?slot=${slot}`) as Promise<PagefindApi>;
    slots.set(slot, api);
  }
  return api;
}

/** Indexes `records` and writes the bundle to `<siteDir>/pagefind/`; returns the page count. */
export async function writeSiteIndex(records: IndexRecord[], siteDir: string, slot = 0): Promise<number> {
  const pagefind = await indexer(slot);
  const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
  if (!index) throw new Error(`Pagefind tidak bisa membuat indeks: ${errors.join('; ')}`);
  const stage = path.join(siteDir, `.${BUNDLE_DIR}-${process.pid}`);
  try {
    // The site's vocabulary joins each page to the other forms of its words (kata.ts).
    const k = vocabulary(records.map((r) => r.html));
    const added = await Promise.all(records.map((r) => index.addHTMLFile({ url: r.url, content: withOtherForms(r.html, k) })));
    const failed = added.flatMap((r, i) => r.errors.map((e) => `${records[i]!.url}: ${e}`));
    if (failed.length) throw new Error(`Pagefind menolak halaman: ${failed.slice(0, 3).join('; ')}`);
    fs.rmSync(stage, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: stage });
    if (written.errors.length) throw new Error(`Pagefind gagal menulis indeks: ${written.errors.join('; ')}`);
    pruneBundle(stage);
    fs.writeFileSync(path.join(stage, KATA_FILE), JSON.stringify(wordsFile(k)));
    swapInto(stage, path.join(siteDir, BUNDLE_DIR));
    return records.length;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
    await index.deleteIndex();
  }
}

/** Stops every indexer helper; a slot starts again by itself if used later. */
export async function closeIndexers(): Promise<void> {
  await Promise.all([...slots.values()].map(async (api) => (await api).close()));
}
