/**
 * The interactive questions of `site:new`, in Indonesian. The question-asker is passed in
 * (`@clack/prompts` in the terminal, a scripted fake in tests), so the whole flow can be
 * tested without a terminal.
 */
import { isGroup } from '../../../src/lib/membership.ts';
import { existsSync } from 'node:fs';
import * as clack from '@clack/prompts';
import { siteJenis, timeZones } from '../../../src/schemas/site.ts';
import { field } from './fields.ts';
import { checkOne, slugFromName, type RawInput } from './inputs.ts';
import { siteFolders } from '../paths.ts';
import { findProvinsi } from './provinsi.ts';
import { createSite, type CreateResult, type CreateOptions } from './provision.ts';

type Cancelled = symbol;

/** The subset of `@clack/prompts` the flow uses. */
export interface Asker {
  intro(title?: string): void;
  outro(message?: string): void;
  cancel(message?: string): void;
  note(message?: string, title?: string): void;
  text(o: {
    message: string;
    placeholder?: string;
    initialValue?: string;
    validate?: (v: string | undefined) => string | Error | undefined;
  }): Promise<string | Cancelled>;
  select<V extends string>(o: { message: string; options: { value: V; label?: string; hint?: string }[]; initialValue?: V }): Promise<V | Cancelled>;
  confirm(o: { message: string; initialValue?: boolean }): Promise<boolean | Cancelled>;
  log: { error(m: string): void; success(m: string): void; info(m: string): void };
}

/** `@clack/prompts` with its few English words (key hints, Yes/No) replaced by Indonesian. */
export function clackAsker(): Asker {
  clack.updateSettings({ messages: { cancel: 'Dibatalkan', error: 'Terjadi kesalahan' } });
  return {
    intro: (t) => clack.intro(t),
    outro: (t) => clack.outro(t),
    cancel: (t) => clack.cancel(t),
    note: (m, t) => clack.note(m, t),
    text: (o) => clack.text(o),
    select: (o) =>
      clack.select({ ...o, message: `${o.message} (pilih dengan ↑/↓ lalu Enter)`, showInstructions: false } as Parameters<typeof clack.select>[0]) as never,
    confirm: (o) => clack.confirm({ ...o, active: 'Ya', inactive: 'Tidak' }),
    log: clack.log,
  };
}

class CancelledError extends Error {}

function ensure<T>(v: T | Cancelled): T {
  if (typeof v === 'symbol') throw new CancelledError();
  return v;
}

/** Result of a session: the outcome of creating the site, or null when the operator stopped. */
export async function interview(p: Asker, options: CreateOptions): Promise<CreateResult | null> {
  try {
    return await flow(p, options);
  } catch (e) {
    if (e instanceof CancelledError) {
      p.cancel('Dibatalkan. Tidak ada yang dibuat.');
      return null;
    }
    throw e;
  }
}

