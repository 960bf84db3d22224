/**
 * Runs searches against a built Pagefind bundle inside Node, with the bundle's own
 * `pagefind.js` and WebAssembly: the same code a visitor's browser runs, minus the UI.
 * Requests for `http://pagefind.test/<n>/…` are answered from the bundle folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Hit {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface NodeSearch {
  search(term: string, filters?: Record<string, string | string[]>): Promise<Hit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<Hit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const HOST = 'http://pagefind.test/';
const bundles = new Map<string, string>();
let installed = false;

function installFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (`${url.origin}/` !== HOST) return realFetch(input, init);
    const [, key, ...rest] = url.pathname.split('/');
    const dir = bundles.get(key!);
    const file = dir && path.join(dir, ...rest);
    if (!file || !fs.existsSync(file)) return new Response('not found', { status: 404 });
    const type = file.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream';
    return new Response(fs.readFileSync(file), { status: 200, headers: { 'content-type': type } });
  }) as typeof fetch;
}

/** Opens the bundle in `<siteDir>/pagefind/`. */
export async function openBundle(siteDir: string): Promise<NodeSearch> {
  installFetch();
  const bundle = path.join(siteDir, 'pagefind');
  const key = String(bundles.size);
  bundles.set(key, bundle);
  // A query string gives each bundle its own module instance (pagefind.js keeps global state).
  const mod = (await import(`${pathToFileURL(path.join(bundle, 'pagefind.js')).href}?b=${key}`)) as PagefindModule;
  await mod.options({ basePath: `${HOST}${key}/`, baseUrl: '/', noWorker: true });
  await mod.init();
  return {
    async search(term, filters) {
      const res = await mod.search(term, filters ? { filters } : undefined);
      return Promise.all(res.results.map((r) => r.data()));
    },
    filters: () => mod.filters(),
  };
}
