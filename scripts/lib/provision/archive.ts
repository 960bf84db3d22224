/**
 * Archiving: `diarsipkan: true` in site.yaml takes a KIM out of builds and deploys while
 * keeping every file. The YAML is edited through the `yaml` Document API so the operator's
 * comments and layout survive, and written via a temporary file and a rename.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { SLUG_PATTERN } from '../../../src/schemas/site.ts';
import { parseCommandLine, helpText, ROOT_OPTION, UsageError } from '../args.ts';
import { dataRoot, siteFolders } from '../paths.ts';

export class ArchiveError extends Error {}

/** Sets or clears the archive flag. Returns false when the site was already in that state. */
export async function setArchived(root: string, slug: string, archived: boolean): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug)) throw new ArchiveError(`"${slug}" bukan slug yang sah`);
  const { siteYaml } = siteFolders(root, slug);
  let text: string;
  try {
    text = await readFile(siteYaml, 'utf8');
  } catch {
    throw new ArchiveError(`tidak ada situs "${slug}" (sites/${slug}/site.yaml tidak ditemukan). Lihat daftar slug dengan: npm run site:list`);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new ArchiveError(`sites/${slug}/site.yaml tidak dapat dibaca: ${doc.errors[0]!.message}`);
  const now = doc.get('diarsipkan') === true;
  if (now === archived) return false;
  const fresh = editExact(text, doc, archived) ?? editDocument(doc, archived);
  const temp = path.join(path.dirname(siteYaml), `.site.yaml.${process.pid}.tmp`);
  try {
    await writeFile(temp, fresh);
    await rename(temp, siteYaml);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return true;
}

/** Document API edit: keeps comments, may re-space the file a little. Restoring removes the key. */
function editDocument(doc: Document, archived: boolean): string {
  if (archived) doc.set('diarsipkan', true);
  else doc.delete('diarsipkan');
  return doc.toString({ lineWidth: 0 });
}

/**
 * The same edit done on the text at the positions the Document API reports, so every other
 * byte stays as the operator wrote it and archive-then-restore gives back the same file.
 * Returns undefined when the layout is unusual; the caller then falls back to the Document.
 */
function editExact(text: string, doc: Document, archived: boolean): string | undefined {
  const mapping = doc.contents;
  if (!isMap(mapping) || mapping.flow) return undefined;
  const pair = mapping.items.find((p) => isScalar(p.key) && p.key.value === 'diarsipkan');
  let result: string;
  if (pair) {
    const key = isScalar(pair.key) ? pair.key.range : undefined;
    const range = isScalar(pair.value) ? pair.value.range : undefined;
    if (!key || !range) return undefined;
    if (archived) result = `${text.slice(0, range[0])}true${text.slice(range[1])}`;
    else {
      const start = text.lastIndexOf('\n', key[0] - 1) + 1;
      const lineEnd = text.indexOf('\n', range[1]);
      // The last line of a file without a final line break takes the break before it instead.
      result = lineEnd === -1 ? text.slice(0, Math.max(0, start - 1)) : text.slice(0, start) + text.slice(lineEnd + 1);
    }
  } else {
    if (!archived) return undefined;
    const end = mapping.items.at(-1)?.value as { range?: [number, number, number] } | undefined;
    if (!end?.range) return undefined;
    // The range ends after the line break; insert right after the last character instead.
    let dot = end.range[1];
    while (dot > 0 && /\s/.test(text[dot - 1]!)) dot--;
    result = `${text.slice(0, dot)}\ndiarsipkan: true${text.slice(dot)}`;
  }
  // Only trust the text edit if it means exactly what the Document edit means.
  const harapan = parseDocument(text).toJS() as Record<string, unknown>;
  if (archived) harapan.diarsipkan = true;
  else delete harapan.diarsipkan;
  const check = parseDocument(result);
  return check.errors.length === 0 && isDeepStrictEqual(check.toJS(), harapan) ? result : undefined;
}

/** The `site:archive` / `site:restore` command; returns the exit code. */
export async function archiveCommand(argv: readonly string[], archived: boolean): Promise<number> {
  const name = archived ? 'site:archive' : 'site:restore';
  const spec = {
    command: `npm run ${name} --`,
    positionals: '<slug> [slug lain …]',
    description: archived
      ? 'Mengarsipkan situs KIM: tidak ikut dibangun dan diterbitkan lagi, tetapi tidak ada berkas yang dihapus.'
      : 'Mengembalikan situs KIM yang diarsipkan, supaya ikut dibangun dan diterbitkan lagi.',
    options: [ROOT_OPTION],
    examples: [`npm run ${name} -- kim-ngudi-rahayu`],
  };
  let arg: ReturnType<typeof parseCommandLine>;
  try {
    arg = parseCommandLine(spec, argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`Galat: ${e.message}`);
    return 2;
  }
  if (arg.help) {
    console.log(helpText(spec));
    return 0;
  }
  if (arg.positionals.length === 0) {
    console.error(`Galat: sebutkan slug situsnya, misalnya: npm run ${name} -- kim-ngudi-rahayu`);
    return 2;
  }
  const root = dataRoot(arg.values.root).root;
  let failed = 0;
  for (const slug of arg.positionals) {
    try {
      const changed = await setArchived(root, slug, archived);
      if (!changed) console.log(`• ${slug} memang sudah ${archived ? 'diarsipkan' : 'aktif'}; tidak ada yang diubah.`);
      else if (archived) {
        console.log(
          `✓ ${slug} diarsipkan: tidak ikut dibangun dan diterbitkan lagi. Berkasnya tetap ada di sites/${slug}/ dan content/${slug}/.\n` +
            `  Kembalikan dengan: npm run site:restore -- ${slug}`,
        );
      } else console.log(`✓ ${slug} aktif kembali: ikut dibangun dan diterbitkan pada build berikutnya.`);
    } catch (e) {
      if (!(e instanceof ArchiveError)) throw e;
      console.error(`✗ ${e.message}`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}
