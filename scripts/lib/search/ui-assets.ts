/**
 * Which of Pagefind's output files a site ships. Pagefind writes three UIs, highlighting
 * and a fallback WebAssembly module for unknown languages; a site only needs the core,
 * the Indonesian index and the Component UI (plus our two small scripts for `cari/`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths.ts';

/** Our glue between the search page's form and the Component UI. */
export const GLUE_FILE = 'simpul-cari.js';
/** The search page's word logic (root forms, nearest known word), loaded before the glue. */
export const WORDS_FILE = 'simpul-kata.js';
const OWN_FILES = [GLUE_FILE, WORDS_FILE];
const SOURCE_DIR = path.join(projectRoot, 'src', 'components', 'search');

const KEEP_FILES = new Set([
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-entry.json',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'wasm.id.pagefind',
]);
/** Index data: per-language metadata, word index chunks, filters and page fragments. */
const KEEP_DIRS = new Set(['index', 'filter', 'fragment']);

/** Whether a file of Pagefind's output (path relative to the bundle) is shipped. */
export function isShipped(rel: string): boolean {
  const parts = rel.split(/[\\/]/);
  if (parts.length > 1) return KEEP_DIRS.has(parts[0]!);
  return KEEP_FILES.has(rel) || /^pagefind\.[\w-]+\.pf_meta$/.test(rel);
}

/**
 * Removes what a site does not ship from a freshly written bundle, and adds the glue.
 * (Letting Pagefind write everything and pruning costs the same CPU as taking the files in
 * memory with `getFiles`, but keeps the work in Pagefind's helpers, which run in parallel,
 * rather than on Node's one thread.)
 */
export function pruneBundle(bundleDir: string): void {
  for (const entry of fs.readdirSync(bundleDir, { withFileTypes: true })) {
    const keep = entry.isDirectory() ? KEEP_DIRS.has(entry.name) : isShipped(entry.name);
    if (!keep) fs.rmSync(path.join(bundleDir, entry.name), { recursive: true, force: true });
  }
  for (const f of OWN_FILES) fs.copyFileSync(path.join(SOURCE_DIR, f), path.join(bundleDir, f));
}
