/**
 * Decap CMS fields from the zod schemas in `src/schemas/`, so the CMS asks for exactly what
 * the build accepts: same fields, same required ones, same options, same Indonesian labels.
 *
 * Walks zod 4 schemas through their public `_zod.def` and reads field metadata from
 * `z.globalRegistry` (`title` = label, `description` = hint, `widget`, `pilihan`, `contoh`).
 * A zod type this walker does not know throws, so a new kind of schema field cannot slip
 * into the CMS half-configured.
 */
import { z } from 'zod';
import { pathContext, type SchemaContext } from '../../../src/schemas/index.ts';

export interface DecapOption {
  label: string;
  value: string;
}

/** One field of a Decap collection (the subset Simpul generates). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: DecapOption[];
  fields?: DecapField[];
  field?: DecapField;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  date_format?: string;
  time_format?: string | false;
  format?: string;
  choose_url?: boolean;
  media_library?: { config: { max_file_size: number } };
  collapsed?: boolean;
  summary?: string;
  label_singular?: string;
}

/** The schema context for config generation: pictures and files are plain paths. */
export const cmsSchemaContext: SchemaContext = pathContext;

type Meta = z.GlobalMeta;
// Zod's internal definition object, read through its public `_zod.def`.
// biome-ignore lint/suspicious/noExplicitAny: zod does not export a type for `def`'s many shapes
type Def = Record<string, any>;
type AnySchema = z.ZodType;

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checksOf(schema: AnySchema): Def[] {
  return ((defOf(schema).checks ?? []) as { _zod: { def: Def } }[]).map((c) => c._zod.def);
}

/** The message zod would give for a check, when it was set as a string. */
function messageOf(check: Def): string | undefined {
  try {
    const m = typeof check.error === 'function' ? check.error({}) : check.error;
    return typeof m === 'string' ? m : typeof m?.message === 'string' ? m.message : undefined;
  } catch {
    return undefined;
  }
}

interface Unwrapped {
  base: AnySchema;
  meta: Meta;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
}

/**
 * Peels optional/default/pipe wrappers off a field. Metadata set on an outer wrapper wins
 * over the inner schema's (e.g. `z.email().optional().meta({title})`). A pipe is read from
 * its input side: that is what the member types.
 */
export function unwrap(schema: AnySchema): Unwrapped {
  const metas: Meta[] = [];
  let s = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    const meta = z.globalRegistry.get(s);
    if (meta) metas.push(meta);
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      s = def.innerType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      if (!hasDefault) defaultValue = structuredClone(def.defaultValue);
      hasDefault = true;
      s = def.innerType;
    } else if (def.type === 'pipe') {
      s = def.in;
    } else if (def.type === 'readonly' || def.type === 'catch') {
      s = def.innerType;
    } else break;
  }
  const meta = Object.assign({}, ...metas.reverse()) as Meta;
  return { base: s, meta, optional, hasDefault, defaultValue };
}

