import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  readBlueprint,
  blueprintContent,
  FOLDER_TEMPLATE,
  BlueprintError,
  fillBlueprint,
  fillMarkdown,
  fillYaml,
} from '../../scripts/lib/provision/blueprint.ts';
import { splitFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { prepareSite } from '../../scripts/lib/provision/inputs.ts';
import { checkContent } from '../../scripts/lib/provision/schema-check.ts';
import { tempRoot } from './helpers.ts';
import { pathContext } from '../../src/schemas/common.ts';
import { contentTypes, siteJenis, pengaturanSchema, siteSchema } from '../../src/schemas/index.ts';

const ctx = pathContext;

const WILAYAH = {
  desa: { jenis: 'desa', desa: 'Cibatok Satu' },
  kelurahan: { jenis: 'kelurahan', desa: 'Tegal Gundil' },
  'forum-kecamatan': { jenis: 'forum-kecamatan', anggota: 'kim-a,kim-b' },
  'portal-kabupaten': { jenis: 'portal-kabupaten' },
} as const;

function plan(jenis: keyof typeof WILAYAH, complete: boolean) {
  const r = prepareSite({
    nama: 'KIM "Ngudi": Rahayu * _Jaya_ <II>',
    kecamatan: 'Cibungbulang',
    kabupaten: 'Kabupaten Bogor',
    provinsi: 'Jawa Barat',
    url: 'https://kim-bogor.github.io/{slug}/',
    ...WILAYAH[jenis],
    ...(complete ? { whatsapp: '0812 3456 7890', email: 'kim_ngudi@bogorkab.example', telepon: '(0251) 123456', alamat: 'Balai Desa, Jl. Raya No. 1' } : {}),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

/** Validates filled files with the zod schemas directly, independent of the provisioning checker. */
function validateDirectly(files: Map<string, string | Uint8Array>): string[] {
  const problems: string[] = [];
  for (const [rel, content] of files) {
    const text = String(content);
    expect(text, `${rel} still has a placeholder`).not.toMatch(/\{\{/);
    if (rel === 'pengaturan.yaml') {
      const r = pengaturanSchema(ctx).safeParse(parse(text));
      if (!r.success) problems.push(`${rel}: ${r.error.message}`);
      continue;
    }
    const [type] = rel.split('/');
    const ct = contentTypes.find((t) => t.name === type);
    expect(ct, `${rel} is in no content type folder`).toBeDefined();
    const e = splitFrontmatter(text);
    expect(e, `${rel} has no front matter`).toBeDefined();
    const r = ct!.schema(ctx).safeParse(parse(e!.yaml));
    if (!r.success) problems.push(`${rel}: ${r.error.message}`);
  }
  return problems;
}

describe('blueprints in templates/', () => {
  it('has exactly one blueprint per jenis in the schema', () => {
    const folders = fs
      .readdirSync(FOLDER_TEMPLATE, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(Object.keys(siteJenis).sort());
  });

  describe.each(Object.keys(siteJenis) as (keyof typeof WILAYAH)[])('%s', (jenis) => {
    it.each([true, false])('fills into content that passes the zod schemas (contacts given: %s)', async (complete) => {
      const r = plan(jenis, complete);
      expect(siteSchema().safeParse(r.siteYaml).success).toBe(true);
      const files = await blueprintContent(jenis, r.values);
      expect([...files.keys()].sort()).toEqual([
        'berita/selamat-datang.md',
        'halaman/kontak.md',
        'halaman/pengurus.md',
        'halaman/profil.md',
        'halaman/visi-misi.md',
        'pengaturan.yaml',
      ]);
      expect(validateDirectly(files)).toEqual([]);
      expect(checkContent(files)).toEqual([]);
    });

    it('keeps the name exactly as written through YAML and Markdown', async () => {
      const r = plan(jenis, true);
      const files = await blueprintContent(jenis, r.values);
      const pengaturan = parse(String(files.get('pengaturan.yaml')));
      expect(pengaturan.hero.judul).toBe(`Selamat datang di ${r.site.nama}`);
      expect(pengaturan.kontak.whatsapp).toBe('6281234567890');
      expect(pengaturan.aspirasi.email).toBe('kim_ngudi@bogorkab.example');
      const berita = splitFrontmatter(String(files.get('berita/selamat-datang.md')))!;
      expect(parse(berita.yaml).judul).toBe(`Selamat Datang di Situs ${r.site.nama}`);
      // In the body, Markdown characters of the name are escaped so they show as typed.
      expect(berita.body).toContain('KIM "Ngudi": Rahayu \\* \\_Jaya\\_ \\<II\\>');
    });

    it('leaves out contacts that were not given', async () => {
      const r = plan(jenis, false);
      const files = await blueprintContent(jenis, r.values);
      const pengaturan = parse(String(files.get('pengaturan.yaml')));
      expect(pengaturan.kontak).not.toHaveProperty('whatsapp');
      expect(pengaturan.kontak).not.toHaveProperty('email');
      expect(pengaturan.kontak.alamat).toContain('Sekretariat KIM');
      expect(String(files.get('halaman/kontak.md'))).not.toMatch(/WhatsApp|mailto/);
    });
  });

  it('ships a sample CSV whose rows all validate', async () => {
    const { createFromCsv } = await import('../../scripts/lib/provision/batch.ts');
    const text = fs.readFileSync(path.join(FOLDER_TEMPLATE, 'kim-contoh.csv'), 'utf8');
    const { results: result, ignoredColumns } = await createFromCsv(text, { root: tempRoot('contoh'), dryRun: true });
    expect(ignoredColumns).toEqual([]);
    expect(result.length).toBeGreaterThanOrEqual(3);
    expect(result.filter((h) => !h.ok)).toEqual([]);
    expect(new Set(result.map((h) => h.site!.plan.site.jenis))).toEqual(new Set(Object.keys(siteJenis)));
  });
});

describe('placeholder filling', () => {
  const values = { nama: 'KIM "A": B', kosong: '', wa: '6281234567890' };

  it('fills YAML values without breaking the YAML, and drops keys whose whole value is empty', () => {
    const y = fillYaml('# catatan\njudul: "Halo {{nama}}"\nwa: "{{wa}}"\nhilang: "{{kosong}}"\ndaftar:\n  - "{{nama}}"\n  - "{{kosong}}"\n', values, 'x.yaml');
    expect(y).toContain('# catatan');
    expect(parse(y)).toEqual({ judul: 'Halo KIM "A": B', wa: '6281234567890', daftar: ['KIM "A": B'] });
  });

  it('refuses an empty value inside a sentence and an unknown placeholder', () => {
    expect(() => fillYaml('judul: "Desa {{kosong}}"\n', values, 'x.yaml')).toThrow(BlueprintError);
    expect(() => fillYaml('judul: "{{tidak_ada}}"\n', values, 'x.yaml')).toThrow(/tidak dikenal/);
    expect(() => fillMarkdown('Halo {{tidak_ada}}', values, 'x.md')).toThrow(/tidak dikenal/);
  });

  it('drops a Markdown line that mentions an empty value', () => {
    expect(fillMarkdown('a {{nama}}\n- kosong: {{kosong}}\nb', values, 'x.md')).toBe('a KIM "A": B\nb');
  });

  it('copies files other than YAML and Markdown byte for byte', async () => {
    const dir = tempRoot('cetak');
    fs.mkdirSync(path.join(dir, 'media'));
    fs.writeFileSync(path.join(dir, 'media', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x7b, 0x7b]));
    fs.writeFileSync(path.join(dir, '.gitkeep'), '');
    const b = fillBlueprint(await readBlueprint(dir), values);
    expect([...b.keys()]).toEqual(['media/logo.png']);
    expect(Buffer.from(b.get('media/logo.png') as Uint8Array)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x7b, 0x7b]));
  });
});
