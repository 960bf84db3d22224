/**
 * `npm run guard -- --base <git-ref>` — for CI on pull requests: fails when a change touches
 * more than one KIM's content, or mixes KIM content with shared files (theme, scripts/,
 * sites/ …). The operator passes `--allow-shared` for their own changes.
 */
import { readCommandLine, type CommandSpec } from './lib/args.ts';
import { changedFiles, checkChange } from './lib/cms/guard.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run guard --',
  options: [
    { name: 'base', value: '<ref>', description: 'Cabang atau commit pembanding, contoh: origin/main' },
    { name: 'files', value: '<daftar>', description: 'Daftar berkas yang berubah, dipisah koma (untuk uji coba, tanpa git)' },
    { name: 'allow-shared', description: 'Izinkan perubahan lintas KIM dan berkas bersama (khusus operator)' },
    { name: 'cwd', value: '<folder>', description: 'Folder repositori git (bawaan: folder saat ini)' },
  ],
};

function main(): number {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const options = args.values;
  let files: string[];
  if (options.files !== undefined) {
    files = options.files.split(',').map((f: string) => f.trim()).filter(Boolean);
  } else if (options.base) {
    files = changedFiles(options.base, options.cwd ?? process.cwd());
  } else {
    console.error('Sebutkan pembanding dengan --base <cabang>, contoh: npm run guard -- --base origin/main');
    return 2;
  }
  const result = checkChange(files, { allowShared: args.flags['allow-shared']! });
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
