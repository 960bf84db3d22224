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

export class GalatCetakBiru extends Error {}

/** File contents by path relative to the blueprint (and later to `content/<slug>/`). */
export type Berkas = Map<string, string | Uint8Array>;

const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;
const SATU_PLACEHOLDER = /^\{\{\s*([a-z][a-z0-9_]*)\s*\}\}$/;
const TEKS = /\.(md|ya?ml)$/;

/** Every file of a blueprint folder. Dotfiles (.gitkeep) are not part of a site. */
export async function bacaCetakBiru(folder: string): Promise<Berkas> {
  const hasil: Berkas = new Map();
  let entri;
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('bukan folder');
    entri = walkFiles(folder, { skipHidden: true });
  } catch {
    throw new GalatCetakBiru(`folder cetak biru tidak ditemukan: ${folder}`);
  }
  for (const rel of entri) {
    const abs = path.join(folder, rel);
    hasil.set(rel, TEKS.test(rel) ? await readFile(abs, 'utf8') : await readFile(abs));
  }
  return new Map([...hasil].sort(([a], [b]) => a.localeCompare(b)));
}

function nilaiDari(nilai: Readonly<Record<string, string>>, nama: string, berkas: string): string {
  if (!Object.hasOwn(nilai, nama)) {
    throw new GalatCetakBiru(`${berkas}: placeholder {{${nama}}} tidak dikenal (yang ada: ${Object.keys(nilai).join(', ')})`);
  }
  return nilai[nama]!;
}

const HAPUS = Symbol('hapus');

/** A YAML string value: the whole value as one empty placeholder is removed; empty inside text is an error. */
function isiNilaiYaml(teks: string, nilai: Readonly<Record<string, string>>, berkas: string): string | typeof HAPUS {
  const satu = SATU_PLACEHOLDER.exec(teks);
  if (satu) {
    const v = nilaiDari(nilai, satu[1]!, berkas);
    return v === '' ? HAPUS : v;
  }
  return teks.replace(PLACEHOLDER, (_, nama: string) => {
    const v = nilaiDari(nilai, nama, berkas);
    if (v === '') throw new GalatCetakBiru(`${berkas}: {{${nama}}} kosong di tengah teks "${teks}"`);
    return v;
  });
}

function isiScalar(node: Scalar, nilai: Readonly<Record<string, string>>, berkas: string): boolean {
  if (typeof node.value !== 'string' || !node.value.includes('{{')) return true;
  const r = isiNilaiYaml(node.value, nilai, berkas);
  if (r === HAPUS) return false;
  node.value = r;
  // Placeholders must be quoted in a template ({{ starts a YAML map); the filled value is
  // written plain again when that is safe, so the file reads like one written by hand.
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') delete node.type;
  return true;
}

export function isiYaml(teks: string, nilai: Readonly<Record<string, string>>, berkas: string): string {
  const doc = parseDocument(teks);
  if (doc.errors.length > 0) throw new GalatCetakBiru(`${berkas}: YAML tidak sah: ${doc.errors[0]!.message}`);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.value) && !isiScalar(pair.value, nilai, berkas)) return visit.REMOVE;
      return undefined;
    },
    Seq(_, seq) {
      if (!isSeq(seq)) return undefined;
      seq.items = seq.items.filter((item) => !isScalar(item) || isiScalar(item, nilai, berkas));
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
export function isiMarkdown(teks: string, nilai: Readonly<Record<string, string>>, berkas: string): string {
  return teks
    .split('\n')
    .flatMap((baris) => {
      let kosong = false;
      const diisi = baris.replace(PLACEHOLDER, (_, nama: string) => {
        const v = nilaiDari(nilai, nama, berkas);
        if (v === '') kosong = true;
        return v.replace(MARKDOWN_KHUSUS, '\\$&');
      });
      return kosong ? [] : [diisi];
    })
    .join('\n');
}

function isiEntri(teks: string, nilai: Readonly<Record<string, string>>, berkas: string): string {
  const e = splitFrontmatter(teks);
  if (!e) throw new GalatCetakBiru(`${berkas}: tidak diawali front matter (--- … ---)`);
  return joinFrontmatter({ yaml: isiYaml(e.yaml, nilai, berkas), body: isiMarkdown(e.body, nilai, berkas) });
}

/** The blueprint with every placeholder filled. Throws GalatCetakBiru on a template mistake. */
export function isiCetakBiru(berkas: Berkas, nilai: Readonly<Record<string, string>>): Berkas {
  const hasil: Berkas = new Map();
  for (const [rel, isi] of berkas) {
    if (typeof isi !== 'string') hasil.set(rel, isi);
    else if (rel.endsWith('.md')) hasil.set(rel, isiEntri(isi, nilai, rel));
    else hasil.set(rel, isiYaml(isi, nilai, rel));
  }
  return hasil;
}

/** Reads `templates/<jenis>/` and fills it. */
export async function cetakKonten(jenis: string, nilai: Readonly<Record<string, string>>, folderTemplate = FOLDER_TEMPLATE): Promise<Berkas> {
  return isiCetakBiru(await bacaCetakBiru(path.join(folderTemplate, jenis)), nilai);
}
