/**
 * Blueprints: `templates/<jenis>/` holds the starter content of a new KIM, laid out exactly
 * like `content/<slug>/`. `{{nama}}`-style placeholders are filled in.
 *
 * YAML (pengaturan.yaml and Markdown front matter) is filled value by value through the
 * `yaml` Document API, never by pasting text into YAML, so a name such as `KIM "Maju": Jaya`
 * cannot break a file. An optional value that was not given removes its key (YAML) or its
 * line (Markdown body), so templates can mention a WhatsApp number only when there is one.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml';
import { joinFrontmatter, splitFrontmatter } from '../frontmatter.ts';
import { walkFiles } from '../walk.ts';

export const FOLDER_TEMPLATE = fileURLToPath(new URL('../../../templates/', import.meta.url));

export class BlueprintError extends Error {}

/** File contents by path relative to the blueprint (and later to `content/<slug>/`). */
export type Files = Map<string, string | Uint8Array>;

const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;
const ONE_PLACEHOLDER = /^\{\{\s*([a-z][a-z0-9_]*)\s*\}\}$/;
const TEXT = /\.(md|ya?ml)$/;

/** Every file of a blueprint folder. Dotfiles (.gitkeep) are not part of a site. */
export async function readBlueprint(folder: string): Promise<Files> {
  const result: Files = new Map();
  let entry: string[];
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('bukan folder');
    entry = walkFiles(folder, { skipHidden: true });
  } catch {
    throw new BlueprintError(`folder cetak biru tidak ditemukan: ${folder}`);
  }
  for (const rel of entry) {
    const abs = path.join(folder, rel);
    result.set(rel, TEXT.test(rel) ? await readFile(abs, 'utf8') : await readFile(abs));
  }
  return new Map([...result].sort(([a], [b]) => a.localeCompare(b)));
}

function valueFrom(values: Readonly<Record<string, string>>, name: string, file: string): string {
  if (!Object.hasOwn(values, name)) {
    throw new BlueprintError(`${file}: placeholder {{${name}}} tidak dikenal (yang ada: ${Object.keys(values).join(', ')})`);
  }
  return values[name]!;
}

const REMOVE = Symbol('hapus');

/** A YAML string value: the whole value as one empty placeholder is removed; empty inside text is an error. */
function fillYamlValue(text: string, values: Readonly<Record<string, string>>, file: string): string | typeof REMOVE {
  const one = ONE_PLACEHOLDER.exec(text);
  if (one) {
    const v = valueFrom(values, one[1]!, file);
    return v === '' ? REMOVE : v;
  }
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const v = valueFrom(values, name, file);
    if (v === '') throw new BlueprintError(`${file}: {{${name}}} kosong di tengah teks "${text}"`);
    return v;
  });
}

function fillScalar(node: Scalar, values: Readonly<Record<string, string>>, file: string): boolean {
  if (typeof node.value !== 'string' || !node.value.includes('{{')) return true;
  const r = fillYamlValue(node.value, values, file);
  if (r === REMOVE) return false;
  node.value = r;
  // Placeholders must be quoted in a template ({{ starts a YAML map); the filled value is
  // written plain again when that is safe, so the file reads like one written by hand.
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') delete node.type;
  return true;
}

export function fillYaml(text: string, values: Readonly<Record<string, string>>, file: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new BlueprintError(`${file}: YAML tidak sah: ${doc.errors[0]!.message}`);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.value) && !fillScalar(pair.value, values, file)) return visit.REMOVE;
      return undefined;
    },
    Seq(_, seq) {
      if (!isSeq(seq)) return undefined;
      seq.items = seq.items.filter((item) => !isScalar(item) || fillScalar(item, values, file));
      return undefined;
    },
  });
  return doc.toString({ lineWidth: 100 });
}

/** Characters that would turn part of a name into Markdown formatting or raw HTML. */
const MARKDOWN_KHUSUS = /[\\`*_[\]<>|]/g;

/**
 * Markdown body: values are escaped so "KIM *Maju*" stays as written, and a line that
 * mentions an empty value is left out. (CommonMark honours the escapes in link targets too.)
 */
export function fillMarkdown(text: string, values: Readonly<Record<string, string>>, file: string): string {
  return text
    .split('\n')
    .flatMap((row) => {
      let empty = false;
      const filled = row.replace(PLACEHOLDER, (_, name: string) => {
        const v = valueFrom(values, name, file);
        if (v === '') empty = true;
        return v.replace(MARKDOWN_KHUSUS, '\\$&');
      });
      return empty ? [] : [filled];
    })
    .join('\n');
}

function fillEntry(text: string, values: Readonly<Record<string, string>>, file: string): string {
  const e = splitFrontmatter(text);
  if (!e) throw new BlueprintError(`${file}: tidak diawali front matter (--- … ---)`);
  return joinFrontmatter({ yaml: fillYaml(e.yaml, values, file), body: fillMarkdown(e.body, values, file) });
}

/** The blueprint with every placeholder filled. Throws GalatCetakBiru on a template mistake. */
export function fillBlueprint(files: Files, values: Readonly<Record<string, string>>): Files {
  const result: Files = new Map();
  for (const [rel, content] of files) {
    if (typeof content !== 'string') result.set(rel, content);
    else if (rel.endsWith('.md')) result.set(rel, fillEntry(content, values, rel));
    else result.set(rel, fillYaml(content, values, rel));
  }
  return result;
}

/** Reads `templates/<jenis>/` and fills it. */
export async function blueprintContent(jenis: string, values: Readonly<Record<string, string>>, folderTemplate = FOLDER_TEMPLATE): Promise<Files> {
  return fillBlueprint(await readBlueprint(path.join(folderTemplate, jenis)), values);
}