async function flow(p: Asker, options: CreateOptions): Promise<CreateResult | null> {
  p.intro('Membuat situs KIM baru');
  const m: Record<string, string> = {};

  const ask = async (name: string, extra: { message?: string; placeholder?: string; initialValue?: string; cek?: (v: string) => string | undefined } = {}) => {
    const f = field(name);
    const answer = ensure(
      await p.text({
        message: extra.message ?? f.label,
        placeholder: extra.placeholder ?? (f.example ? `contoh: ${f.example}` : f.hint),
        initialValue: extra.initialValue,
        validate: (v) => checkOne(name, v ?? '', m.jenis) ?? (v?.trim() ? extra.cek?.(v.trim()) : undefined),
      }),
    );
    m[name] = (answer ?? '').trim();
  };

  m.jenis = ensure(
    await p.select({
      message: 'Jenis KIM',
      options: (Object.keys(siteJenis) as (keyof typeof siteJenis)[]).map((k) => ({ value: k, label: siteJenis[k] })),
    }),
  );
  const forum = isGroup({ jenis: m.jenis });
  const exampleName: Record<string, string> = { 'forum-kecamatan': 'Forum KIM Kecamatan Cibungbulang', 'portal-kabupaten': 'Portal KIM Kabupaten Bogor' };
  await ask('nama', { placeholder: `contoh: ${exampleName[m.jenis!] ?? 'KIM Ngudi Rahayu'}` });
  if (!forum) await ask('desa', { message: m.jenis === 'kelurahan' ? 'Nama kelurahan' : 'Nama desa' });
  await ask('kecamatan');
  await ask('kabupaten');
  await ask('provinsi');
  await ask('slug', {
    initialValue: slugFromName(m.nama!),
    cek: (v) => {
      const j = siteFolders(options.root, v);
      return existsSync(j.siteDir) || existsSync(j.contentDir) ? `sudah ada situs dengan slug "${v}"; pilih slug lain` : undefined;
    },
  });
  await ask('url', { placeholder: `contoh: https://${m.slug}.desa.id/` });
  await ask('whatsapp', { message: 'Nomor WhatsApp sekretariat (boleh kosong)' });
  await ask('email', { message: 'Email sekretariat (boleh kosong)' });
  if (forum) await ask('anggota', { message: 'Slug KIM anggota, dipisah koma (kosongkan: semua KIM di wilayahnya)' });

  if (ensure(await p.confirm({ message: 'Atur tempat terbit dan CMS sekarang? (bisa juga nanti di site.yaml)', initialValue: false }))) {
    m.deploy = ensure(
      await p.select({
        message: 'Tempat terbit',
        options: [
          { value: 'nginx', label: 'Server sendiri (nginx)' },
          { value: 'github-pages', label: 'GitHub Pages' },
          { value: 'cloudflare-pages', label: 'Cloudflare Pages' },
        ],
      }),
    );
    if (m.deploy === 'cloudflare-pages') await ask('proyek', { message: 'Nama proyek Cloudflare Pages' });
    m.cms = ensure(
      await p.select({
        message: 'Cara anggota menyunting',
        options: [
          { value: 'local', label: 'Lokal (pelatihan, tanpa login)' },
          { value: 'github', label: 'GitHub', hint: 'perlu proxy OAuth' },
          { value: 'gitlab', label: 'GitLab', hint: 'perlu ID aplikasi OAuth' },
        ],
      }),
    );
    const required = (v: string) => (v ? undefined : 'wajib diisi');
    if (m.cms !== 'local') await ask('repo', { cek: required });
    if (m.cms === 'github') await ask('oauth-url', { cek: required });
    if (m.cms === 'gitlab') await ask('app-id', { cek: required });
    if (m.cms !== 'local') {
      m.editorial = ensure(await p.confirm({ message: 'Perubahan anggota menunggu persetujuan dulu?', initialValue: true })) ? 'ya' : 'tidak';
    }
  }

  const raw: RawInput = m;
  const plan = await createSite(raw, { ...options, dryRun: true });
  if (!plan.ok) {
    p.log.error(plan.issues.map((g) => (g.field ? `${field(g.field).label}: ${g.message}` : g.message)).join('\n'));
    p.outro('Situs belum dibuat.');
    return plan;
  }
  const zone = timeZones[plan.site.plan.site.zona_waktu];
  p.note(
    `${plan.site.siteYaml.replace(/^#.*\n/gm, '')}\nZona waktu ${zone}, dari provinsi ${findProvinsi(m.provinsi!)?.name}.\n\nBerkas yang dibuat:\n${plan.site.files.map((b) => `  ${b}`).join('\n')}`,
    'Ringkasan',
  );
  if (options.dryRun) {
    p.outro('Uji coba (--dry-run): tidak ada yang dibuat.');
    return plan;
  }
  if (!ensure(await p.confirm({ message: 'Buat situs ini?', initialValue: true }))) throw new CancelledError();
  const result = await createSite(raw, options);
  if (result.ok) {
    p.log.success(`Situs ${result.site.plan.slug} dibuat.`);
    p.outro(`Langkah berikutnya: npm run check, lalu npm run build -- --site ${result.site.plan.slug}`);
  } else {
    p.log.error(result.issues.map((g) => g.message).join('\n'));
    p.outro('Situs belum dibuat.');
  }
  return result;
}
