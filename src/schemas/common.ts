/**
 * Building blocks shared by every content schema.
 *
 * Each schema is a factory that receives a `SchemaContext`: Astro passes its `image()` helper
 * (so pictures go through the asset pipeline), and the `check` CLI passes plain path checks.
 * Field metadata (`title` = label, `description` = hint, `widget`) feeds the Decap CMS config.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'zod';
import { normalizeWhatsapp } from '../lib/whatsapp.ts';

/** How a member would name the YAML shape a field expects. */
const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya atau tidak (true/false)',
  object: 'kelompok isian (beberapa baris menjorok di bawahnya)',
  array: 'daftar (baris-baris yang diawali "- ")',
  date: 'tanggal, contoh: 2026-08-17',
};

// zod's Indonesian locale speaks of types ("diharapkan object, diterima undefined"); a member
// needs to hear that a field is missing, or what to write in it.
z.config(z.locales.id());
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'wajib diisi';
    const name = TYPE_NAMES[issue.expected];
    return name ? `harus berupa ${name}` : undefined;
  },
});

/** Widgets that a field can ask for in the CMS, beyond what its zod type implies. */
export type CmsWidget =
  | 'string'
  | 'text'
  | 'markdown'
  | 'image'
  | 'file'
  | 'datetime'
  | 'date'
  | 'color'
  | 'select'
  | 'boolean'
  | 'number'
  | 'list'
  | 'object'
  | 'hidden';

declare module 'zod' {
  interface GlobalMeta {
    /** Overrides the CMS widget derived from the zod type. */
    widget?: CmsWidget;
    /** Placeholder/example shown to the member. */
    contoh?: string;
    /** Labels for enum options, keyed by stored value. */
    pilihan?: Record<string, string>;
  }
}

/** Provided by the caller: Astro's `image()` or the CLI's path check. */
export interface SchemaContext {
  /**
   * A picture path, relative to the entry file. Typed as Astro's image metadata, which is what
   * the theme receives; the CLI check gets a path string instead.
   */
  image: () => z.ZodType<ImageMetadata>;
  /** A downloadable file (PDF) path, relative to the entry file. */
  file: () => z.ZodType<string>;
}

/**
 * For tools that see picture fields as plain path strings: the CMS config generator, the
 * blueprint checks and schema tests.
 */
export const pathContext: SchemaContext = {
  image: () => z.string() as unknown as ReturnType<SchemaContext['image']>,
  file: () => z.string(),
};

export const message = {
  wajib: 'wajib diisi',
  tanggal: 'harus berupa tanggal, contoh: 2026-08-17',
  waktu: 'harus berupa tanggal dan jam, contoh: 2026-08-17T08:00',
  whatsapp: 'harus nomor WhatsApp Indonesia, contoh: 0812 3456 7890 atau 6281234567890',
  url: 'harus alamat web lengkap yang diawali https://, contoh: https://kim-contoh.desa.id/',
  warna: 'harus kode warna heksadesimal, contoh: #1d6f42',
  alt: 'wajib diisi bila ada foto: jelaskan isi foto untuk pembaca tunanetra',
} as const;

const made = new Map<string, unknown>();

/**
 * One instance per distinct field definition. Astro calls a schema factory that takes
 * `image()` once per entry; rebuilding every zod field each time cost about 0.15 ms per
 * entry, most of a fleet's content loading. Zod schemas are immutable, so sharing is safe.
 */
function once<T>(kind: string, args: unknown[], make: () => T): T {
  const key = `${kind}:${JSON.stringify(args)}`;
  let schema = made.get(key) as T | undefined;
  if (schema === undefined) {
    schema = make();
    made.set(key, schema);
  }
  return schema;
}

export function text(title: string, opts: { min?: number; max?: number; description?: string; contoh?: string } = {}) {
  return once('teks', [title, opts], () => {
    const min = opts.min ?? 1;
    let s = z
      .string({ error: message.wajib })
      .trim()
      .min(min, min <= 1 ? message.wajib : `minimal ${min} karakter`);
    if (opts.max) s = s.max(opts.max, `maksimal ${opts.max} karakter`);
    return s.meta({ title, description: opts.description, contoh: opts.contoh });
  });
}

