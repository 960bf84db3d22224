/**
 * `npm run media:optimize` — caps member photos in `content/`: longest side 2560 px,
 * EXIF/GPS removed, kept the right way up. Run by CI on pull requests and by `npm run cms`.
 * `--check` only reports (exit 1 when a photo still needs it).
 */
import path from 'node:path';
import { cac } from 'cac';
import { describe, optimizeTree } from './lib/cms/media-optimize.ts';
import { dataRoot } from './lib/paths.ts';

const cli = cac('npm run media:optimize --');
cli
  .option('--root <dir>', 'Folder data yang berisi content/ (bawaan: folder proyek)')
  .option('--site <slugs>', 'Proses KIM tertentu saja, dipisah koma')
  .option('--check', 'Hanya periksa, jangan ubah berkas (gagal bila ada foto yang perlu diproses)')
  .help();

async function main(): Promise<number> {
  const { options } = cli.parse();
  if (options.help) return 0;
  const root = dataRoot(options.root);
  const slugs = typeof options.site === 'string' ? options.site.split(',').map((s: string) => s.trim()).filter(Boolean) : [];
  const dirs = slugs.length > 0 ? slugs.map((s: string) => path.join(root.contentDir, s)) : [root.contentDir];
  const dryRun = Boolean(options.check);
  let count = 0;
  for (const dir of dirs) {
    for (const r of await optimizeTree(dir, { dryRun })) {
      count++;
      console.log(describe(r, root.root));
    }
  }
  if (count === 0) {
    console.log('Semua foto sudah sesuai batas (sisi terpanjang 2560 px, tanpa EXIF/GPS).');
    return 0;
  }
  if (dryRun) {
    console.log(`\n${count} foto perlu diproses. Jalankan: npm run media:optimize`);
    return 1;
  }
  console.log(`\n${count} foto sudah diproses.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Gagal: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
