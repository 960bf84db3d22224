import { describe, expect, it } from 'vitest';
import { anggotaForum, anggotaNotLoaded, latestAnggotaBerita } from '../../src/lib/forum.ts';
import type { KimSite } from '../../src/lib/sites.ts';

function kim(slug: string, extra: Record<string, unknown> = {}): KimSite {
  return {
    slug,
    base: `/${slug}/`,
    pengaturan: {} as KimSite['pengaturan'],
    site: { slug, nama: `KIM ${slug}`, jenis: 'desa', url: `https://${slug}.desa.id/`, anggota: [], ...extra } as unknown as KimSite['site'],
  };
}

const forum = kim('forum-cibungbulang', { jenis: 'forum-kecamatan', anggota: ['kim-b', 'kim-a', 'kim-hilang', 'kim-a'] });
const all = [kim('kim-a'), kim('kim-b'), kim('kim-c'), forum];

describe('anggotaForum', () => {
  it('keeps the operator order and drops unknown and duplicate slugs', () => {
    expect(anggotaForum(forum, all).map((s) => s.slug)).toEqual(['kim-b', 'kim-a']);
  });

  it('gives nothing for a site that is not a forum', () => {
    expect(anggotaForum(kim('kim-a'), all)).toEqual([]);
  });

  it('reports members that were not loaded', () => {
    expect(anggotaNotLoaded(forum, all)).toEqual(['kim-hilang']);
  });
});

describe('beritaTerbaruAnggota', () => {
  const b = (id: string, date: string, draft = false) => ({
    id,
    data: { judul: id, tanggal: new Date(date), ringkasan: `ringkasan ${id}`, draft },
  });
  const [a, bb] = [all[0]!, all[1]!];
  const input = [
    { anggota: a, berita: [b('kim-a/berita/satu', '2026-01-01'), b('kim-a/berita/tiga', '2026-03-01'), b('kim-a/berita/draf', '2026-12-01', true)] },
    { anggota: bb, berita: [b('kim-b/berita/dua', '2026-02-01')] },
  ];

  it('merges members newest first with absolute links to the member site', () => {
    const result = latestAnggotaBerita(input, 10);
    expect(result.map((h) => h.url)).toEqual(['https://kim-a.desa.id/berita/tiga/', 'https://kim-b.desa.id/berita/dua/', 'https://kim-a.desa.id/berita/satu/']);
    expect(result[1]!.anggota.slug).toBe('kim-b');
  });

  it('respects the limit', () => {
    expect(latestAnggotaBerita(input, 2)).toHaveLength(2);
  });
});
