/**
 * A throwaway content type, `pengumuman`, added to a fixture registry: every part of the
 * project that derives from the registry must pick it up, with no other edit. Only the
 * registry (data) and Astro's `astro:content` (the framework's loader) are replaced; the
 * code under test is the real one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentConfigSource } from '../../scripts/dev/gen-content-config.ts';
import { decapConfig } from '../../scripts/lib/cms/config.ts';
import { discoverFleet } from '../../scripts/lib/fleet.ts';
import { dataRoot } from '../../scripts/lib/paths.ts';
import { formatIssue, validateSite } from '../../scripts/lib/validate.ts';
import { t } from '../../src/i18n/id.ts';
import { navItems } from '../../src/lib/nav.ts';
import { urlSitemap } from '../../src/lib/sitemap-pages.ts';
import { allSites, entriesOf, entryPaths } from '../../src/lib/sites.ts';
import { contentTypes, type ContentType, type ContentTypeName } from '../../src/schemas/index.ts';
import { reservedEntryNames } from '../../src/schemas/routes.ts';
import { copyFixture } from '../helpers/data-root.ts';
import { typedPages } from '../helpers/page-types.ts';
import { routeProblems } from '../helpers/routes.ts';

vi.mock('../../src/schemas/index.ts', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/schemas/index.ts')>();
  const { z } = await import('zod');
  const { draft, calendarDate: date, text } = await import('../../src/schemas/common.ts');
  const pengumuman: ContentType = {
    name: 'pengumuman' as ContentTypeName,
    label: 'Pengumuman',
    labelSingular: 'Pengumuman',
    titleField: 'judul',
    // Not one of the existing types' date fields: the sort must come from the registry.
    dateField: 'berlaku',
    body: 'Isi pengumuman',
    urls: { list: 'pengumuman/', detail: 'pengumuman/{...name}/' },
    menu: 'Pengumuman',
    sitemap: { lastmod: true },
    searchLabel: 'Pengumuman Desa',
    schema: () => z.object({ judul: text('Judul', { min: 5 }), berlaku: date('Berlaku mulai'), draft: draft() }),
  };
  const types = [...orig.contentTypes, pengumuman];
  return { ...orig, contentTypes: types, contentType: (name: string) => types.find((t) => t.name === name) };
});

/** What Astro's loaders would have read: one KIM with two pengumuman and nothing else. */
const collections: Record<string, { id: string; data: Record<string, unknown> }[]> = {
  situs: [{ id: 'kim-a/site', data: { slug: 'kim-a', nama: 'KIM A', jenis: 'desa', url: 'https://kim-a.desa.id/', diarsipkan: false } }],
  pengaturan: [{ id: 'kim-a/pengaturan', data: {} }],
  pengumuman: [
    { id: 'kim-a/pengumuman/libur-pasar', data: { judul: 'Pasar libur', berlaku: new Date('2026-08-17'), draft: false } },
    { id: 'kim-a/pengumuman/kerja-bakti', data: { judul: 'Kerja bakti', berlaku: new Date('2026-08-10'), draft: false } },
    { id: 'kim-a/pengumuman/rahasia', data: { judul: 'Belum terbit', berlaku: new Date('2026-09-01'), draft: true } },
  ],
};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

const name = 'pengumuman' as ContentTypeName;