function hintOf(meta: Meta, extra?: string): string | undefined {
  const parts = [meta.description, meta.contoh ? `Contoh: ${meta.contoh}` : undefined, extra].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** A Decap `pattern` for a string's length and format checks, with zod's own messages. */
function stringPattern(schema: AnySchema): [string, string] | undefined {
  const def = defOf(schema);
  const checks = checksOf(schema);
  const format = [def, ...checks].find((c) => c.pattern instanceof RegExp && c.format !== undefined);
  if (format) {
    return [format.pattern.source, messageOf(format) ?? messageOf(def) ?? 'bentuknya belum sesuai'];
  }
  const min = checks.find((c) => c.check === 'min_length');
  const max = checks.find((c) => c.check === 'max_length');
  const lo = (min?.minimum as number | undefined) ?? 0;
  // A minimum of 1 is "wajib diisi", which Decap's `required` already says.
  if (lo <= 1 && !max) return undefined;
  const range = `{${lo <= 1 ? 0 : lo},${max ? max.maximum : ''}}`;
  const msgs = [lo > 1 ? messageOf(min!) : undefined, max ? messageOf(max) : undefined].filter(Boolean);
  const fallback = [lo > 1 ? `minimal ${lo} karakter` : '', max ? `maksimal ${max.maximum} karakter` : ''].filter(Boolean);
  return [`^[\\s\\S]${range}$`, (msgs.length ? msgs : fallback).join(', ')];
}

function numberOptions(schema: AnySchema): Pick<DecapField, 'value_type' | 'min' | 'max'> {
  const def = defOf(schema);
  const checks = checksOf(schema);
  const int = def.format === 'safeint' || def.format === 'int32' || checks.some((c) => c.check === 'number_format' && /int/.test(c.format));
  const out: Pick<DecapField, 'value_type' | 'min' | 'max'> = { value_type: int ? 'int' : 'float' };
  for (const c of checks) {
    if (c.check === 'greater_than') out.min = c.value;
    if (c.check === 'less_than') out.max = c.value;
  }
  return out;
}

/**
 * Upload limit per picture or file. Phone photos (4–12 MB) are accepted and capped after
 * upload by media:optimize; the limit only stops a video or scan picked by mistake.
 */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const DATE = { widget: 'datetime', date_format: 'DD/MM/YYYY', time_format: false, format: 'YYYY-MM-DD' } as const;
const DATETIME = { widget: 'datetime', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', format: 'YYYY-MM-DDTHH:mm' } as const;

export interface FieldContext {
  /** The parent object may be left out: its required fields are required only when it is used. */
  parentOptional?: boolean;
  /** Value the parent's default gives this field. */
  parentDefault?: unknown;
}

/** The Decap field for one schema property. */
export function fieldFor(name: string, schema: AnySchema, ctx: FieldContext = {}): DecapField {
  const u = unwrap(schema);
  const def = defOf(u.base);
  const label = u.meta.title ?? name;
  const zodRequired = !u.optional && !u.hasDefault;
  const defaultValue = u.hasDefault ? u.defaultValue : ctx.parentDefault;
  // Inside an optional object, a field the schema requires is required only if that object
  // is filled in; Decap cannot say that, so it becomes optional with a hint and the build
  // check enforces it. A default from the parent keeps it required (it is always filled).
  const required = zodRequired && (!ctx.parentOptional || ctx.parentDefault !== undefined);
  const conditional = zodRequired && !required;

  const field: DecapField = { name, label, widget: 'string' };
  if (!required) field.required = false;
  const hint = hintOf(u.meta, conditional ? 'Wajib diisi bila bagian ini dipakai.' : undefined);
  if (hint) field.hint = hint;

  const widget = u.meta.widget;
  switch (def.type) {
    case 'object': {
      field.widget = 'object';
      const shape = def.shape as Record<string, AnySchema>;
      const childOptional = !zodRequired || conditional;
      const own = (defaultValue ?? {}) as Record<string, unknown>;
      field.fields = Object.entries(shape).map(([k, v]) => {
        const child = fieldFor(k, v, { parentOptional: childOptional, parentDefault: own[k] });
        // foto(): the picture inside "Foto utama" would be labelled "Foto utama" again.
        if (child.label === label && (child.widget === 'image' || child.widget === 'file')) {
          child.label = child.widget === 'image' ? 'Berkas foto' : 'Berkas';
        }
        return child;
      });
      field.collapsed = false;
      break;
    }
    case 'array': {
      field.widget = 'list';
      const item = fieldFor('item', def.element as AnySchema);
      if (item.widget === 'object') {
        field.fields = item.fields;
        field.label_singular = item.label;
        const summaryField = item.fields!.find((f) => f.name === 'alt' || f.name === 'judul' || f.name === 'nama');
        if (summaryField) field.summary = `{{fields.${summaryField.name}}}`;
      } else {
        field.field = { ...item, name, label };
      }
      const min = checksOf(u.base).find((c) => c.check === 'min_length');
      if (min) field.min = min.minimum as number;
      const max = checksOf(u.base).find((c) => c.check === 'max_length');
      if (max) field.max = max.maximum as number;
      break;
    }
    case 'enum': {
      const entries = Object.values(def.entries as Record<string, string>);
      const labels = u.meta.pilihan ?? {};
      field.widget = 'select';
      field.options = entries.map((value) => ({ value, label: labels[value] ?? value }));
      break;
    }
    case 'boolean':
      field.widget = 'boolean';
      break;
    case 'number':
      field.widget = 'number';
      Object.assign(field, numberOptions(u.base));
      break;
    case 'date':
    case 'union': {
      // A union is accepted only for dates (Date | "2026-08-17" text), as the schemas use it.
      if (def.type === 'union' && widget !== 'datetime' && widget !== 'date') {
        throw new Error(`Kolom "${name}": tipe union hanya didukung untuk tanggal/waktu (widget datetime/date)`);
      }
      const isDateOnly = widget !== 'datetime';
      Object.assign(field, isDateOnly ? DATE : DATETIME);
      // A publication date is usually today; an event time is not guessed.
      if (required && isDateOnly) field.default = '{{now}}';
      break;
    }
    case 'string':
      if (widget === 'image' || widget === 'file') {
        field.widget = widget;
        field.choose_url = false;
        field.media_library = { config: { max_file_size: MAX_UPLOAD_BYTES } };
      } else if (widget === 'color') {
        field.widget = 'color';
      } else {
        field.widget = widget === 'text' ? 'text' : 'string';
        const pattern = stringPattern(u.base);
        if (pattern) field.pattern = pattern;
      }
      break;
    default:
      throw new Error(`Kolom "${name}": tipe zod "${def.type}" belum didukung oleh pembuat konfigurasi CMS`);
  }
  // The schema's own meta may name a widget the zod type implies anyway; an explicit
  // `hidden`/`markdown` wins.
  if (widget === 'hidden' || widget === 'markdown') field.widget = widget;
  if (defaultValue !== undefined && field.widget !== 'object' && field.default === undefined) {
    field.default = defaultValue;
  }
  return field;
}

/** Decap fields for the properties of an object schema (refinements are looked through). */
export function fieldsFor(schema: AnySchema): DecapField[] {
  const u = unwrap(schema);
  const def = defOf(u.base);
  if (def.type !== 'object') throw new Error(`Skema konten harus objek, bukan "${def.type}"`);
  return Object.entries(def.shape as Record<string, AnySchema>).map(([k, v]) => fieldFor(k, v));
}
