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

export class GalatArsip extends Error {}

/** Sets or clears the archive flag. Returns false when the site was already in that state. */
export async function aturArsip(root: string, slug: string, arsip: boolean): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug)) throw new GalatArsip(`"${slug}" bukan slug yang sah`);
  const { siteYaml } = siteFolders(root, slug);
  let teks: string;
  try {
    teks = await readFile(siteYaml, 'utf8');
  } catch {
    throw new GalatArsip(`tidak ada situs "${slug}" (sites/${slug}/site.yaml tidak ditemukan). Lihat daftar slug dengan: npm run site:list`);
  }
  const doc = parseDocument(teks);
  if (doc.errors.length > 0) throw new GalatArsip(`sites/${slug}/site.yaml tidak dapat dibaca: ${doc.errors[0]!.message}`);
  const sekarang = doc.get('diarsipkan') === true;
  if (sekarang === arsip) return false;
  const baru = suntingTepat(teks, doc, arsip) ?? suntingDokumen(doc, arsip);
  const sementara = path.join(path.dirname(siteYaml), `.site.yaml.${process.pid}.tmp`);
  try {
    await writeFile(sementara, baru);
    await rename(sementara, siteYaml);
  } catch (e) {
    await rm(sementara, { force: true });
    throw e;
  }
  return true;
}

/** Document API edit: keeps comments, may re-space the file a little. Restoring removes the key. */
function suntingDokumen(doc: Document, arsip: boolean): string {
  if (arsip) doc.set('diarsipkan', true);
  else doc.delete('diarsipkan');
  return doc.toString({ lineWidth: 0 });
}

/**
 * The same edit done on the text at the positions the Document API reports, so every other
 * byte stays as the operator wrote it and archive-then-restore gives back the same file.
 * Returns undefined when the layout is unusual; the caller then falls back to the Document.
 */
function suntingTepat(teks: string, doc: Document, arsip: boolean): string | undefined {
  const peta = doc.contents;
  if (!isMap(peta) || peta.flow) return undefined;
  const pasangan = peta.items.find((p) => isScalar(p.key) && p.key.value === 'diarsipkan');
  let hasil: string;
  if (pasangan) {
    const kunci = isScalar(pasangan.key) ? pasangan.key.range : undefined;
    const nilai = isScalar(pasangan.value) ? pasangan.value.range : undefined;
    if (!kunci || !nilai) return undefined;
    if (arsip) hasil = teks.slice(0, nilai[0]) + 'true' + teks.slice(nilai[1]);
    else {
      const awal = teks.lastIndexOf('\n', kunci[0] - 1) + 1;
      const akhirBaris = teks.indexOf('\n', nilai[1]);
      // The last line of a file without a final line break takes the break before it instead.
      hasil = akhirBaris === -1 ? teks.slice(0, Math.max(0, awal - 1)) : teks.slice(0, awal) + teks.slice(akhirBaris + 1);
    }
  } else {
    if (!arsip) return undefined;
    const akhir = peta.items.at(-1)?.value as { range?: [number, number, number] } | undefined;
    if (!akhir?.range) return undefined;
    // The range ends after the line break; insert right after the last character instead.
    let titik = akhir.range[1];
    while (titik > 0 && /\s/.test(teks[titik - 1]!)) titik--;
    hasil = `${teks.slice(0, titik)}\ndiarsipkan: true${teks.slice(titik)}`;
  }
  // Only trust the text edit if it means exactly what the Document edit means.
  const harapan = parseDocument(teks).toJS() as Record<string, unknown>;
  if (arsip) harapan.diarsipkan = true;
  else delete harapan.diarsipkan;
  const cek = parseDocument(hasil);
  return cek.errors.length === 0 && isDeepStrictEqual(cek.toJS(), harapan) ? hasil : undefined;
}

/** The `site:archive` / `site:restore` command; returns the exit code. */
export async function perintahArsip(argv: readonly string[], arsip: boolean): Promise<number> {
  const nama = arsip ? 'site:archive' : 'site:restore';
  const spec = {
    command: `npm run ${nama} --`,
    positionals: '<slug> [slug lain …]',
    description: arsip
      ? 'Mengarsipkan situs KIM: tidak ikut dibangun dan diterbitkan lagi, tetapi tidak ada berkas yang dihapus.'
      : 'Mengembalikan situs KIM yang diarsipkan, supaya ikut dibangun dan diterbitkan lagi.',
    options: [ROOT_OPTION],
    examples: [`npm run ${nama} -- kim-ngudi-rahayu`],
  };
  let arg;
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
    console.error(`Galat: sebutkan slug situsnya, misalnya: npm run ${nama} -- kim-ngudi-rahayu`);
    return 2;
  }
  const root = dataRoot(arg.values.root).root;
  let gagal = 0;
  for (const slug of arg.positionals) {
    try {
      const berubah = await aturArsip(root, slug, arsip);
      if (!berubah) console.log(`• ${slug} memang sudah ${arsip ? 'diarsipkan' : 'aktif'}; tidak ada yang diubah.`);
      else if (arsip) {
        console.log(
          `✓ ${slug} diarsipkan: tidak ikut dibangun dan diterbitkan lagi. Berkasnya tetap ada di sites/${slug}/ dan content/${slug}/.\n` +
            `  Kembalikan dengan: npm run site:restore -- ${slug}`,
        );
      } else console.log(`✓ ${slug} aktif kembali: ikut dibangun dan diterbitkan pada build berikutnya.`);
    } catch (e) {
      if (!(e instanceof GalatArsip)) throw e;
      console.error(`✗ ${e.message}`);
      gagal++;
    }
  }
  return gagal > 0 ? 1 : 0;
}
