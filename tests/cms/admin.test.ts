import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkFiles } from '../../scripts/lib/walk.ts';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../../src/schemas/index.ts';
import { bundleFiles, bundlePlacement, DECAP_DIST } from '../../scripts/lib/cms/bundle.ts';
import { writeAdmin, writeSharedBundles } from '../../scripts/lib/cms/index.ts';
import { backendOrigins } from '../../scripts/lib/cms/admin.ts';
import { adminCsp, metaCsp } from '../../src/lib/security/csp.ts';

const FIXTURE = path.resolve('tests/fixtures/dua-situs');

const site = (slug: string, url: string): SiteConfig =>
  siteSchema().parse({
    slug,
    nama: `KIM ${slug}`,
    jenis: 'desa',
    wilayah: { kecamatan: 'K', kabupaten: 'Kab', provinsi: 'P' },
    url,
    cms: { backend: 'github', repo: 'dinas/kim', base_url: 'https://oauth.contoh.id/' },
  });

describe('bundle placement: one copy per origin', () => {
  it('a site at its domain root keeps its own copy', () => {
    expect(bundlePlacement(site('kim-a', 'https://kim-a.desa.id/'))).toMatchObject({
      dir: path.join('kim-a', 'admin', 'decap'),
      scriptUrl: 'decap/decap-cms.js',
    });
  });
  it('subpath sites on one origin share /_simpul/decap/', () => {
    const a = bundlePlacement(site('kim-a', 'https://dinas.github.io/kim-a/'));
    const b = bundlePlacement(site('kim-b', 'https://dinas.github.io/kim-b/'));
    expect(a).toEqual(b);
    expect(a).toMatchObject({ dir: path.join('_origin', 'dinas.github.io', '_simpul', 'decap'), scriptUrl: '/_simpul/decap/decap-cms.js' });
  });
  it('sites under a project path share the copy in that path', () => {
    expect(bundlePlacement(site('kim-a', 'https://dinas.github.io/simpul/kim-a/'))).toMatchObject({
      dir: path.join('_origin', 'dinas.github.io', 'simpul', '_simpul', 'decap'),
      scriptUrl: '/simpul/_simpul/decap/decap-cms.js',
    });
  });
  it('ships the entry, its chunks and wasm, not source maps or the second build', () => {
    const files = bundleFiles();
    expect(files).toContain('decap-cms.js');
    expect(files.filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith('.wasm'))).toBe(true);
    expect(files.some((f) => f.endsWith('.map') || f === 'cms.js' || /\.cms\.js$/.test(f))).toBe(false);
    // Every chunk the entry can load by id is shipped.
    const entry = fs.readFileSync(path.join(DECAP_DIST, 'decap-cms.js'), 'utf8');
    expect(entry).toContain('.decap-cms.js"');
  });
});

describe('writeAdmin + writeSharedBundles on a dist folder', () => {
  let dist: string;
  const sites = [site('kim-a', 'https://dinas.github.io/kim-a/'), site('kim-b', 'https://dinas.github.io/kim-b/'), site('kim-c', 'https://kim-c.desa.id/')];
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-cms-dist-'));
    for (const s of sites) await writeAdmin({ siteDir: path.join(dist, s.slug), distDir: dist, site: s, root: FIXTURE });
    await writeSharedBundles({ distDir: dist, sites });
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('writes a noindex admin page that loads its own config and the shared bundle', () => {
    const html = fs.readFileSync(path.join(dist, 'kim-a/admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<link rel="cms-config-url" type="text/yaml" href="config.yml">');
    expect(html).toContain('<script src="/_simpul/decap/decap-cms.js"></script>');
    expect(html).toContain('<html lang="id">');
    // The policy names the hosts Decap may talk to (the Git host's API, the embeds); apart from
    // it, nothing comes from another host (no CDN).
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">\n/.exec(html);
    expect(csp?.[1]).toContain('connect-src &#39;self&#39; blob: https://api.github.com;');
    expect(html.replace(csp![0], '')).not.toMatch(/https?:\/\/(?!127)/);
    const own = fs.readFileSync(path.join(dist, 'kim-c/admin/index.html'), 'utf8');
    expect(own).toContain('<script src="decap/decap-cms.js"></script>');
  });

  it('links the phone stylesheet as a same-origin file, every rule under a max-width query', () => {
    const html = fs.readFileSync(path.join(dist, 'kim-a/admin/index.html'), 'utf8');
    expect(html).toContain('<link rel="stylesheet" href="simpul-cms.css">');
    expect(html).not.toContain('<style');
    const css = fs
      .readFileSync(path.join(dist, 'kim-a/admin/simpul-cms.css'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim();
    // Desktop keeps Decap's own layout: nothing applies above 799 px.
    expect(css).toMatch(/^@media \(max-width: 799px\) \{[\s\S]*\}$/);
    expect(css.match(/@media/g)).toHaveLength(1);
  });

  it('writes the config for that KIM only, with the Indonesian locale', () => {
    const config = parse(fs.readFileSync(path.join(dist, 'kim-b/admin/config.yml'), 'utf8'));
    expect(config.locale).toBe('id');
    expect(config.backend.name).toBe('github');
    for (const c of config.collections) {
      for (const p of c.folder ? [c.folder] : c.files.map((f: { file: string }) => f.file)) expect(p).toMatch(/^content\/kim-b\//);
    }
  });

  it('registers the locale and previews before starting Decap', () => {
    const js = fs.readFileSync(path.join(dist, 'kim-a/admin/simpul-cms.js'), 'utf8');
    expect(js).toContain('window.CMS_MANUAL_INIT = true');
    expect(js).toContain('cms.registerLocale("id", simpul.locale)');
    expect(js).toContain('"berita":"berita-kim-a"');
    expect(js).toContain('Terbitkan sekarang');
    const css = fs.readFileSync(path.join(dist, 'kim-a/admin/pratinjau.css'), 'utf8');
    expect(css).toContain(fs.readFileSync('src/styles/global.css', 'utf8').slice(0, 200));
    expect(css).toMatch(/--utama:#[0-9a-f]{6}/);
  });

  it('stores one bundle copy per origin: two subpath sites share one, the root site has its own', () => {
    const copies = walkFiles(dist, { filter: (f) => path.basename(f) === 'decap-cms.js' });
    expect(copies).toEqual([path.join('_origin/dinas.github.io/_simpul/decap/decap-cms.js'), path.join('kim-c/admin/decap/decap-cms.js')]);
    const shared = path.join(dist, '_origin/dinas.github.io/_simpul/decap');
    expect(fs.readdirSync(shared).sort()).toEqual(bundleFiles());
  });
});

describe('the admin page’s policy per backend', () => {
  it('lets Decap reach only its own backend', () => {
    expect(backendOrigins({ name: 'github', repo: 'a/b', base_url: 'https://oauth.contoh.id/' })).toEqual(['https://api.github.com']);
    expect(backendOrigins({ name: 'gitlab', repo: 'a/b', app_id: 'x' })).toEqual(['https://gitlab.com']);
    expect(backendOrigins({ name: 'gitlab', base_url: 'https://git.kab.go.id', api_root: 'https://git.kab.go.id/api/v4' })).toEqual(['https://git.kab.go.id']);
    expect(backendOrigins({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' })).toEqual(['http://127.0.0.1:8081']);
  });
  it('allows no inline script, no plugin, no form post', () => {
    const csp = adminCsp({ backendOrigins: ['https://api.github.com'] });
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(metaCsp(csp)).not.toContain('frame-ancestors');
  });
});
