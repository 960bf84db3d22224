import { z } from 'zod';
import { isGroup } from '../lib/membership.ts';
import { choice, text, url } from './common.ts';
import { loginSchema } from './fleet.ts';

/** Time zones of Indonesia, with the label residents know. */
export const timeZones = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
} as const;
export type TimeZone = keyof typeof timeZones;

export const siteJenis = {
  desa: 'KIM desa',
  kelurahan: 'KIM kelurahan',
  'forum-kecamatan': 'Forum KIM kecamatan',
  'portal-kabupaten': 'Portal KIM kabupaten',
} as const;
export type SiteJenis = keyof typeof siteJenis;

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/;
/** Folder names a slug may not take: they collide with shared output folders. */
export const RESERVED_SLUGS = [
  'admin',
  'cari',
  '_astro',
  'pagefind',
  'assets',
  'media',
  'berkas',
  'static',
  'public',
  'api',
  'sitemap',
  'rss',
  'robots',
  'favicon',
  '404',
  'simpul',
  'decap',
] as const;

/**
 * Names Windows reserves for devices: a folder `sites/con/` cannot be checked out on the
 * Windows laptops many operators use. Windows also treats `con.txt` as the device, but a
 * slug cannot contain a dot, so matching the whole slug (any case) is enough.
 */
export const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export const slug = () =>
  z
    .string({ error: 'wajib diisi' })
    .regex(SLUG_PATTERN, 'harus 3–63 karakter: huruf kecil a–z, angka 0–9 dan tanda -, tidak diawali/diakhiri -')
    .refine((s) => !(RESERVED_SLUGS as readonly string[]).includes(s), {
      message: `tidak boleh memakai nama yang dicadangkan (${RESERVED_SLUGS.join(', ')})`,
    })
    .refine((s) => !WINDOWS_DEVICE_NAME.test(s), {
      message: 'tidak boleh memakai nama perangkat Windows (con, prn, aux, nul, com0–com9, lpt0–lpt9): repositori tidak bisa dibuka di Windows',
    })
    .meta({ title: 'Slug' });

/** Operator-owned configuration of one KIM site: `sites/<slug>/site.yaml`. Never editable in the CMS. */
export const siteSchema = () =>
  z
    .object({
      slug: slug(),
      nama: text('Nama KIM', { max: 120 }),
      jenis: choice('Jenis', siteJenis),
      wilayah: z.object({
        desa: text('Desa/kelurahan', { max: 100 }).optional(),
        kecamatan: text('Kecamatan', { max: 100 }),
        kabupaten: text('Kabupaten/kota', { max: 100 }),
        provinsi: text('Provinsi', { max: 100 }),
        kode: z
          .string()
          .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'harus kode wilayah Kemendagri, contoh: 32.01.05.2001')
          .optional(),
      }),
      url: url('Alamat situs', 'Alamat lengkap tempat situs ini dilayani, diakhiri /.').refine(
        (v) => v.endsWith('/'),
        'harus diakhiri tanda /, contoh: https://kim-contoh.desa.id/',
      ),
      zona_waktu: z
        .enum(Object.keys(timeZones) as [TimeZone, ...TimeZone[]], {
          error: 'harus Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)',
        })
        .default('Asia/Jakarta'),
      /**
       * For a forum or portal: its member KIMs, when they are not simply every KIM of its
       * kecamatan (forum) or kabupaten (portal); see src/lib/membership.ts.
       */
      anggota: z.array(slug()).default([]),
      /**
       * The members who may change this KIM's content (GitHub/GitLab usernames). Operator-owned:
       * the CMS never shows site.yaml, and the guard reads this list from the base branch.
       */
      editor: z.array(loginSchema()).default([]),
      /** For a portal: when the activity report calls a KIM active (scripts/lib/report/). */
      aktivitas: z
        .object({
          aktif_hari: z.number({ error: 'harus bilangan hari, contoh: 30' }).int('harus bilangan bulat').positive('harus lebih dari 0').default(30),
          tidak_aktif_hari: z.number({ error: 'harus bilangan hari, contoh: 90' }).int('harus bilangan bulat').positive('harus lebih dari 0').default(90),
        })
        .refine((a) => a.tidak_aktif_hari > a.aktif_hari, { message: 'tidak_aktif_hari harus lebih besar dari aktif_hari', path: ['tidak_aktif_hari'] })
        .optional(),
      deploy: z
        .object({
          target: z
            // `nginx` is the old name of `folder`; npm run deploy reads it as `folder`, with a note.
            .enum(['github-pages', 'gitlab-pages', 'cloudflare-pages', 'folder', 'nginx'], {
              error: 'harus github-pages, gitlab-pages, cloudflare-pages atau folder',
            })
            .default('nginx'),
          proyek: z.string().optional(),
        })
        .default({ target: 'nginx' }),
      cms: z
        .object({
          backend: z.enum(['github', 'gitlab', 'local'], { error: 'harus github, gitlab atau local' }).default('local'),
          repo: z
            .string()
            .regex(/^[\w.-]+\/[\w.-]+$/, 'harus berbentuk pemilik/nama-repo')
            .optional(),
          branch: z.string().default('main'),
          base_url: url('Alamat proxy OAuth').optional(),
          app_id: z.string().optional(),
          editorial_workflow: z.boolean().optional(),
        })
        .default({ backend: 'local', branch: 'main' }),
      diarsipkan: z.boolean().default(false),
    })
    .superRefine((s, ctx) => {
      if (!isGroup(s) && s.anggota.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['anggota'], message: 'hanya untuk jenis forum-kecamatan atau portal-kabupaten' });
      }
      if (s.jenis !== 'portal-kabupaten' && s.aktivitas) {
        ctx.addIssue({ code: 'custom', path: ['aktivitas'], message: 'hanya untuk jenis portal-kabupaten' });
      }
      if (s.cms.backend !== 'local' && !s.cms.repo) {
        ctx.addIssue({ code: 'custom', path: ['cms', 'repo'], message: `wajib diisi untuk backend ${s.cms.backend}` });
      }
      if (s.cms.backend === 'github' && !s.cms.base_url) {
        ctx.addIssue({ code: 'custom', path: ['cms', 'base_url'], message: 'wajib diisi untuk backend github (alamat proxy OAuth)' });
      }
      if (s.editor.length > 0 && s.cms.editorial_workflow === false) {
        ctx.addIssue({
          code: 'custom',
          path: ['cms', 'editorial_workflow'],
          message: 'tidak boleh false bila KIM ini punya editor: tanpa alur editorial, perubahan anggota langsung masuk ke cabang utama tanpa diperiksa guard',
        });
      }
      if (s.cms.backend === 'gitlab' && !s.cms.app_id) {
        ctx.addIssue({ code: 'custom', path: ['cms', 'app_id'], message: 'wajib diisi untuk backend gitlab (ID aplikasi OAuth)' });
      }
    });

export type SiteConfig = z.output<ReturnType<typeof siteSchema>>;
