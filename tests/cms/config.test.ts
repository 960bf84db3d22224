import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentTypes, pengaturanSchema, siteSchema, type SiteConfig } from '../../src/schemas/index.ts';
import { collectionName, decapConfig, type DecapCollection } from '../../scripts/lib/cms/config.ts';
import { fieldsFor, type DecapField } from '../../scripts/lib/cms/fields.ts';
import { plainCtx } from '../helpers/schema.ts';

const site = (cms: Record<string, unknown> = {}, url = 'https://kim-contoh.desa.id/'): SiteConfig =>
  siteSchema().parse({
    slug: 'kim-contoh',
    nama: 'KIM Contoh',
    jenis: 'desa',
    wilayah: { kecamatan: 'Cibungbulang', kabupaten: 'Kabupaten Bogor', provinsi: 'Jawa Barat' },
    url,
    cms,
  });

const github = site({ backend: 'github', repo: 'diskominfo/kim', base_url: 'https://oauth.contoh.id/' });

// ---- An independent reading of the schemas, to compare the generated config against -----
// zod's own JSON Schema export (input side: what a member types) carries each field's
// metadata (`title`, `description`, `pilihan`) and its required flag, without fields.ts.

interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  pilihan?: Record<string, string>;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  default?: unknown;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

interface Expected {
  name: string;
  label: string;
  required: boolean;
  options?: string[];
  optionLabels?: Record<string, string>;
  description?: string;
  children?: Expected[];
}

const jsonSchemaOf = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline' }) as JsonSchema;

/** A nullable field is `anyOf: [field, null]`: the field's own part, with outer metadata. */
function own(js: JsonSchema): JsonSchema {
  const parts = js.anyOf?.filter((p) => p.type !== 'null');
  return parts?.length === 1 ? { ...own(parts[0]!), ...js, anyOf: undefined } : js;
}

/** What the CMS must show for a schema property, read from its JSON Schema. */
function expected(name: string, raw: JsonSchema, inRequired: boolean, parentOptional = false): Expected {
  const js = own(raw);
  const zodRequired = inRequired && js.default === undefined;
  const e: Expected = {
    name,
    label: js.title ?? name,
    required: zodRequired && !parentOptional,
    description: js.description,
  };
  if (js.enum) {
    e.options = js.enum as string[];
    e.optionLabels = js.pilihan;
  }
  if (js.properties) e.children = childrenOf(js, !zodRequired);
  if (js.items) {
    const item = own(js.items);
    if (item.properties) e.children = childrenOf(item);
  }
  return e;
}

function childrenOf(js: JsonSchema, parentOptional = false): Expected[] {
  const required = new Set(js.required ?? []);
  return Object.entries(js.properties ?? {}).map(([k, v]) => expected(k, v, required.has(k), parentOptional));
}

function compare(field: DecapField | undefined, exp: Expected, where: string): void {
  expect(field, `${where}: kolom "${exp.name}" tidak ada di konfigurasi CMS`).toBeDefined();
  const f = field!;
  // foto(): the picture inside an object of the same title is relabelled on purpose.
  if (!(f.widget === 'image' && f.label === 'Berkas foto')) expect(f.label, `${where}.${exp.name} label`).toBe(exp.label);
  // A field inside an optional object can only be conditionally required: the CMS leaves it
  // optional and the build check enforces it; everything else must match exactly.
  if (exp.required) expect(f.required ?? true, `${where}.${exp.name} required`).toBe(true);
  else if (f.default === undefined) expect(f.required, `${where}.${exp.name} optional`).toBe(false);
  if (exp.description) expect(f.hint, `${where}.${exp.name} hint`).toContain(exp.description);
  if (exp.options) {
    expect(f.widget).toBe('select');
    expect(f.options!.map((o) => o.value)).toEqual(exp.options);
    for (const o of f.options!) expect(o.label).toBe(exp.optionLabels?.[o.value] ?? o.value);
  }
  if (exp.children) {
    const sub = f.fields ?? [];
    expect(
      sub.map((s) => s.name),
      `${where}.${exp.name} sub-fields`,
    ).toEqual(exp.children.map((c) => c.name));
    for (const c of exp.children)
      compare(
        sub.find((s) => s.name === c.name),
        c,
        `${where}.${exp.name}`,
      );
  }
}

function topLevel(schema: z.ZodType): Expected[] {
  return childrenOf(own(jsonSchemaOf(schema)));
}

