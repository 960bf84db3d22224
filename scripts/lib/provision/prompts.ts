/**
 * The interactive questions of `site:new`, in Indonesian. The question-asker is passed in
 * (`@clack/prompts` in the terminal, a scripted fake in tests), so the whole flow can be
 * tested without a terminal.
 */
import { isGroup } from '../../../src/lib/membership.ts';
import { existsSync } from 'node:fs';
import * as clack from '@clack/prompts';
import { jenisSitus, zonaWaktu } from '../../../src/schemas/site.ts';
import { isian } from './fields.ts';
import { periksaSatu, slugDariNama, type Mentah } from './inputs.ts';
import { siteFolders } from '../paths.ts';
import { cariProvinsi } from './provinsi.ts';
import { buatSitus, type HasilBuat, type OpsiBuat } from './provision.ts';

type Batal = symbol;

/** The subset of `@clack/prompts` the flow uses. */
export interface Penanya {
  intro(judul?: string): void;
  outro(pesan?: string): void;
  cancel(pesan?: string): void;
  note(pesan?: string, judul?: string): void;
  text(o: {
    message: string;
    placeholder?: string;
    initialValue?: string;
    validate?: (v: string | undefined) => string | Error | undefined;
  }): Promise<string | Batal>;
  select<V extends string>(o: { message: string; options: { value: V; label?: string; hint?: string }[]; initialValue?: V }): Promise<V | Batal>;
  confirm(o: { message: string; initialValue?: boolean }): Promise<boolean | Batal>;
  log: { error(m: string): void; success(m: string): void; info(m: string): void };
}

/** `@clack/prompts` with its few English words (key hints, Yes/No) replaced by Indonesian. */
export function penanyaClack(): Penanya {
  clack.updateSettings({ messages: { cancel: 'Dibatalkan', error: 'Terjadi kesalahan' } });
  return {
    intro: (t) => clack.intro(t),
    outro: (t) => clack.outro(t),
    cancel: (t) => clack.cancel(t),
    note: (m, t) => clack.note(m, t),
    text: (o) => clack.text(o),
    select: (o) => clack.select({ ...o, message: `${o.message} (pilih dengan ↑/↓ lalu Enter)`, showInstructions: false } as Parameters<typeof clack.select>[0]) as never,
    confirm: (o) => clack.confirm({ ...o, active: 'Ya', inactive: 'Tidak' }),
    log: clack.log,
  };
}

class Dibatalkan extends Error {}

function pastikan<T>(v: T | Batal): T {
  if (typeof v === 'symbol') throw new Dibatalkan();
  return v;
}

/** Result of a session: the outcome of creating the site, or null when the operator stopped. */
export async function tanyaJawab(p: Penanya, opsi: OpsiBuat): Promise<HasilBuat | null> {
  try {
    return await alur(p, opsi);
  } catch (e) {
    if (e instanceof Dibatalkan) {
      p.cancel('Dibatalkan. Tidak ada yang dibuat.');
      return null;
    }
    throw e;
  }
}

