/**
 * `npm run media:optimize` — caps member photos in `content/`: longest side MAX_SIDE (1600) px,
 * EXIF/GPS removed, kept the right way up. Run by CI on pull requests and by `npm run cms`.
 * `--check` only reports (exit 1 when a photo still needs it).
 */
import path from 'node:path';
import { listValue, readCommandLine, ROOT_OPTION, type CommandSpec } from './lib/args.ts';
import { describe, MAX_SIDE, optimizeTree } from './lib/cms/media-optimize.ts';
import { dataRoot } from './lib/paths.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run media:optimize --',
  options: [
    ROOT_OPTION,
    { name: 'site', value: '<slugs>', description: 'Proses KIM tertentu saja, dipisah koma' },
    { name: 'check', description: 'Hanya periksa, jangan ubah berkas (gagal bila ada foto yang perlu diproses)' },
  ],
};

async function main(): Promise<number> {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const root = dataRoot(args.values.root);
  const slugs = listValue(args.values.site, 'site') ?? [];
  const dirs = slugs.length > 0 ? slugs.map((s) => path.join(root.contentDir, s)) : [root.contentDir];
  const dryRun = args.flags.check!;
  let count = 0;
  for (const dir of dirs) {
    for (const r of await optimizeTree(dir, { dryRun })) {
      count++;
      console.log(describe(r, root.root));
    }
  }
  if (count === 0) {
    console.log(`Semua foto sudah sesuai batas (sisi terpanjang ${MAX_SIDE} px, tanpa EXIF/GPS).`);
    return 0;
  }
  if (dryRun) {
    console.log(`\n${count} foto perlu diproses. Jalankan: npm run media:optimize`);
    return 1;
  }
  console.log(`\n${count} foto sudah diproses.`);
  return 0;
}

runCli(main);