describe('a content type added to the registry only', () => {
  it('is in the fixture registry', () => {
    expect(contentTypes.at(-1)!.name).toBe('pengumuman');
  });

  it('gets an Astro collection in the generated content.config.ts', () => {
    expect(contentConfigSource(contentTypes)).toContain("import { pengumumanSchema } from './schemas/pengumuman.ts';");
    expect(contentConfigSource(contentTypes)).toContain("  pengumuman: defineCollection({ loader: entries('pengumuman'), schema: pengumumanSchema() }),");
  });

  it('is checked by `check`, with its own file names and fields', () => {
    const dir = copyFixture('dua-situs');
    const folder = path.join(dir, 'content/kim-alpha/pengumuman');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'jalan-ditutup.md'), '---\njudul: Jalan desa ditutup\nberlaku: 2026-08-17\n---\nIsi.\n');
    fs.writeFileSync(path.join(folder, 'rusak.md'), '---\njudul: Ok\nberlaku: 2026-02-30\n---\n');
    const root = dataRoot(dir);
    const report = validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) });
    expect(report.issues.map(formatIssue)).toEqual([
      'content/kim-alpha/pengumuman/rusak.md — judul: minimal 5 karakter',
      'content/kim-alpha/pengumuman/rusak.md — berlaku: harus berupa tanggal, contoh: 2026-08-17',
    ]);
    // A halaman may no longer take the new section's address.
    fs.writeFileSync(path.join(dir, 'content/kim-alpha/halaman/pengumuman.md'), '---\njudul: Pengumuman\n---\n');
    expect(validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).issues.map(formatIssue)).toContain(
      'content/kim-alpha/halaman/pengumuman.md: nama halaman "pengumuman" bertabrakan dengan alamat pengumuman/ yang sudah dipakai bagian lain situs; ganti nama berkasnya',
    );
    expect(reservedEntryNames(contentTypes.find((t) => t.name === 'halaman')!)).toContain('pengumuman');
    expect(report.site).toBeDefined();
  });

  it('gets a CMS collection with its fields, body and preview address', () => {
    const root = dataRoot(copyFixture('dua-situs'));
    const site = validateSite(root, 'kim-alpha', { fleet: discoverFleet(root) }).site!;
    const c = decapConfig(site).collections.find((c) => c.name === 'pengumuman-kim-alpha')!;
    expect(c).toMatchObject({ label: 'Pengumuman', folder: 'content/kim-alpha/pengumuman', preview_path: 'pengumuman/{{slug}}/' });
    expect(c.sortable_fields).toEqual(['berlaku', 'judul']);
    expect(c.fields!.map((f) => f.name)).toEqual(['judul', 'berlaku', 'draft', 'body']);
  });

  it('is in the main menu and the search filter', () => {
    expect(navItems.at(-1)).toEqual({ label: 'Pengumuman', path: 'pengumuman/' });
    expect(t.cari.jenis[name]).toBe('Pengumuman Desa');
  });

  it('is sorted by its dateField (newest first), drafts left out, and gets detail routes', async () => {
    expect((await entriesOf('kim-a', name)).map((e) => e.id)).toEqual(['kim-a/pengumuman/libur-pasar', 'kim-a/pengumuman/kerja-bakti']);
    expect((await entryPaths(name)).map((p) => p.params)).toEqual([
      { site: 'kim-a', name: 'libur-pasar' },
      { site: 'kim-a', name: 'kerja-bakti' },
    ]);
  });

  it('is in sitemap.xml: its list and each entry, dated', async () => {
    const [kim] = await allSites();
    const urls = await urlSitemap(kim!);
    expect(urls.filter((u) => u.loc.includes('/pengumuman/'))).toEqual([
      { loc: 'https://kim-a.desa.id/pengumuman/', lastmod: '2026-08-17' },
      { loc: 'https://kim-a.desa.id/pengumuman/libur-pasar/', lastmod: '2026-08-17' },
      { loc: 'https://kim-a.desa.id/pengumuman/kerja-bakti/', lastmod: '2026-08-10' },
    ]);
  });

  it('is visited by the browser tests when a site has its pages', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-types-'));
    for (const p of ['', 'pengumuman/', 'pengumuman/kerja-bakti/']) {
      fs.mkdirSync(path.join(site, p), { recursive: true });
      fs.writeFileSync(path.join(site, p, 'index.html'), '<!doctype html>');
    }
    expect(typedPages(site).map((p) => `${p.type} ${p.path}`)).toEqual(
      expect.arrayContaining(['pengumuman list pengumuman/', 'pengumuman detail pengumuman/kerja-bakti/']),
    );
  });

  it('fails loudly while it has no page', () => {
    expect(routeProblems(contentTypes)).toEqual([
      'pengumuman: alamat pengumuman/ tidak punya halaman src/pages/[site]/pengumuman/index.astro',
      'pengumuman: alamat pengumuman/{...name}/ tidak punya halaman src/pages/[site]/pengumuman/[...name]/index.astro',
    ]);
  });
});
