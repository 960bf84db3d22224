/**
 * A KIM site's `/admin/` page: index.html (noindex, loads the shared Decap bundle),
 * config.yml (generated from the schemas), simpul-cms.js (Indonesian locale, previews,
 * save hook), pratinjau.css (the theme's CSS for previews) and simpul-cms.css (Decap's
 * admin laid out for phones).
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { SiteConfig } from '../../../src/schemas/index.ts';
import { contentTypes } from '../../../src/schemas/index.ts';
import { projectRoot } from '../paths.ts';
import { bundlePlacement } from './bundle.ts';
import { collectionName, decapConfig, type CmsMode, type DecapConfig } from './config.ts';
import { localeId } from './locale-id.ts';
import { previewCss } from './preview-css.ts';

export const ADMIN_SCRIPT = path.join(projectRoot, 'src/cms/admin.js');
export const PREVIEW_CSS_FILE = 'pratinjau.css';
/** Our phone layout for Decap's own UI: a same-origin file, so a strict CSP needs no inline style. */
export const ADMIN_CSS = path.join(projectRoot, 'src/cms/admin.css');
export const ADMIN_CSS_FILE = 'simpul-cms.css';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function adminHtml(opts: { siteName: string; bundleUrl: string }): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
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

/** Option labels of each type's `kategori` field, for the previews. */
function kategoriLabels(config: DecapConfig, slug: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const t of contentTypes) {
    const col = config.collections.find((c) => c.name === collectionName(slug, t.name));
    const kategori = col?.fields?.find((f) => f.name === 'kategori');
    if (kategori?.options) out[t.name] = Object.fromEntries(kategori.options.map((o) => [o.value, o.label]));
  }
  return out;
}

export function adminScript(site: SiteConfig, config: DecapConfig): string {
  const data = {
    siteName: site.nama,
    locale: localeId,
    previewCss: PREVIEW_CSS_FILE,
    collections: Object.fromEntries(contentTypes.map((t) => [t.name, collectionName(site.slug, t.name)])),
    pilihan: kategoriLabels(config, site.slug),
  };
  // JSON inside a script: `</script>` cannot appear because `<` is escaped.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `window.SIMPUL_CMS = ${json};\n${fs.readFileSync(ADMIN_SCRIPT, 'utf8')}`;
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
export function renderAdmin(opts: { site: SiteConfig; root: string; bundleUrl: string; mode?: CmsMode }): AdminFiles {
  const config = decapConfig(opts.site, opts.mode);
  return {
    'index.html': adminHtml({ siteName: opts.site.nama, bundleUrl: opts.bundleUrl }),
    'config.yml': configYaml(config),
    'simpul-cms.js': adminScript(opts.site, config),
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
  const files = renderAdmin({ site: opts.site, root: opts.root, bundleUrl: placement.scriptUrl });
  const dir = path.join(opts.siteDir, 'admin');
  await fs.promises.mkdir(dir, { recursive: true });
  await Promise.all(Object.entries(files).map(([name, text]) => fs.promises.writeFile(path.join(dir, name), text)));
}