const byName = (config: ReturnType<typeof decapConfig>, name: string): DecapCollection => config.collections.find((c) => c.name === name)!;

describe('generated Decap config matches the zod schemas', () => {
  const config = decapConfig(github);

  for (const type of contentTypes) {
    it(`${type.name}: every schema field, with its label, hint, required flag and options`, () => {
      const col = byName(config, collectionName('kim-contoh', type.name));
      expect(col, `koleksi ${type.name}`).toBeDefined();
      const exp = topLevel(type.schema(plainCtx));
      const names = col.fields!.map((f) => f.name).filter((n) => n !== 'body');
      expect(names).toEqual(exp.map((e) => e.name));
      for (const e of exp)
        compare(
          col.fields!.find((f) => f.name === e.name),
          e,
          type.name,
        );
      expect(col.fields!.some((f) => f.name === 'body' && f.widget === 'markdown')).toBe(Boolean(type.body));
      if (type.body) expect(col.fields!.find((f) => f.name === 'body')!.label).toBe(type.body);
    });
  }

  it('pengaturan.yaml: every field of the pengaturan schema', () => {
    const col = byName(config, 'pengaturan');
    const file = col.files![0] as { file: string; fields: DecapField[] };
    expect(file.file).toBe('content/kim-contoh/pengaturan.yaml');
    const exp = topLevel(pengaturanSchema(plainCtx));
    expect(file.fields.map((f) => f.name)).toEqual(exp.map((e) => e.name));
    for (const e of exp)
      compare(
        file.fields.find((f) => f.name === e.name),
        e,
        'pengaturan',
      );
  });

  it('has exactly one collection per content type plus pengaturan, nothing else', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual([...contentTypes.map((t) => collectionName('kim-contoh', t.name)), 'pengaturan'].sort());
  });

  it('uses the widget each field asks for', () => {
    const berita = byName(config, collectionName('kim-contoh', 'berita')).fields!;
    const f = (name: string) => berita.find((x) => x.name === name)!;
    expect(f('judul').widget).toBe('string');
    expect(f('ringkasan').widget).toBe('text');
    expect(f('tanggal')).toMatchObject({ widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', default: '{{now}}' });
    expect(f('draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(f('gambar').widget).toBe('object');
    expect(f('gambar').fields!.find((x) => x.name === 'src')).toMatchObject({ widget: 'image', choose_url: false });
    const agenda = byName(config, collectionName('kim-contoh', 'agenda')).fields!;
    expect(agenda.find((x) => x.name === 'mulai')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm' });
    const produk = byName(config, collectionName('kim-contoh', 'produk')).fields!;
    expect(produk.find((x) => x.name === 'harga')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    const info = byName(config, collectionName('kim-contoh', 'informasi-publik')).fields!;
    const files = info.find((x) => x.name === 'berkas')!;
    expect(files.widget).toBe('file');
    expect(files.required).not.toBe(false);
    const potensi = byName(config, collectionName('kim-contoh', 'potensi')).fields!;
    expect(potensi.find((x) => x.name === 'gambar')).toMatchObject({ widget: 'list', min: 1, label_singular: 'Foto' });
    const location = potensi.find((x) => x.name === 'lokasi')!;
    expect(location.fields!.find((x) => x.name === 'lat')).toMatchObject({ widget: 'number', value_type: 'float', min: -11, max: 6.5, required: false });
    const color = (byName(config, 'pengaturan').files![0] as { fields: DecapField[] }).fields.find((x) => x.name === 'warna')!;
    expect(color.fields!.find((x) => x.name === 'utama')).toMatchObject({ widget: 'color', default: '#1d6f42' });
  });

  it('turns zod length limits into patterns with the schema’s own message', () => {
    const title = byName(config, collectionName('kim-contoh', 'berita')).fields!.find((f) => f.name === 'judul')!;
    const [re, msg] = title.pattern!;
    expect(new RegExp(re).test('Abc')).toBe(false);
    expect(new RegExp(re).test('Panen raya')).toBe(true);
    expect(new RegExp(re).test('x'.repeat(151))).toBe(false);
    expect(msg).toBe('minimal 5 karakter, maksimal 150 karakter');
  });
});

describe('scope: one KIM, its own folder only', () => {
  it('points every collection and the media folder into content/<slug>/', () => {
    const config = decapConfig(github);
    expect(config.media_folder).toBe('content/kim-contoh/media');
    for (const c of config.collections) {
      const paths = c.folder ? [c.folder] : (c.files ?? []).map((f) => String(f.file));
      for (const p of paths) expect(p.startsWith('content/kim-contoh/')).toBe(true);
    }
    expect(JSON.stringify(config)).not.toContain('site.yaml');
    expect(JSON.stringify(config)).not.toContain('sites/');
  });

  it('never shows the editor list (operator-owned) to the CMS', () => {
    const withEditors = siteSchema().parse({ ...github, editor: ['anggotarahasia'] });
    expect(JSON.stringify(decapConfig(withEditors))).not.toContain('anggotarahasia');
  });

  it('stores pictures relative to the entry file, as Astro expects', () => {
    const config = decapConfig(github);
    const berita = byName(config, collectionName('kim-contoh', 'berita'));
    expect(berita).toMatchObject({ media_folder: '/content/kim-contoh/media', public_folder: '../media', extension: 'md', format: 'frontmatter' });
    expect(byName(config, 'pengaturan').files![0]).toMatchObject({ media_folder: 'media', public_folder: 'media' });
  });

  it('gives each KIM its own collection names (editorial-workflow branches never collide)', () => {
    const other = decapConfig({ ...github, slug: 'kim-lain' });
    const a = new Set(
      decapConfig(github)
        .collections.filter((c) => c.folder)
        .map((c) => c.name),
    );
    for (const c of other.collections.filter((c) => c.folder)) expect(a.has(c.name)).toBe(false);
  });

  it('in local mode, paths are relative to content/<slug>/ (decap-server’s whole repository)', () => {
    const config = decapConfig(github, { kind: 'local', proxyUrl: 'http://127.0.0.1:9/api/v1', siteUrl: 'http://127.0.0.1:4321/kim-contoh/' });
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:9/api/v1', branch: 'main' });
    expect(config.publish_mode).toBeUndefined();
    expect(byName(config, collectionName('kim-contoh', 'berita')).folder).toBe('berita');
    expect(config.media_folder).toBe('media');
    // A new entry's library lists the KIM's photos: the folder does not depend on the entry.
    expect(byName(config, collectionName('kim-contoh', 'berita')).media_folder).toBe('/media');
    expect(config.site_url).toBe('http://127.0.0.1:4321/kim-contoh/');
  });
});

describe('backends from site.yaml', () => {
  it('github: repo, branch, OAuth proxy, editorial workflow on by default', () => {
    const c = decapConfig(github);
    expect(c.backend).toMatchObject({ name: 'github', repo: 'diskominfo/kim', branch: 'main', base_url: 'https://oauth.contoh.id/' });
    expect(c.publish_mode).toBe('editorial_workflow');
    expect(c.locale).toBe('id');
    expect(c.site_url).toBe('https://kim-contoh.desa.id/');
  });

  it('gitlab: PKCE with an app id, editorial workflow on', () => {
    const c = decapConfig(site({ backend: 'gitlab', repo: 'diskominfo/kim', app_id: 'abc123' }));
    expect(c.backend).toMatchObject({ name: 'gitlab', repo: 'diskominfo/kim', auth_type: 'pkce', app_id: 'abc123' });
    expect(c.publish_mode).toBe('editorial_workflow');
  });

  it('the editorial workflow can be turned off in site.yaml', () => {
    const c = decapConfig(site({ backend: 'github', repo: 'a/b', base_url: 'https://o.id/', editorial_workflow: false }));
    expect(c.publish_mode).toBeUndefined();
  });

  it('local: decap-server on 127.0.0.1, simple publishing', () => {
    const c = decapConfig(site({ backend: 'local' }));
    expect(c.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(c.publish_mode).toBeUndefined();
  });
});

describe('the field walker', () => {
  it('picks up a field added to a schema, with its metadata', () => {
    const extended = z.object({
      judul: z.string().meta({ title: 'Judul' }),
      sumber: z.string().optional().meta({ title: 'Sumber berita', description: 'Nama media asal.' }),
    });
    expect(fieldsFor(extended)).toEqual([
      { name: 'judul', label: 'Judul', widget: 'string' },
      { name: 'sumber', label: 'Sumber berita', widget: 'string', required: false, hint: 'Nama media asal.' },
    ]);
  });

  it('refuses a zod type it cannot map, instead of writing a half-working field', () => {
    expect(() => fieldsFor(z.object({ jumlah: z.bigint() }))).toThrow(/bigint/);
    expect(() => fieldsFor(z.object({ x: z.union([z.string(), z.number()]) }))).toThrow(/union/);
  });
});
