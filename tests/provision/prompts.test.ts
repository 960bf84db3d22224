import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { interview, type Asker } from '../../scripts/lib/provision/prompts.ts';
import { portrait, tempRoot } from './helpers.ts';

const CANCEL = Symbol('batal');
type Answers = string | boolean | typeof CANCEL;

/**
 * A scripted operator: answers by the start of each question. A list of answers is tried in
 * order while the question's own validation refuses them, like a person correcting a typo.
 */
function fakeAsker(script: Record<string, Answers | Answers[]>) {
  const asked: string[] = [];
  const rejected: string[] = [];
  const notes: string[] = [];
  const answer = (message: string): Answers[] => {
    asked.push(message);
    const key = Object.keys(script)
      .filter((k) => message.startsWith(k))
      .sort((a, b) => b.length - a.length)[0];
    if (!key) throw new Error(`unexpected question: ${message}`);
    const j = script[key]!;
    return Array.isArray(j) ? [...j] : [j];
  };
  const p: Asker = {
    intro: (t) => notes.push(`intro:${t}`),
    outro: (t) => notes.push(`outro:${t}`),
    cancel: (t) => notes.push(`cancel:${t}`),
    note: (m, t) => notes.push(`note:${t}:${m}`),
    async text(o) {
      for (const j of answer(o.message)) {
        if (j === CANCEL) return CANCEL;
        const message = o.validate?.(String(j));
        if (message === undefined) return String(j);
        rejected.push(`${o.message}: ${String(message)}`);
      }
      throw new Error(`no valid answer for ${o.message}`);
    },
    async select(o) {
      const [j] = answer(o.message);
      if (j === CANCEL) return CANCEL;
      if (!o.options.some((x) => x.value === j)) throw new Error(`${String(j)} is not an option of ${o.message}`);
      return j as never;
    },
    async confirm(o) {
      const [j] = answer(o.message);
      return j === CANCEL ? CANCEL : Boolean(j);
    },
    log: { error: (m) => notes.push(`error:${m}`), success: (m) => notes.push(`success:${m}`), info: (m) => notes.push(`info:${m}`) },
  };
  return { p, ditanya: asked, ditolak: rejected, catatan: notes };
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
} satisfies Record<string, Answers | Answers[]>;

describe('interactive site:new (injected prompts)', () => {
  it('asks in Indonesian, re-asks wrong answers with the reason, then creates the site', async () => {
    const root = tempRoot('tanya');
    const { p, ditanya: asked, ditolak: rejected, catatan: notes } = fakeAsker(DESA);
    const result = await interview(p, { root });
    expect(result?.ok).toBe(true);
    expect(asked).not.toContain('Nama kelurahan');
    expect(rejected).toEqual([
      'Nama KIM: wajib diisi',
      'Provinsi: bukan nama provinsi yang dikenal; maksud Anda "Jawa Barat"?',
      expect.stringMatching(/^Slug.*dicadangkan/),
      expect.stringMatching(/^Alamat situs: harus alamat web lengkap/),
      expect.stringMatching(/^Nomor WhatsApp sekretariat \(boleh kosong\): harus nomor WhatsApp Indonesia/),
    ]);
    expect(notes.find((c) => c.startsWith('note:Ringkasan'))).toContain('Zona waktu WIB, dari provinsi Jawa Barat.');
    const site = parse(fs.readFileSync(path.join(root, 'sites', 'kim-ngudi-rahayu', 'site.yaml'), 'utf8'));
    expect(site).toMatchObject({ nama: 'KIM Ngudi Rahayu', url: 'https://kim-ngudi-rahayu.desa.id/', wilayah: { provinsi: 'Jawa Barat' } });
    const pengaturan = parse(fs.readFileSync(path.join(root, 'content', 'kim-ngudi-rahayu', 'pengaturan.yaml'), 'utf8'));
    expect(pengaturan.kontak.whatsapp).toBe('6281234567890');
  });

  it('suggests a slug from the name and refuses one that already exists', async () => {
    const root = tempRoot('tanya');
    fs.mkdirSync(path.join(root, 'content', 'kim-ngudi-rahayu'), { recursive: true });
    const { p, ditolak: rejected } = fakeAsker({ ...DESA, Slug: ['kim-ngudi-rahayu', 'kim-ngudi-rahayu-2'] });
    const result = await interview(p, { root });
    expect(result?.ok && result.site.plan.slug).toBe('kim-ngudi-rahayu-2');
    expect(rejected).toContain('Slug (nama folder dan alamat): sudah ada situs dengan slug "kim-ngudi-rahayu"; pilih slug lain');
  });

  it('asks a forum for its members instead of a desa, and the CMS details when wanted', async () => {
    const root = tempRoot('tanya');
    const { p, ditanya: asked } = fakeAsker({
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
    const result = await interview(p, { root });
    expect(result?.ok).toBe(true);
    expect(asked.some((q) => q.startsWith('Nama desa'))).toBe(false);
    const site = parse(fs.readFileSync(path.join(root, 'sites', 'forum-kim-cibungbulang', 'site.yaml'), 'utf8'));
    expect(site).toMatchObject({
      jenis: 'forum-kecamatan',
      anggota: ['kim-a', 'kim-b'],
      deploy: { target: 'github-pages' },
      cms: { backend: 'github', repo: 'diskominfo-bogor/simpul', base_url: 'https://oauth.bogorkab.example/', editorial_workflow: true },
    });
  });

  it.each<[string, Record<string, Answers | Answers[]>]>([
    ['stopping at a question', { ...DESA, Kecamatan: CANCEL }],
    ['answering no at the end', { ...DESA, 'Buat situs ini?': false }],
  ])('creates nothing when %s', async (_, script) => {
    const root = tempRoot('tanya');
    const { p, catatan: notes } = fakeAsker(script);
    expect(await interview(p, { root })).toBeNull();
    expect(notes).toContain('cancel:Dibatalkan. Tidak ada yang dibuat.');
    expect(portrait(root)).toEqual({});
  });

  it('with --dry-run shows the summary and creates nothing', async () => {
    const root = tempRoot('tanya');
    const { p, ditanya: asked, catatan: notes } = fakeAsker(DESA);
    const result = await interview(p, { root, dryRun: true });
    expect(result?.ok).toBe(true);
    expect(asked).not.toContain('Buat situs ini?');
    expect(notes).toContain('outro:Uji coba (--dry-run): tidak ada yang dibuat.');
    expect(portrait(root)).toEqual({});
  });
});
