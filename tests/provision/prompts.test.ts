import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tanyaJawab, type Penanya } from '../../scripts/lib/provision/prompts.ts';
import { potret, rootSementara } from './helpers.ts';

const BATAL = Symbol('batal');
type Jawaban = string | boolean | typeof BATAL;

/**
 * A scripted operator: answers by the start of each question. A list of answers is tried in
 * order while the question's own validation refuses them, like a person correcting a typo.
 */
function penanyaPalsu(skrip: Record<string, Jawaban | Jawaban[]>) {
  const ditanya: string[] = [];
  const ditolak: string[] = [];
  const catatan: string[] = [];
  const jawab = (message: string): Jawaban[] => {
    ditanya.push(message);
    const kunci = Object.keys(skrip)
      .filter((k) => message.startsWith(k))
      .sort((a, b) => b.length - a.length)[0];
    if (!kunci) throw new Error(`unexpected question: ${message}`);
    const j = skrip[kunci]!;
    return Array.isArray(j) ? [...j] : [j];
  };
  const p: Penanya = {
    intro: (t) => catatan.push(`intro:${t}`),
    outro: (t) => catatan.push(`outro:${t}`),
    cancel: (t) => catatan.push(`cancel:${t}`),
    note: (m, t) => catatan.push(`note:${t}:${m}`),
    async text(o) {
      for (const j of jawab(o.message)) {
        if (j === BATAL) return BATAL;
        const pesan = o.validate?.(String(j));
        if (pesan === undefined) return String(j);
        ditolak.push(`${o.message}: ${String(pesan)}`);
      }
      throw new Error(`no valid answer for ${o.message}`);
    },
    async select(o) {
      const [j] = jawab(o.message);
      if (j === BATAL) return BATAL;
      if (!o.options.some((x) => x.value === j)) throw new Error(`${String(j)} is not an option of ${o.message}`);
      return j as never;
    },
    async confirm(o) {
      const [j] = jawab(o.message);
      return j === BATAL ? BATAL : Boolean(j);
    },
    log: { error: (m) => catatan.push(`error:${m}`), success: (m) => catatan.push(`success:${m}`), info: (m) => catatan.push(`info:${m}`) },
  };
  return { p, ditanya, ditolak, catatan };
}

const DESA = {
  'Jenis KIM': 'desa',
  'Nama KIM': ['', 'KIM Ngudi Rahayu'],
  'Nama desa': 'Cibatok Satu',
  Kecamatan: 'Cibungbulang',
  'Kabupaten/kota': 'Kabupaten Bogor',
  Provinsi: ['Jawa Barar', 'jabar'],
  Slug: ['admin', 'kim-ngudi-rahayu'],
  'Alamat situs': ['kim-ngudi-rahayu.desa.id', 'https://kim-ngudi-rahayu.desa.id'],
  'Nomor WhatsApp': ['12345', '0812 3456 7890'],
  'Email sekretariat': '',
  'Atur tempat terbit': false,
  'Buat situs ini?': true,
} satisfies Record<string, Jawaban | Jawaban[]>;

