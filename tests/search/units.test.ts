/** The small pieces of search indexing and the search page, one by one. */
import { describe, expect, it } from 'vitest';
import { absolutizeThumbnail, forumRecords, tagKim } from '../../scripts/lib/search/forum-index.ts';
import { pageRel, searchDocument } from '../../scripts/lib/search/pages.ts';
import { isShipped } from '../../scripts/lib/search/ui-assets.ts';
import { pageCsp } from '../../src/lib/security/csp.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/seo.ts';

describe('pageRel', () => {
  it('turns file paths into site-relative URLs', () => {
    expect(pageRel('index.html')).toBe('');
    expect(pageRel('berita/jalan/index.html')).toBe('berita/jalan/');
    expect(pageRel('lama.html')).toBe('lama.html');
  });
});

describe('searchDocument', () => {
  it('keeps only the marked element, nested elements of the same tag included', () => {
    const html =
      '<html><head><style>p{}</style></head><body><nav>menu</nav><article class="a" data-pagefind-body><article>dalam</article><p>isi</p></article><p>luar</p></body></html>';
    const doc = searchDocument(html)!;
    expect(doc).toContain('<article class="a" data-pagefind-body><article>dalam</article><p>isi</p></article>');
    expect(doc).not.toMatch(/menu|luar|<style/);
    expect(doc).toMatch(/^<!doctype html><html lang="id"><body>/);
  });

  it('accepts the attribute with an empty value, and ignores look-alikes', () => {
    expect(searchDocument('<div data-pagefind-body=""><b>x</b></div>y')).toContain('<div data-pagefind-body=""><b>x</b></div></body>');
    expect(searchDocument('<div data-pagefind-bodyx>x</div>')).toBeUndefined();
    expect(searchDocument('<main><p>tanpa tanda</p></main>')).toBeUndefined();
  });
});

describe('forum records', () => {
  it('adds the KIM filter and metadata inside the body, escaped', () => {
    const out = tagKim('<html><body><article data-pagefind-body>x</article></body></html>', 'KIM "Maju" & Jaya');
    expect(out).toBe(
      '<html><body><article data-pagefind-body>x</article><span hidden data-pagefind-filter="KIM:KIM &quot;Maju&quot; &amp; Jaya" data-pagefind-meta="kim:KIM &quot;Maju&quot; &amp; Jaya"></span></body></html>',
    );
  });

  it('makes member thumbnails absolute against the page URL', () => {
    const page = 'https://kim.example.id/kim-b/berita/x/';
    expect(absolutizeThumbnail('<span data-gambar-cari="/kim-b/_astro/a.webp"></span>', page)).toBe(
      '<span data-gambar-cari="https://kim.example.id/kim-b/_astro/a.webp"></span>',
    );
    expect(absolutizeThumbnail('<span data-gambar-cari="../../_astro/a.webp"></span>', page)).toBe(
      '<span data-gambar-cari="https://kim.example.id/kim-b/_astro/a.webp"></span>',
    );
  });

  it('leaves the forum’s own thumbnails on its own site', () => {
    const html = '<html><body><article data-pagefind-body><span data-gambar-cari="/f/_astro/a.webp"></span></article></body></html>';
    const [own, member] = forumRecords([
      { nama: 'Forum', pages: [{ rel: 'berita/a/', html }], url: (r) => `/f/${r}`, absolute: false },
      { nama: 'KIM B', pages: [{ rel: 'berita/b/', html }], url: (r) => new URL(r, 'https://kim.example.id/kim-b/').href, absolute: true },
    ]);
    expect(own).toMatchObject({ url: '/f/berita/a/' });
    expect(own!.html).toContain('data-gambar-cari="/f/_astro/a.webp"');
    expect(member).toMatchObject({ url: 'https://kim.example.id/kim-b/berita/b/' });
    expect(member!.html).toContain('data-gambar-cari="https://kim.example.id/f/_astro/a.webp"');
    expect(member!.html).toContain('data-pagefind-filter="KIM:KIM B"');
  });
});

describe('shipped bundle files', () => {
  it('keeps the core, the Indonesian index and the Component UI only', () => {
    for (const f of [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'wasm.id.pagefind',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind.id_0ec60e9c5d.pf_meta',
      'index/id_1.pf_index',
      'fragment/id_2.pf_fragment',
      'filter/id_3.pf_filter',
    ]) {
      expect(isShipped(f), f).toBe(true);
    }
    for (const f of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-highlight.js',
      'wasm.unknown.pagefind',
      'playground/index.html',
    ]) {
      expect(isShipped(f), f).toBe(false);
    }
  });
});

describe('search page CSP', () => {
  it('allows WebAssembly compilation but no eval, and only on top of the site policy', () => {
    const csp = pageCsp({ search: true });
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp.replace(" 'wasm-unsafe-eval'", '')).toBe(
      CONTENT_SECURITY_POLICY.split(';')
        .map((p) => p.trim())
        .join('; '),
    );
  });

  it('lets a forum show member thumbnails from their own hosts', () => {
    const csp = pageCsp({ search: true, imageOrigins: ['https://kim-a.desa.id', 'https://kim-a.desa.id', 'https://b.example'] });
    expect(csp).toMatch(/img-src 'self' data: https:\/\/kim-a\.desa\.id https:\/\/b\.example(;|$)/);
  });
});
