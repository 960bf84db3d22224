import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_CONFIG, contentConfigSource, schemaExport } from '../../scripts/dev/gen-content-config.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { t } from '../../src/i18n/id.ts';
import { navItems } from '../../src/lib/nav.ts';
import { contentType, contentTypes } from '../../src/schemas/index.ts';
import { detailPath, entryRouteProblem, reservedEntryNames } from '../../src/schemas/routes.ts';
import { routeProblems } from '../helpers/routes.ts';

const type = (name: string) => contentType(name)!;

describe('the content-type registry', () => {
  it('src/content.config.ts is the one generated from it (run node scripts/dev/gen-content-config.ts)', () => {
    expect(fs.readFileSync(CONTENT_CONFIG, 'utf8')).toBe(contentConfigSource(contentTypes));
  });

  it('finds each schema where the generated imports look for it', async () => {
    for (const t of contentTypes) {
      const { file, exportName } = schemaExport(t.name);
      const mod = (await import(path.join(projectRoot, 'src', file))) as Record<string, unknown>;
      expect(mod[exportName], t.name).toBe(t.schema);
    }
  });

  it('has a route file for every page of every type, and no route without a type', () => {
    expect(routeProblems(contentTypes)).toEqual([]);
  });

  it('gives names, folders and URL patterns that agree', () => {
    expect(new Set(contentTypes.map((t) => t.name)).size).toBe(contentTypes.length);
    for (const t of contentTypes) {
      expect(t.urls.list, t.name).toMatch(/^[a-z0-9-]+\/$/);
      if (t.dateField) expect(t.dateField, t.name).not.toBe(t.titleField);
    }
  });

  it('feeds the menu and the search labels', () => {
    expect(navItems.slice(1).map((i) => [i.label, i.path])).toEqual(contentTypes.filter((t) => t.menu).map((t) => [t.menu, t.urls.list]));
    expect(Object.keys(t.cari.jenis)).toEqual(contentTypes.map((t) => t.name));
    expect(t.cari.jenis.halaman).toBe('Profil');
  });
});

describe('no second list of content types', () => {
  // A file that quotes most of the type names is a hand-written copy of the registry.
  it('outside the registry and the generated content.config.ts', () => {
    const quoted = new RegExp(`'(${contentTypes.map((t) => t.name).join('|')})'`, 'g');
    const files = fs
      .readdirSync(projectRoot, { recursive: true, encoding: 'utf8' })
      .filter((f) => /^(src|scripts|tests)\//.test(f) && /\.(ts|astro|js|mjs)$/.test(f) && !f.includes('node_modules') && !f.startsWith('tests/fixtures/'));
    const copies = files.filter((f) => {
      if (['src/schemas/index.ts', 'src/content.config.ts'].includes(f) || f.endsWith('.test.ts')) return false;
      const names = new Set([...fs.readFileSync(path.join(projectRoot, f), 'utf8').matchAll(quoted)].map((m) => m[1]));
      return names.size > contentTypes.length / 2;
    });
    expect(copies).toEqual([]);
  });
});

describe('entry names a route would take over', () => {
  it('are the pagination and category folders for berita', () => {
    expect(reservedEntryNames(type('berita'))).toEqual(['halaman', 'kategori']);
    expect(reservedEntryNames(type('potensi'))).toEqual([]);
    expect(reservedEntryNames(type('aspirasi'))).toEqual([]);
  });

  it('are every section and fixed page for halaman, but not its own profil page', () => {
    const names = reservedEntryNames(type('halaman'));
    for (const n of [
      'berita',
      'potensi',
      'informasi-publik',
      'aspirasi',
      'cari',
      'anggota',
      'berkas',
      '404',
      'rss.xml',
      'sitemap.xml',
      'robots.txt',
      'admin',
      'pagefind',
      '_astro',
    ])
      expect(names).toContain(n);
    expect(names).not.toContain('profil');
  });

  it('are refused with a reason in Indonesian', () => {
    expect(entryRouteProblem(type('berita'), 'kategori/pertanian')).toBe(
      'nama berita "kategori/pertanian" bertabrakan dengan alamat berita/kategori/ yang sudah dipakai bagian lain situs; ganti nama berkasnya',
    );
    expect(entryRouteProblem(type('berita'), 'halaman/2')).toMatch(/alamat berita\/halaman\//);
    expect(entryRouteProblem(type('halaman'), 'cari')).toMatch(/^nama halaman "cari" bertabrakan dengan alamat cari\//);
    expect(entryRouteProblem(type('halaman'), 'desa/sejarah')).toBe('halaman tidak boleh di dalam subfolder; pindahkan berkasnya langsung ke folder halaman/');
  });

  it('leave ordinary and nested names alone where the route allows them', () => {
    expect(entryRouteProblem(type('berita'), '2026/panen-raya')).toBeUndefined();
    expect(entryRouteProblem(type('berita'), 'kategori-baru')).toBeUndefined();
    expect(entryRouteProblem(type('halaman'), 'profil')).toBeUndefined();
    expect(entryRouteProblem(type('aspirasi'), 'a/b')).toBeUndefined();
  });

  it('detail paths follow the patterns', () => {
    expect(detailPath(type('berita'), 'a/b')).toBe('berita/a/b/');
    expect(detailPath(type('halaman'), 'sejarah')).toBe('sejarah/');
    expect(detailPath(type('aspirasi'), 'x')).toBeUndefined();
  });
});
