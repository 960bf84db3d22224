/**
 * The member-HTML sanitizer (src/lib/sanitize.ts), on its own and as the Sätteri plugin the
 * site's Markdown goes through; and the iframe allowlist against the pages' `frame-src`.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { htmlDepth, isAllowedEmbed, isSafeHref, isSafeSrc, isSafeSrcset, MAX_HTML_DEPTH, sanitizeHtml, sanitizePlugin } from '../../src/lib/sanitize.ts';
import { EMBEDS, frameSources, pageCsp } from '../../src/lib/security/csp.ts';

const md = (text: string) => (markdownToHtml(text, { hastPlugins: [sanitizePlugin] }) as { html: string }).html;

/** Sources a member might try in an iframe: allowed ones and look-alikes. */
const ALLOWED = [
  'https://www.youtube.com/embed/dQw4w9WgXcQ',
  'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=10&amp;rel=0',
  'https://www.google.com/maps/embed?pb=!1m18!1m12',
  'https://maps.google.com/maps?q=-7.99,112.95&z=15&output=embed',
  'https://www.openstreetmap.org/export/embed.html?bbox=112.9,-8.0,113.0,-7.9&layer=mapnik',
];
const REFUSED = [
  'https://www.youtube.com.evil.example/embed/x',
  'https://www.youtube.com@evil.example/embed/x',
  'https://evil.example/?https://www.youtube.com/embed/x',
  'http://www.youtube.com/embed/dQw4w9WgXcQ',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://www.youtube.com/embed/../../redirect?q=https://evil.example',
  'https://www.google.com/search?q=x',
  'https://www.google.com/url?q=https://evil.example&maps/embed?',
  'https://maps.google.com/maps?q=x',
  'https://www.openstreetmap.org/user/x',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//www.youtube.com/embed/x',
  'https://www.youtube.com/embed/x\n',
  'https://evil.example/',
];

describe('sanitizeHtml', () => {
  it('drops scripts, styles, event handlers and javascript: links', () => {
    const out = sanitizeHtml(
      '<p onclick="alert(1)">a<script>alert(1)</script><style>p{}</style><a href="javascript:alert(1)">x</a><img src="x" onerror="alert(1)"></p>',
    );
    expect(out).not.toMatch(/script|style|onclick|onerror|javascript/i);
    expect(out).toContain('<p>a<a>x</a><img src="x" alt=""></p>');
  });

  it('keeps ordinary markup, links and pictures', () => {
    expect(sanitizeHtml('<p><strong>Panen</strong> <a href="https://desa.id/x">raya</a></p>')).toBe(
      '<p><strong>Panen</strong> <a href="https://desa.id/x">raya</a></p>',
    );
    expect(sanitizeHtml('<img src="../media/a.jpg" alt="Sawah">')).toBe('<img src="../media/a.jpg" alt="Sawah">');
  });

  it('drops frames, objects and forms from other sites', () => {
    const out = sanitizeHtml(
      '<object data="x.swf"></object><embed src="x.swf"><form action="https://evil.example"><input name="a"></form><iframe src="https://evil.example/"></iframe>',
    );
    expect(out).not.toMatch(/object|embed|form|iframe|evil/);
  });

  it('keeps allowed embeds, lazy', () => {
    for (const src of ALLOWED.slice(0, 1)) {
      expect(sanitizeHtml(`<iframe src="${src}" title="Video"></iframe>`)).toBe(`<iframe src="${src}" title="Video" loading="lazy"></iframe>`);
    }
  });

  for (const src of REFUSED) {
    it(`drops an iframe from ${JSON.stringify(src)}`, () => {
      expect(sanitizeHtml(`<iframe src="${src.replace(/"/g, '&quot;')}"></iframe>`)).not.toContain('iframe');
    });
  }

  it('refuses a srcset with a URL that src would refuse, and keeps a safe one', () => {
    for (const bad of [
      'javascript:alert(1) 1x',
      'a.jpg 1x, javascript:alert(1) 2x',
      'data:image/svg+xml;base64,PHN2Zz4= 1x',
      'a.jpg 1x,JAVASCRIPT:x 2x',
      ' vbscript:x',
    ]) {
      const out = sanitizeHtml(`<picture><source srcset="${bad}"><img src="a.jpg" alt="a"></picture>`);
      expect(out, bad).not.toMatch(/srcset/i);
      expect(out).toContain('<img src="a.jpg" alt="a">');
    }
    expect(sanitizeHtml('<picture><source srcset="a.webp 1x, https://desa.id/b.webp 2x"><img src="a.jpg" alt="a"></picture>')).toContain(
      'srcset="a.webp 1x, https://desa.id/b.webp 2x"',
    );
  });
});

