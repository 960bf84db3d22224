/**
 * Wrangler configs for the GitHub login Worker (oauth/worker.ts), from sites/*\/site.yaml:
 * one Worker per `cms.base_url` among the GitHub-backend KIMs, allowing exactly those KIMs'
 * origins. Secrets are never written: the operator sets them with `wrangler secret put`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema } from '../../../src/schemas/index.ts';
import { discoverFleet } from '../fleet.ts';
import { projectRoot, type DataRoot } from '../paths.ts';

export const WORKER_FILE = path.join(projectRoot, 'oauth/worker.ts');
/** A date the Worker was tested against; wrangler needs one. */
export const COMPATIBILITY_DATE = '2026-07-30';

export interface OauthWorker {
  /** The proxy's origin: what `cms.base_url` points at. */
  baseUrl: string;
  /** Worker name on Cloudflare. */
  name: string;
  /** Origins of the KIM sites that may receive a token, sorted. */
  origins: string[];
  slugs: string[];
}

export interface OauthPlan {
  workers: OauthWorker[];
  /** Sites skipped, with the reason in Indonesian. */
  skipped: { slug: string; reason: string }[];
}

/**
 * The Worker's name. On workers.dev it is the first label of the address
 * (`<name>.<account>.workers.dev`); on an own domain, `simpul-oauth-<host>`, cut to
 * Cloudflare's 63 characters.
 */
export function workerName(baseUrl: string): string {
  const host = new URL(baseUrl).hostname;
  const name = host.endsWith('.workers.dev') ? host.split('.')[0]! : `simpul-oauth-${host}`;
  return name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** Every GitHub-backend KIM, grouped by the proxy it logs in through. Archived KIMs are left out. */
export function planOauth(root: DataRoot): OauthPlan {
  const groups = new Map<string, { origins: Set<string>; slugs: string[] }>();
  const skipped: OauthPlan['skipped'] = [];
  for (const f of discoverFleet(root)) {
    if (f.archived) continue;
    const file = path.join(root.sitesDir, f.slug, 'site.yaml');
    let raw: unknown;
    try {
      raw = parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      skipped.push({ slug: f.slug, reason: `site.yaml tidak terbaca: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    const res = siteSchema().safeParse(raw);
    if (!res.success) {
      skipped.push({ slug: f.slug, reason: `site.yaml belum valid (jalankan npm run check)` });
      continue;
    }
    const site = res.data;
    if (site.cms.backend !== 'github' || !site.cms.base_url) continue;
    const base = new URL(site.cms.base_url).origin;
    const g = groups.get(base) ?? { origins: new Set<string>(), slugs: [] };
    g.origins.add(new URL(site.url).origin);
    g.slugs.push(site.slug);
    groups.set(base, g);
  }
  const workers = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([baseUrl, g]) => ({ baseUrl, name: workerName(baseUrl), origins: [...g.origins].sort(), slugs: g.slugs.sort() }));
  return { workers, skipped };
}

/** The wrangler.jsonc of one Worker, with `main` relative to where the file is written. */
export function wranglerConfig(w: OauthWorker, configDir: string): string {
  const host = new URL(w.baseUrl).hostname;
  const onWorkersDev = host.endsWith('.workers.dev');
  const config = {
    $schema: path.relative(configDir, path.join(projectRoot, 'node_modules/wrangler/config-schema.json')),
    name: w.name,
    main: path.relative(configDir, WORKER_FILE),
    compatibility_date: COMPATIBILITY_DATE,
    workers_dev: onWorkersDev,
    ...(onWorkersDev ? {} : { routes: [{ pattern: host, custom_domain: true }] }),
    vars: { ALLOWED_ORIGINS: w.origins.join(',') },
  };
  return `// Dibuat otomatis oleh \`npm run oauth:config\` dari sites/*/site.yaml (${w.slugs.join(', ')}).
// Jangan diubah dengan tangan. Rahasia (GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET) tidak pernah
// ditulis di sini: isi dengan \`wrangler secret put\`.
${JSON.stringify(config, null, 2)}
`;
}

/** The commands an operator runs for one Worker, from the project folder. */
export function wranglerCommands(configFile: string): string[] {
  const c = `--config ${configFile}`;
  return [`npx wrangler secret put GITHUB_CLIENT_ID ${c}`, `npx wrangler secret put GITHUB_CLIENT_SECRET ${c}`, `npx wrangler deploy ${c}`];
}