export function longText(title: string, opts: { max?: number; description?: string } = {}) {
  return once('teksPanjang', [title, opts], () => text(title, opts).meta({ title, description: opts.description, widget: 'text' }));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A calendar date. Astro's YAML reader gives a Date for `2026-08-17`; the `check` CLI reads
 * it as text and rejects days that do not exist (2026-02-30), which a Date would roll over.
 */
export function calendarDate(title: string, description?: string) {
  return once('tanggal', [title, description], () =>
    z
      .union([z.date(), z.string()], { error: message.tanggal })
      .transform((v, ctx) => {
        if (v instanceof Date) {
          if (Number.isNaN(v.getTime())) ctx.addIssue({ code: 'custom', message: message.tanggal });
          return v;
        }
        const m = ISO_DATE.exec(v.trim());
        const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
        if (!m || !day || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) {
          ctx.addIssue({ code: 'custom', message: message.tanggal });
          return z.NEVER;
        }
        return v.trim().length > 10 ? new Date(v.trim().replace(' ', 'T')) : day;
      })
      .meta({ title, description, widget: 'date' }),
  );
}

const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/;

/**
 * A wall-clock date and time in the site's own time zone (WIB/WITA/WIT), stored without an
 * offset, e.g. `2026-08-17T08:00`. The theme attaches the site's zone when it renders.
 */
export function localDateTime(title: string, description?: string) {
  return once('waktuLokal', [title, description], () =>
    z
      .union([z.string(), z.date()], { error: message.waktu })
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 16) : v.trim().replace(' ', 'T').slice(0, 16)))
      .refine((v) => LOCAL_DATETIME.test(v) && !Number.isNaN(Date.parse(`${v}:00Z`)), message.waktu)
      .meta({ title, description, widget: 'datetime' }),
  );
}

export function whatsapp(title = 'Nomor WhatsApp', description?: string) {
  return once('whatsapp', [title, description], () =>
    z
      .string({ error: message.whatsapp })
      .transform((v, ctx) => {
        const n = normalizeWhatsapp(String(v));
        if (!n) {
          ctx.addIssue({ code: 'custom', message: message.whatsapp });
          return z.NEVER;
        }
        return n;
      })
      .meta({ title, description, contoh: '081234567890' }),
  );
}

export function url(title: string, description?: string) {
  return once('url', [title, description], () =>
    z
      .string({ error: message.url })
      .trim()
      .refine(
        (v) => {
          try {
            const u = new URL(v);
            return u.protocol === 'https:' || u.protocol === 'http:';
          } catch {
            return false;
          }
        },
        { message: message.url, abort: true },
      )
      .meta({ title, description }),
  );
}

export function color(title: string) {
  return once('warna', [title], () =>
    z
      .string({ error: message.warna })
      .regex(/^#[0-9a-fA-F]{6}$/, message.warna)
      .meta({ title, widget: 'color' }),
  );
}

/** An enum whose options carry Indonesian labels for the CMS and the theme. */
export function choice<const V extends Record<string, string>>(title: string, values: V, description?: string) {
  type Key = keyof V & string;
  const keys = Object.keys(values) as [Key, ...Key[]];
  return once('pilihan', [title, values, description], () =>
    z.enum(keys, { error: `harus salah satu dari: ${keys.join(', ')}` }).meta({ title, description, widget: 'select', pilihan: values }),
  );
}

export function draft() {
  return once('draft', [], () =>
    z
      .boolean({ error: 'harus ya atau tidak (true/false)' })
      .default(false)
      .meta({ title: 'Simpan sebagai draf', description: 'Draf tidak tampil di situs.', widget: 'boolean' }),
  );
}

/** A photo with its required description. */
export function photo(ctx: SchemaContext, title = 'Foto') {
  return z
    .object({
      src: ctx.image().meta({ title, widget: 'image' }),
      alt: text('Keterangan foto', {
        description: 'Jelaskan isi foto dalam satu kalimat, untuk pembaca tunanetra dan saat foto gagal dimuat.',
        max: 200,
      }),
    })
    .meta({ title, widget: 'object' });
}
