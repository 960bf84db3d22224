/**
 * `npm run guard -- --base <ref> [--head <sha>] [--author <login>]` — for CI on pull requests,
 * run from the base branch's checkout: fails unless the change's author may make it. A member
 * (an `editor` in sites/<slug>/site.yaml) may change only that KIM's content/<slug>/; shared
 * files only an operator (sites/_fleet.yaml) may change. In CI the author comes from the event
 * when --author is not given. `--allow-shared` is for an operator's own local run, never CI.
 */
import { readCommandLine, type CommandSpec } from './lib/args.ts';
import { authorFromEnv, changedEntries, checkChange, readAccess, type ChangedEntry } from './lib/cms/guard.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run guard --',
  options: [
    { name: 'base', value: '<ref>', description: 'Cabang atau commit pembanding (cabang utama), contoh: origin/main' },
    { name: 'head', value: '<ref>', description: 'Commit perubahan yang diperiksa (bawaan: HEAD)' },
    { name: 'author', value: '<login>', description: 'Nama pengguna GitHub/GitLab pembuat perubahan (di CI: dari event)' },
    { name: 'files', value: '<daftar>', description: 'Daftar berkas yang berubah, dipisah koma (untuk uji coba, tanpa git)' },
    { name: 'allow-shared', description: 'Lewati aturan siapa-boleh-apa (khusus operator, dijalankan di komputer sendiri, bukan di CI)' },
    { name: 'cwd', value: '<folder>', description: 'Folder repositori git (bawaan: folder saat ini)' },
  ],
};

function main(): number {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const options = args.values;
  const allowShared = args.flags['allow-shared'] === true;
  const cwd = options.cwd ?? process.cwd();
  if (allowShared && process.env.CI) {
    console.error(
      '--allow-shared hanya untuk operator di komputernya sendiri, tidak di CI. Di CI, pembuat perubahan harus tercantum sebagai operator di sites/_fleet.yaml.',
    );
    return 2;
  }
  const base = options.base || undefined;
  let entries: (string | ChangedEntry)[];
  if (options.files !== undefined) {
    entries = options.files
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
  } else if (base) {
    entries = changedEntries(base, options.head || 'HEAD', cwd);
  } else {
    console.error('Sebutkan pembanding dengan --base <cabang>, contoh: npm run guard -- --base origin/main --author budi');
    return 2;
  }
  const author = options.author || authorFromEnv();
  const access = base ? readAccess(base, cwd) : undefined;
  const result = checkChange(entries, { author, access, allowShared });
  if (!result.ok) {
    console.error('✗ Pemeriksaan perubahan gagal.\n');
    for (const p of result.problems) console.error(`${p}\n`);
    return 1;
  }
  const n = entries.length;
  if (n === 0) console.log('✓ Tidak ada berkas yang berubah.');
  else if (allowShared) console.log(`✓ Perubahan operator diizinkan dengan --allow-shared (${n} berkas).`);
  else if (result.operator) console.log(`✓ Perubahan oleh operator ${author} (${n} berkas).`);
  else console.log(`✓ Perubahan hanya menyentuh isi ${result.slugs[0]} (${n} berkas), oleh editornya ${author}.`);
  return 0;
}

runCli(main);
