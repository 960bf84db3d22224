/**
 * A KIM site's `/admin/` page: index.html (noindex, loads the shared Decap bundle),
 * config.yml (generated from the schemas), simpul-cms.js (Indonesian locale, previews,
 * save hook; src/cms/admin.ts bundled with the theme's formatters and strings),
 * pratinjau.css (the theme's CSS for previews) and simpul-cms.css (Decap's admin laid out
 * for phones).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { stringify } from 'yaml';
import type { SiteConfig } from '../../../src/schemas/index.ts';
import { contentTypes } from '../../../src/schemas/index.ts';
import { adminCsp, metaCsp } from '../../../src/lib/security/csp.ts';
import { projectRoot } from '../paths.ts';
import { bundlePlacement } from './bundle.ts';
import { collectionName, decapConfig, type CmsMode, type DecapConfig } from './config.ts';
import { localeId } from './locale-id.ts';
import { previewCss } from './preview-css.ts';

export const ADMIN_SCRIPT = path.join(projectRoot, 'src/cms/admin.ts');
/** Refuses uploads the build would not publish (SVG above all), before Decap stores them. */
export const UPLOAD_GUARD_SCRIPT = path.join(projectRoot, 'src/cms/unggah.js');
export const PREVIEW_CSS_FILE = 'pratinjau.css';
/** Our phone layout for Decap's own UI: a same-origin file, so a strict CSP needs no inline style. */
export const ADMIN_CSS = path.join(projectRoot, 'src/cms/admin.css');
export const ADMIN_CSS_FILE = 'simpul-cms.css';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The origins the admin page talks to besides its own: the Git host's API (and a self-hosted
 * GitLab's token endpoint), or decap-server for the local backend. The OAuth proxy of the
 * github backend is opened as a window, which `connect-src` does not govern.
 */
export function backendOrigins(backend: Record<string, unknown>): string[] {
  const origin = (u: unknown) => (typeof u === 'string' && u ? new URL(u).origin : undefined);
  const out: (string | undefined)[] = [];
  if (backend.name === 'proxy') out.push(origin(backend.proxy_url));
  if (backend.name === 'github') out.push(origin(backend.api_root) ?? 'https://api.github.com');
  if (backend.name === 'gitlab') out.push(origin(backend.api_root) ?? 'https://gitlab.com', origin(backend.base_url) ?? 'https://gitlab.com');
  return [...new Set(out.filter((o): o is string => !!o))];
}

/** The admin page's policy for one site's Decap config (see `adminCsp`). */
export function adminPolicy(config: DecapConfig): string {
  return adminCsp({ backendOrigins: backendOrigins(config.backend) });
}

export function adminHtml(opts: { siteName: string; bundleUrl: string; csp: string }): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(metaCsp(opts.csp))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Kelola situs · ${escapeHtml(opts.siteName)}</title>
<link rel="cms-config-url" type="text/yaml" href="config.yml">
<link rel="stylesheet" href="${ADMIN_CSS_FILE}">
<script src="simpul-cms.js"></script>
</head>
<body data-pagefind-ignore="all">
<noscript>Halaman kelola membutuhkan JavaScript. Aktifkan JavaScript di peramban Anda, lalu muat ulang halaman ini.</noscript>
<script src="${escapeHtml(opts.bundleUrl)}"></script>
</body>
</html>
`;
}

let bundled: Promise<string> | undefined;

/**
 * The schema modules only declare (their zod schemas are built inside functions, and
 * common.ts's `z.config` matters only to validation), so the preview, which reads their
 * label tables, leaves zod out: ~25 KB instead of ~470 KB on a member's phone.
 */
const schemasDeclareOnly: Plugin = {
  name: 'schemas-declare-only',
  setup(build) {
    const dir = path.join(projectRoot, 'src/schemas') + path.sep;
    build.onResolve({ filter: /^\.\.?\/.*\.ts$/ }, (args) => {
      const file = path.join(args.resolveDir, args.path);
      return file.startsWith(dir) ? { path: file, sideEffects: false } : undefined;
    });
    // The registry's rows name each type's schema function; the admin page reads only their
    // labels (search filter names in the UI strings), so those functions are left out too.
    build.onLoad({ filter: /src[\\/]schemas[\\/]index\.ts$/ }, (args) => {
      const text = fs
        .readFileSync(args.path, 'utf8')
        .replace(/^import \{ (\w+Schema) \} from '\.\/[\w-]+\.ts';$/gm, "const $1 = () => { throw new Error('validation is not part of the admin page'); };");
      return { contents: text, loader: 'ts' };
    });
  },
};

/**
 * src/cms/admin.ts and what it imports from src/lib, src/i18n and src/schemas as one
 * browser script. The same for every site, so it is bundled once per process.
 */
export function adminBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [ADMIN_SCRIPT],
    bundle: true,
    plugins: [schemasDeclareOnly],
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    // Readable, so an operator can see what runs on the admin page; small enough unminified.
    legalComments: 'none',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundled;
}

export async function adminScript(site: SiteConfig): Promise<string> {
  const data = {
    siteName: site.nama,
    locale: localeId,
    previewCss: PREVIEW_CSS_FILE,
    collections: Object.fromEntries(contentTypes.map((t) => [t.name, collectionName(site.slug, t.name)])),
  };
  // JSON inside a script: `</script>` cannot appear because `<` is escaped.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `window.SIMPUL_CMS = ${json};\n${fs.readFileSync(UPLOAD_GUARD_SCRIPT, 'utf8')}\n${await adminBundle()}`;
}

export function configYaml(config: DecapConfig): string {
  return `# Dibuat otomatis oleh Simpul dari src/schemas/. Jangan diubah dengan tangan.\n${stringify(config, { lineWidth: 0 })}`;
}

export interface AdminFiles {
  'index.html': string;
  'config.yml': string;
  'simpul-cms.js': string;
  'pratinjau.css': string;
  'simpul-cms.css': string;
}

/** Every file of one site's admin folder, as text. */
export async function renderAdmin(opts: { site: SiteConfig; root: string; bundleUrl: string; mode?: CmsMode }): Promise<AdminFiles> {
  const config = decapConfig(opts.site, opts.mode);
  return {
    'index.html': adminHtml({ siteName: opts.site.nama, bundleUrl: opts.bundleUrl, csp: adminPolicy(config) }),
    'config.yml': configYaml(config),
    'simpul-cms.js': await adminScript(opts.site),
    'pratinjau.css': previewCss(path.join(opts.root, 'content', opts.site.slug)),
    'simpul-cms.css': fs.readFileSync(ADMIN_CSS, 'utf8'),
  };
}

/**
 * Writes `<siteDir>/admin/` for a packaged site. The Decap bundle itself is written by
 * `writeSharedBundles` (one copy per origin); this page only points at it.
 */
export async function writeAdmin(opts: { siteDir: string; distDir: string; site: SiteConfig; root: string }): Promise<void> {
  const placement = bundlePlacement(opts.site);
  const files = await renderAdmin({ site: opts.site, root: opts.root, bundleUrl: placement.scriptUrl });
  const dir = path.join(opts.siteDir, 'admin');
  await fs.promises.mkdir(dir, { recursive: true });
  await Promise.all(Object.entries(files).map(([name, text]) => fs.promises.writeFile(path.join(dir, name), text)));
}
