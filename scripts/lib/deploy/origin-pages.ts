/**
 * The files at the root of a shared origin that no single site owns: a page listing its
 * KIMs, robots.txt naming every site's sitemap, a sitemap index, and the one 404 page a
 * host like GitHub Pages serves for the whole origin. Paths are absolute (`/kim-a/`) because
 * the 404 page is served at any address.
 */
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/seo.ts';
import type { Unit } from './units.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The file the 404 page loads; external so the page's `script-src 'self'` allows it. */
export const NOT_FOUND_SCRIPT = '_simpul/404.js';

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
a{color:#0b5394}ul{padding-left:1.2rem}li{margin:.4rem 0}.saran{border:2px solid #0b5394;padding:.75rem;border-radius:.5rem}`;

function page(title: string, body: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(CONTENT_SECURITY_POLICY)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
${extraHead}</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const live = (u: Unit) => u.sites.filter((s) => !s.archived);

function kimList(u: Unit): string {
  return `<ul>\n${live(u)
    .map((s) => `<li><a href="${esc(s.base)}">${esc(s.nama)}</a></li>`)
    .join('\n')}\n</ul>`;
}

export function rootIndexHtml(u: Unit): string {
  const host = new URL(u.rootUrl).host;
  return page(
    `Situs KIM di ${host}`,
    `<h1>Situs KIM di ${esc(host)}</h1>\n<p>Kelompok Informasi Masyarakat yang situsnya ada di alamat ini:</p>\n${kimList(u)}`,
  );
}

export function notFoundHtml(u: Unit): string {
  const rootPath = new URL(u.rootUrl).pathname;
  return page(
    'Halaman tidak ditemukan',
    `<h1>Halaman tidak ditemukan</h1>
<p>Alamat yang Anda buka tidak ada. Mungkin halamannya sudah dipindah atau alamatnya salah ketik.</p>
<p id="saran" class="saran" hidden></p>
<h2>Situs KIM di alamat ini</h2>
${kimList(u)}`,
    `<script src="${esc(rootPath + NOT_FOUND_SCRIPT)}" defer></script>\n`,
  );
}

/** Finds the KIM whose folder the visitor was in and offers its beranda first. */
export function notFoundScript(u: Unit): string {
  const sites = Object.fromEntries(live(u).map((s) => [s.base, s.nama]));
  return `// Halaman 404 origin: tawarkan beranda KIM yang foldernya sedang dibuka.
(function () {
  var sites = ${JSON.stringify(sites)};
  var path = location.pathname;
  for (var base in sites) {
    if (path.indexOf(base) === 0) {
      var p = document.getElementById('saran');
      var a = document.createElement('a');
      a.href = base;
      a.textContent = 'Kembali ke beranda ' + sites[base];
      p.appendChild(a);
      p.hidden = false;
      return;
    }
  }
})();
`;
}

export function robotsTxt(u: Unit): string {
  const lines = ['User-agent: *', 'Allow: /'];
  for (const s of live(u)) lines.push(`Disallow: ${s.base}admin/`);
  lines.push('', `Sitemap: ${new URL('sitemap-index.xml', u.rootUrl).href}`);
  for (const s of live(u)) lines.push(`Sitemap: ${new URL('sitemap.xml', s.url).href}`);
  return `${lines.join('\n')}\n`;
}

export function sitemapIndexXml(u: Unit): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${live(u)
  .map((s) => `<sitemap><loc>${esc(new URL('sitemap.xml', s.url).href)}</loc></sitemap>`)
  .join('\n')}
</sitemapindex>
`;
}

/** The generated root files of a shared origin, by path inside the unit. */
export function originFiles(u: Unit): Map<string, string> {
  return new Map([
    ['index.html', rootIndexHtml(u)],
    ['404.html', notFoundHtml(u)],
    [NOT_FOUND_SCRIPT, notFoundScript(u)],
    ['robots.txt', robotsTxt(u)],
    ['sitemap-index.xml', sitemapIndexXml(u)],
  ]);
}
