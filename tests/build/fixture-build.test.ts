/**
 * Builds the two-site fixture for real (validation, one Astro build, packaging) and reads
 * the output HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, listFiles, runScript, type CliResult } from '../helpers/data-root.ts';
import { checkSiteLinks } from '../helpers/links.ts';

let dir: string;
let first: CliResult;
const dist = () => path.join(dir, 'dist');
const read = (p: string) => fs.readFileSync(path.join(dist(), p), 'utf8');
const allText = (slug: string) =>
  listFiles(path.join(dist(), slug))
    .filter((f) => /\.(html|xml|txt|ics|json)$/.test(f))
    .map((f) => read(`${slug}/${f}`))
    .join('\n');

/** Member text an attacker writes: HTML in a summary, a srcset with a script URL, embeds. */
const FEED = `---
judul: Umpan Keamanan Berita Warga
tanggal: 2026-10-06
ringkasan: Ringkasan <img src=x> <b>umpan</b>.
kategori: pengumuman
penulis: Tim KIM Alpha
---
Isi umpan.

<picture><source srcset="javascript:alert(4) 1x"><img src="https://contoh.id/a.png" alt="a"></picture>

<iframe src="https://maps.google.com/maps?q=-7.9,112.9&z=15&output=embed" title="Peta"></iframe>

<iframe src="https://evil.example/embed" title="Jahat"></iframe>
`;

beforeAll(() => {
  dir = copyFixture('dua-situs');
  fs.writeFileSync(path.join(dir, 'content/kim-alpha/berita/umpan-keamanan.md'), FEED);
  first = runScript('build', ['--root', dir]);
});

describe('building the fixture root', () => {
  it('builds both sites and prints a summary table', () => {
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Situs\s+Status\s+Halaman\s+Waktu\s+Ukuran/);
    expect(first.stdout).toMatch(/kim-alpha\s+dibangun\s+\d+/);
    expect(first.stdout).toMatch(/kim-beta\s+dibangun\s+\d+/);
    // `_origin/` holds the Decap bundle shared by the subpath sites of one origin.
    expect(fs.readdirSync(dist()).sort()).toEqual(['_origin', 'kim-alpha', 'kim-beta']);
  });

  it('makes every link and asset resolve inside its own site folder', () => {
    expect(checkSiteLinks(path.join(dist(), 'kim-alpha'), 'https://kim-alpha.desa.id/')).toEqual([]);
    expect(
      checkSiteLinks(path.join(dist(), 'kim-beta'), 'https://diskominfo.example.id/kim-beta/', {
        linked: [{ url: 'https://diskominfo.example.id/_simpul/', dir: path.join(dist(), '_origin/diskominfo.example.id/_simpul') }],
      }),
    ).toEqual([]);
    // The subpath site's assets carry its base.
    expect(read('kim-beta/index.html')).not.toMatch(/["' ]\/_astro\//);
  });

  it('keeps each KIM’s content out of the other’s output', () => {
    const alpha = allText('kim-alpha');
    const beta = allText('kim-beta');
    expect(alpha).toContain('alphaunikberita');
    expect(beta).toContain('betaunikberita');
    expect(alpha).not.toMatch(/betaunik|KIM Beta Mandiri/);
    expect(beta).not.toMatch(/alphaunik|KIM Alpha Lestari/);
  });

  it('strips scripts, event handlers and javascript: links from member HTML', () => {
    const page = read('kim-alpha/berita/jalan-desa/index.html');
    expect(page).toContain('Teks aman');
    expect(page).not.toContain("alert('xss')");
    expect(page).not.toMatch(/onerror|onclick|javascript:/i);
    expect(page).toContain('tautan jahat');
  });

  it('checks srcset URLs, allows the embeds its CSP allows, and nothing else', () => {
    const page = read('kim-alpha/berita/umpan-keamanan/index.html');
    expect(page).not.toMatch(/javascript:|evil\.example/);
    expect(page).toMatch(/<iframe src="https:\/\/maps\.google\.com\/maps\?q=-7\.9,112\.9&(amp;|#x26;)z=15&(amp;|#x26;)output=embed"/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
    expect(csp).toMatch(/frame-src [^;]*https:\/\/maps\.google\.com/);
  });

  it('puts member text into RSS descriptions as text, never as markup a reader renders', () => {
    const rss = read('kim-alpha/rss.xml');
    const item = /<item><title>Umpan Keamanan Berita Warga<\/title>[\s\S]*?<\/item>/.exec(rss)![0];
    const description = /<description>([\s\S]*?)<\/description>/.exec(item)![1]!;
    // What a reader gets after XML decoding must hold no tag.
    const decoded = description
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(decoded).toBe('Ringkasan &lt;img src=x&gt; &lt;b&gt;umpan&lt;/b&gt;.');
  });

  it('marks public documents as downloads', () => {
    expect(read('kim-alpha/informasi-publik/apbdes-2026/index.html')).toMatch(
      /<a [^>]*href="[^"]*berkas\/apbdes-2026\.pdf"[^>]*download|<a [^>]*download[^>]*href="[^"]*berkas\/apbdes-2026\.pdf"/,
    );
  });

  it('shows a WITA site’s times in WITA', () => {
    const agenda = read('kim-beta/agenda/rapat/index.html');
    expect(agenda).toMatch(/09[.:]00 WITA/);
    expect(agenda).not.toContain('WIB');
    expect(read('kim-beta/agenda/rapat.ics')).toContain('DTSTART:20300115T010000Z');
  });

  it('uses each site’s own URL for canonical links, sitemap and RSS', () => {
    expect(read('kim-beta/index.html')).toContain('<link rel="canonical" href="https://diskominfo.example.id/kim-beta/"');
    expect(read('kim-beta/sitemap.xml')).toContain('<loc>https://diskominfo.example.id/kim-beta/berita/pasar/</loc>');
    expect(read('kim-alpha/rss.xml')).toContain('https://kim-alpha.desa.id/berita/jalan-desa/');
    expect(read('kim-alpha/robots.txt')).toContain('Sitemap: https://kim-alpha.desa.id/sitemap.xml');
  });

  it('skips an unchanged site on the next build', () => {
    const again = runScript('build', ['--root', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/kim-alpha\s+tidak berubah/);
    expect(again.stdout).toMatch(/kim-beta\s+tidak berubah/);
  });

  it('skips a broken site, keeps its previous output, and still builds the other', () => {
    const before = read('kim-beta/index.html');
    fs.writeFileSync(path.join(dir, 'content/kim-beta/berita/pasar.md'), '---\njudul: Rusak\n---\n');
    fs.appendFileSync(path.join(dir, 'content/kim-alpha/berita/jalan-desa.md'), '\nTambahan kalimat baru alphaperubahan.\n');
    const res = runScript('build', ['--root', dir]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('✗ kim-beta: 4 kesalahan, situs ini dilewati (keluaran lamanya tidak diubah)');
    expect(res.stdout).toContain('content/kim-beta/berita/pasar.md — tanggal: harus berupa tanggal, contoh: 2026-08-17');
    expect(res.stdout).toMatch(/kim-alpha\s+dibangun/);
    expect(res.stdout).toMatch(/kim-beta\s+tidak valid/);
    expect(read('kim-beta/index.html')).toBe(before);
    expect(read('kim-alpha/berita/jalan-desa/index.html')).toContain('alphaperubahan');
  });
});
