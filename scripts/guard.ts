/**
 * `npm run guard -- --base <ref> [--head <sha>] [--author <login>]` — for CI on pull requests,
 * run from the base branch's checkout: fails unless the change's author may make it. A member
 * (an `editor` in sites/<slug>/site.yaml) may change only that KIM's content/<slug>/; shared
 * files only an operator (sites/_fleet.yaml) may change. In CI the author comes from the event
 * when --author is not given. `--allow-shared` is for an operator's own local run, never CI.
 */
import { cac } from 'cac';
import { authorFromEnv, changedEntries, checkChange, readAccess, type ChangedEntry } from './lib/cms/guard.ts';
import { runCli } from './lib/run-cli.ts';

const cli = cac('npm run guard --');
cli
  .option('--base <ref>', 'Cabang atau commit pembanding (cabang utama), contoh: origin/main')
  .option('--head <ref>', 'Commit perubahan yang diperiksa (bawaan: HEAD)')
  .option('--author <login>', 'Nama pengguna GitHub/GitLab pembuat perubahan (di CI: dari event)')
  .option('--files <list>', 'Daftar berkas yang berubah, dipisah koma (untuk uji coba, tanpa git)')
  .option('--allow-shared', 'Lewati aturan siapa-boleh-apa (khusus operator, dijalankan di komputer sendiri, bukan di CI)')
  .option('--cwd <dir>', 'Folder repositori git (bawaan: folder saat ini)')
  .help();

function main(): number {
  const { options } = cli.parse();
  if (options.help) return 0;
  const cwd: string = options.cwd ?? process.cwd();
  if (options.allowShared && process.env.CI) {
    console.error('--allow-shared hanya untuk operator di komputernya sendiri, tidak di CI. Di CI, pembuat perubahan harus tercantum sebagai operator di sites/_fleet.yaml.');
    return 2;
  }
  const base = typeof options.base === 'string' && options.base ? options.base : undefined;
  let entries: (string | ChangedEntry)[];
  if (typeof options.files === 'string') {
    entries = options.files.split(',').map((f: string) => f.trim()).filter(Boolean);
  } else if (base) {
    entries = changedEntries(base, typeof options.head === 'string' && options.head ? options.head : 'HEAD', cwd);
  } else {
    console.error('Sebutkan pembanding dengan --base <cabang>, contoh: npm run guard -- --base origin/main --author budi');
    return 2;
  }
  const author = typeof options.author === 'string' && options.author ? options.author : authorFromEnv();
  const access = base ? readAccess(base, cwd) : undefined;
  const result = checkChange(entries, { author, access, allowShared: Boolean(options.allowShared) });
  if (!result.ok) {
    console.error('✗ Pemeriksaan perubahan gagal.\n');
    for (const p of result.problems) console.error(`${p}\n`);
    return 1;
  }
  const n = entries.length;
  if (n === 0) console.log('✓ Tidak ada berkas yang berubah.');
  else if (options.allowShared) console.log(`✓ Perubahan operator diizinkan dengan --allow-shared (${n} berkas).`);
  else if (result.operator) console.log(`✓ Perubahan oleh operator ${author} (${n} berkas).`);
  else console.log(`✓ Perubahan hanya menyentuh isi ${result.slugs[0]} (${n} berkas), oleh editornya ${author}.`);
  return 0;
}

runCli(main);