async function alur(p: Penanya, opsi: OpsiBuat): Promise<HasilBuat | null> {
  p.intro('Membuat situs KIM baru');
  const m: Record<string, string> = {};

  const tanya = async (nama: string, extra: { message?: string; placeholder?: string; initialValue?: string; cek?: (v: string) => string | undefined } = {}) => {
    const f = isian(nama);
    const jawab = pastikan(
      await p.text({
        message: extra.message ?? f.label,
        placeholder: extra.placeholder ?? (f.contoh ? `contoh: ${f.contoh}` : f.keterangan),
        initialValue: extra.initialValue,
        validate: (v) => periksaSatu(nama, v ?? '', m.jenis) ?? (v?.trim() ? extra.cek?.(v.trim()) : undefined),
      }),
    );
    m[nama] = (jawab ?? '').trim();
  };

  m.jenis = pastikan(
    await p.select({
      message: 'Jenis KIM',
      options: (Object.keys(jenisSitus) as (keyof typeof jenisSitus)[]).map((k) => ({ value: k, label: jenisSitus[k] })),
    }),
  );
  const forum = isGroup({ jenis: m.jenis });
  const contohNama: Record<string, string> = { 'forum-kecamatan': 'Forum KIM Kecamatan Cibungbulang', 'portal-kabupaten': 'Portal KIM Kabupaten Bogor' };
  await tanya('nama', { placeholder: `contoh: ${contohNama[m.jenis!] ?? 'KIM Ngudi Rahayu'}` });
  if (!forum) await tanya('desa', { message: m.jenis === 'kelurahan' ? 'Nama kelurahan' : 'Nama desa' });
  await tanya('kecamatan');
  await tanya('kabupaten');
  await tanya('provinsi');
  await tanya('slug', {
    initialValue: slugDariNama(m.nama!),
    cek: (v) => {
      const j = siteFolders(opsi.root, v);
      return existsSync(j.siteDir) || existsSync(j.contentDir) ? `sudah ada situs dengan slug "${v}"; pilih slug lain` : undefined;
    },
  });
  await tanya('url', { placeholder: `contoh: https://${m.slug}.desa.id/` });
  await tanya('whatsapp', { message: 'Nomor WhatsApp sekretariat (boleh kosong)' });
  await tanya('email', { message: 'Email sekretariat (boleh kosong)' });
  if (forum) await tanya('anggota', { message: 'Slug KIM anggota, dipisah koma (kosongkan: semua KIM di wilayahnya)' });

  if (pastikan(await p.confirm({ message: 'Atur tempat terbit dan CMS sekarang? (bisa juga nanti di site.yaml)', initialValue: false }))) {
    m.deploy = pastikan(
      await p.select({
        message: 'Tempat terbit',
        options: [
          { value: 'nginx', label: 'Server sendiri (nginx)' },
          { value: 'github-pages', label: 'GitHub Pages' },
          { value: 'cloudflare-pages', label: 'Cloudflare Pages' },
        ],
      }),
    );
    if (m.deploy === 'cloudflare-pages') await tanya('proyek', { message: 'Nama proyek Cloudflare Pages' });
    m.cms = pastikan(
      await p.select({
        message: 'Cara anggota menyunting',
        options: [
          { value: 'local', label: 'Lokal (pelatihan, tanpa login)' },
          { value: 'github', label: 'GitHub', hint: 'perlu proxy OAuth' },
          { value: 'gitlab', label: 'GitLab', hint: 'perlu ID aplikasi OAuth' },
        ],
      }),
    );
    const wajib = (v: string) => (v ? undefined : 'wajib diisi');
    if (m.cms !== 'local') await tanya('repo', { cek: wajib });
    if (m.cms === 'github') await tanya('oauth-url', { cek: wajib });
    if (m.cms === 'gitlab') await tanya('app-id', { cek: wajib });
    if (m.cms !== 'local') {
      m.editorial = pastikan(await p.confirm({ message: 'Perubahan anggota menunggu persetujuan dulu?', initialValue: true })) ? 'ya' : 'tidak';
    }
  }

  const mentah: Mentah = m;
  const rencana = await buatSitus(mentah, { ...opsi, cobaSaja: true });
  if (!rencana.ok) {
    p.log.error(rencana.galat.map((g) => (g.field ? `${isian(g.field).label}: ${g.message}` : g.message)).join('\n'));
    p.outro('Situs belum dibuat.');
    return rencana;
  }
  const zona = zonaWaktu[rencana.situs.rencana.site.zona_waktu];
  p.note(
    `${rencana.situs.siteYaml.replace(/^#.*\n/gm, '')}\nZona waktu ${zona}, dari provinsi ${cariProvinsi(m.provinsi!)?.nama}.\n\nBerkas yang dibuat:\n${rencana.situs.berkas.map((b) => `  ${b}`).join('\n')}`,
    'Ringkasan',
  );
  if (opsi.cobaSaja) {
    p.outro('Uji coba (--dry-run): tidak ada yang dibuat.');
    return rencana;
  }
  if (!pastikan(await p.confirm({ message: 'Buat situs ini?', initialValue: true }))) throw new Dibatalkan();
  const hasil = await buatSitus(mentah, opsi);
  if (hasil.ok) {
    p.log.success(`Situs ${hasil.situs.rencana.slug} dibuat.`);
    p.outro(`Langkah berikutnya: npm run check, lalu npm run build -- --site ${hasil.situs.rencana.slug}`);
  } else {
    p.log.error(hasil.galat.map((g) => g.message).join('\n'));
    p.outro('Situs belum dibuat.');
  }
  return hasil;
}