describe('interactive site:new (injected prompts)', () => {
  it('asks in Indonesian, re-asks wrong answers with the reason, then creates the site', async () => {
    const root = rootSementara('tanya');
    const { p, ditanya, ditolak, catatan } = penanyaPalsu(DESA);
    const hasil = await tanyaJawab(p, { root });
    expect(hasil?.ok).toBe(true);
    expect(ditanya).not.toContain('Nama kelurahan');
    expect(ditolak).toEqual([
      'Nama KIM: wajib diisi',
      'Provinsi: bukan nama provinsi yang dikenal; maksud Anda "Jawa Barat"?',
      expect.stringMatching(/^Slug.*dicadangkan/),
      expect.stringMatching(/^Alamat situs: harus alamat web lengkap/),
      expect.stringMatching(/^Nomor WhatsApp sekretariat \(boleh kosong\): harus nomor WhatsApp Indonesia/),
    ]);
    expect(catatan.find((c) => c.startsWith('note:Ringkasan'))).toContain('Zona waktu WIB, dari provinsi Jawa Barat.');
    const site = parse(fs.readFileSync(path.join(root, 'sites', 'kim-ngudi-rahayu', 'site.yaml'), 'utf8'));
    expect(site).toMatchObject({ nama: 'KIM Ngudi Rahayu', url: 'https://kim-ngudi-rahayu.desa.id/', wilayah: { provinsi: 'Jawa Barat' } });
    const pengaturan = parse(fs.readFileSync(path.join(root, 'content', 'kim-ngudi-rahayu', 'pengaturan.yaml'), 'utf8'));
    expect(pengaturan.kontak.whatsapp).toBe('6281234567890');
  });

  it('suggests a slug from the name and refuses one that already exists', async () => {
    const root = rootSementara('tanya');
    fs.mkdirSync(path.join(root, 'content', 'kim-ngudi-rahayu'), { recursive: true });
    const { p, ditolak } = penanyaPalsu({ ...DESA, Slug: ['kim-ngudi-rahayu', 'kim-ngudi-rahayu-2'] });
    const hasil = await tanyaJawab(p, { root });
    expect(hasil?.ok && hasil.situs.rencana.slug).toBe('kim-ngudi-rahayu-2');
    expect(ditolak).toContain('Slug (nama folder dan alamat): sudah ada situs dengan slug "kim-ngudi-rahayu"; pilih slug lain');
  });

  it('asks a forum for its members instead of a desa, and the CMS details when wanted', async () => {
    const root = rootSementara('tanya');
    const { p, ditanya } = penanyaPalsu({
      'Jenis KIM': 'forum-kecamatan',
      'Nama KIM': 'Forum KIM Kecamatan Cibungbulang',
      Kecamatan: 'Cibungbulang',
      'Kabupaten/kota': 'Kabupaten Bogor',
      Provinsi: 'Jawa Barat',
      Slug: 'forum-kim-cibungbulang',
      'Alamat situs': 'https://kim-bogor.github.io/forum-kim-cibungbulang/',
      'Nomor WhatsApp': '',
      'Email sekretariat': 'forum@bogorkab.example',
      'Slug KIM anggota': 'kim-a, kim-b',
      'Atur tempat terbit': true,
      'Tempat terbit': 'github-pages',
      'Cara anggota menyunting': 'github',
      'Repositori Git': 'diskominfo-bogor/simpul',
      'Alamat proxy OAuth': 'https://oauth.bogorkab.example/',
      'Perubahan anggota menunggu': true,
      'Buat situs ini?': true,
    });
    const hasil = await tanyaJawab(p, { root });
    expect(hasil?.ok).toBe(true);
    expect(ditanya.some((q) => q.startsWith('Nama desa'))).toBe(false);
    const site = parse(fs.readFileSync(path.join(root, 'sites', 'forum-kim-cibungbulang', 'site.yaml'), 'utf8'));
    expect(site).toMatchObject({
      jenis: 'forum-kecamatan',
      anggota: ['kim-a', 'kim-b'],
      deploy: { target: 'github-pages' },
      cms: { backend: 'github', repo: 'diskominfo-bogor/simpul', base_url: 'https://oauth.bogorkab.example/', editorial_workflow: true },
    });
  });

  it.each<[string, Record<string, Jawaban | Jawaban[]>]>([
    ['stopping at a question', { ...DESA, Kecamatan: BATAL }],
    ['answering no at the end', { ...DESA, 'Buat situs ini?': false }],
  ])('creates nothing when %s', async (_, skrip) => {
    const root = rootSementara('tanya');
    const { p, catatan } = penanyaPalsu(skrip);
    expect(await tanyaJawab(p, { root })).toBeNull();
    expect(catatan).toContain('cancel:Dibatalkan. Tidak ada yang dibuat.');
    expect(potret(root)).toEqual({});
  });

  it('with --dry-run shows the summary and creates nothing', async () => {
    const root = rootSementara('tanya');
    const { p, ditanya, catatan } = penanyaPalsu(DESA);
    const hasil = await tanyaJawab(p, { root, cobaSaja: true });
    expect(hasil?.ok).toBe(true);
    expect(ditanya).not.toContain('Buat situs ini?');
    expect(catatan).toContain('outro:Uji coba (--dry-run): tidak ada yang dibuat.');
    expect(potret(root)).toEqual({});
  });
});