describe('URL checks', () => {
  it('allows web, mail, phone and relative links only', () => {
    for (const ok of ['https://x.id', 'http://x.id', 'mailto:a@x.id', 'tel:+62', '#judul', '/a/', '../a.md', 'a/b']) expect(isSafeHref(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'java\tscript:x'])
      expect(isSafeHref(bad), bad).toBe(false);
  });
  it('allows web and relative image sources only', () => {
    expect(isSafeSrc('../media/a.jpg')).toBe(true);
    expect(isSafeSrc('data:image/png;base64,AA')).toBe(false);
    expect(isSafeSrc('mailto:x')).toBe(false);
    expect(isSafeSrcset('a.jpg 1x, b.jpg 2x')).toBe(true);
    expect(isSafeSrcset('a.jpg 1x, data:image/png;base64,AA 2x')).toBe(false);
  });
});

describe('the Markdown plugin', () => {
  it('sanitizes raw HTML blocks and inline HTML', () => {
    const html = md('Teks <img src="x" onerror="alert(1)"> biasa.\n\n<div onmouseover="alert(1)"><script>alert(1)</script>isi</div>\n');
    expect(html).not.toMatch(/onerror|onmouseover|<script/);
    expect(html).toContain('isi');
  });
  it('removes javascript: and data: from Markdown links and images', () => {
    const html = md('[klik](javascript:alert(1)) ![foto](data:image/svg+xml;base64,PHN2Zz4=) [ok](https://desa.id/)');
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('href="https://desa.id/"');
  });
  it('drops unsafe srcset in raw HTML', () => {
    expect(md('<picture><source srcset="javascript:alert(1)"><img src="a.jpg" alt=""></picture>\n')).not.toMatch(/javascript/);
  });
  it('keeps an allowed embed and drops another', () => {
    const html = md(`<iframe src="${ALLOWED[2]}"></iframe>\n\n<iframe src="https://evil.example/"></iframe>\n`);
    expect(html).toContain(ALLOWED[2]);
    expect(html).not.toContain('evil.example');
  });
});

describe('one list for the allowlist and the CSP', () => {
  const frameSrc = (csp: string) =>
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === 'frame-src')!
      .slice(1);

  it('every allowed embed is a frame the page may load', () => {
    const allowedByCsp = new Set(frameSrc(pageCsp()));
    for (const src of ALLOWED) {
      expect(isAllowedEmbed(src), src).toBe(true);
      expect(allowedByCsp.has(new URL(src).origin), src).toBe(true);
    }
  });

  it('the CSP allows no frame host that no embed uses', () => {
    expect(frameSrc(pageCsp()).sort()).toEqual([...new Set(EMBEDS.map((e) => e.origin))].sort());
    expect(frameSrc(pageCsp({ search: true }))).toEqual(frameSources());
  });

  it('refuses every look-alike', () => {
    for (const src of REFUSED) expect(isAllowedEmbed(src), src).toBe(false);
  });
});

describe('deeply nested HTML', () => {
  it('measures nesting as the HTML parser builds it, without recursion', () => {
    expect(htmlDepth('<div><p>a<p>b</div>')).toBe(2);
    expect(htmlDepth('<template><div><b>x</b></div></template>')).toBe(3);
    expect(htmlDepth('<div>'.repeat(100_000))).toBe(100_000);
  });

  it('fails loudly, in Indonesian, instead of returning an empty body', () => {
    for (const n of [MAX_HTML_DEPTH + 1, 3000, 50_000]) {
      expect(() => sanitizeHtml(`${'<div>'.repeat(n)}isi`)).toThrow(/HTML di isi tulisan bersarang \d+ tingkat/);
    }
    expect(sanitizeHtml(`${'<div>'.repeat(MAX_HTML_DEPTH)}isi`)).toContain('isi');
    // Through the Markdown plugin too: the render fails, it does not drop the block.
    expect(() => md(`Awal.\n\n${'<div>'.repeat(3000)}isi\n`)).toThrow(/bersarang/);
  });
});
