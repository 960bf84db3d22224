import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageSite, rewriteAssetUrls, swapInto } from '../../scripts/lib/package.ts';
import { listFiles } from '../helpers/data-root.ts';

describe('rewriteAssetUrls', () => {
  it('prefixes /_astro/ URLs with the site base, in src, srcset and CSS url()', () => {
    const refs = new Set<string>();
    const html = '<img src="/_astro/a.webp" srcset="/_astro/a.webp 360w, /_astro/b.webp 720w"><style>x{background:url(/_astro/c.svg)}</style>';
    expect(rewriteAssetUrls(html, '/kim-b/', refs)).toBe(
      '<img src="/kim-b/_astro/a.webp" srcset="/kim-b/_astro/a.webp 360w, /kim-b/_astro/b.webp 720w"><style>x{background:url(/kim-b/_astro/c.svg)}</style>',
    );
    expect([...refs].sort()).toEqual(['a.webp', 'b.webp', 'c.svg']);
  });
});

function astroOut(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-out-'));
  const w = (p: string, s: string) => {
    fs.mkdirSync(path.dirname(path.join(out, p)), { recursive: true });
    fs.writeFileSync(path.join(out, p), s);
  };
  w('kim-a/index.html', '<img src="/_astro/a.webp"><link href="/_astro/s.css">');
  w('kim-a/404/index.html', '<p>tidak ada</p>');
  w('kim-b/index.html', '<img src="/_astro/b.webp">');
  w('_astro/a.webp', 'A');
  w('_astro/b.webp', 'B');
  w('_astro/s.css', 'body{background:url(/_astro/bg.png)}');
  w('_astro/bg.png', 'P');
  return out;
}

describe('packageSite', () => {
  it('copies only the assets a site references, rewrites them and makes 404.html', () => {
    const out = astroOut();
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-dist-'));
    const res = packageSite({ slug: 'kim-a', base: '/', astroOut: out, distDir: dist });
    expect(res.pages).toBe(2);
    expect(listFiles(path.join(dist, 'kim-a'))).toEqual(['404.html', '_astro/a.webp', '_astro/bg.png', '_astro/s.css', 'index.html']);
    expect(fs.readFileSync(path.join(dist, 'kim-a/_astro/s.css'), 'utf8')).toBe('body{background:url(/_astro/bg.png)}');
    packageSite({ slug: 'kim-b', base: '/kim-b/', astroOut: out, distDir: dist });
    expect(listFiles(path.join(dist, 'kim-b'))).toEqual(['_astro/b.webp', 'index.html']);
    expect(fs.readFileSync(path.join(dist, 'kim-b/index.html'), 'utf8')).toBe('<img src="/kim-b/_astro/b.webp">');
    expect(fs.readdirSync(dist).sort()).toEqual(['kim-a', 'kim-b']);
  });

  it('leaves the previous output in place when packaging fails', () => {
    const out = astroOut();
    fs.writeFileSync(path.join(out, 'kim-b/index.html'), '<img src="/_astro/hilang.webp">');
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-dist-'));
    fs.mkdirSync(path.join(dist, 'kim-b'));
    fs.writeFileSync(path.join(dist, 'kim-b/index.html'), 'lama');
    expect(() => packageSite({ slug: 'kim-b', base: '/kim-b/', astroOut: out, distDir: dist })).toThrow(
      'aset hilang.webp dirujuk tetapi tidak dihasilkan Astro',
    );
    expect(fs.readFileSync(path.join(dist, 'kim-b/index.html'), 'utf8')).toBe('lama');
    expect(fs.readdirSync(dist)).toEqual(['kim-b']);
  });
});

describe('swapInto', () => {
  it('replaces a folder whole', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-swap-'));
    fs.mkdirSync(path.join(dir, 'baru'));
    fs.writeFileSync(path.join(dir, 'baru/x'), '2');
    fs.mkdirSync(path.join(dir, 'situs'));
    fs.writeFileSync(path.join(dir, 'situs/y'), '1');
    swapInto(path.join(dir, 'baru'), path.join(dir, 'situs'));
    expect(fs.readdirSync(dir)).toEqual(['situs']);
    expect(fs.readdirSync(path.join(dir, 'situs'))).toEqual(['x']);
  });
});
