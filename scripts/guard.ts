/**
 * `npm run guard -- --base <git-ref>` — for CI on pull requests: fails when a change touches
 * more than one KIM's content, or mixes KIM content with shared files (theme, scripts/,
 * sites/ …). The operator passes `--allow-shared` for their own changes.
 */
import { cac } from 'cac';
import { changedFiles, checkChange } from './lib/cms/guard.ts';
import { runCli } from './lib/run-cli.ts';

const cli = cac('npm run guard --');
cli
  .option('--base <ref>', 'Cabang atau commit pembanding, contoh: origin/main')
  .option('--files <list>', 'Daftar berkas yang berubah, dipisah koma (untuk uji coba, tanpa git)')
  .option('--allow-shared', 'Izinkan perubahan lintas KIM dan berkas bersama (khusus operator)')
  .option('--cwd <dir>', 'Folder repositori git (bawaan: folder saat ini)')
  .help();

function main(): number {
  const { options } = cli.parse();
  if (options.help) return 0;
  let files: string[];
  if (typeof options.files === 'string') {
    files = options.files.split(',').map((f: string) => f.trim()).filter(Boolean);
  } else if (typeof options.base === 'string' && options.base) {
    files = changedFiles(options.base, options.cwd ?? process.cwd());
  } else {
    console.error('Sebutkan pembanding dengan --base <cabang>, contoh: npm run guard -- --base origin/main');
    return 2;
  }
  const result = checkChange(files, { allowShared: Boolean(options.allowShared) });
  if (!result.ok) {
    console.error('✗ Pemeriksaan perubahan gagal.\n');
    for (const p of result.problems) console.error(`${p}\n`);
    console.error('Bila ini perubahan operator yang disengaja, jalankan dengan --allow-shared.');
    return 1;
  }
  if (files.length === 0) console.log('✓ Tidak ada berkas yang berubah.');
  else if (result.slugs.length === 1 && result.shared.length === 0) {
    console.log(`✓ Perubahan hanya menyentuh isi ${result.slugs[0]} (${files.length} berkas).`);
  } else if (result.slugs.length === 0) {
    console.log(`✓ Perubahan tidak menyentuh isi KIM mana pun (${files.length} berkas bersama).`);
  } else {
    console.log(`✓ Perubahan operator diizinkan dengan --allow-shared (${files.length} berkas).`);
  }
  return 0;
}

runCli(main);
