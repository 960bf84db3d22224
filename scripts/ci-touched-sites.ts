/**
 * `npm run ci:touched-sites -- --base <ref>` — the KIM sites a pull request's changes touch,
 * comma-separated for `npm run build -- --site`. Prints `*` when shared build inputs
 * changed (every site needs a build) and nothing when no site is touched.
 */
import { cac } from 'cac';
import { changedFiles } from './lib/cms/guard.ts';
import { touchedSites } from './lib/ci/touched.ts';
import { discoverFleet } from './lib/fleet.ts';
import { dataRoot } from './lib/paths.ts';
import { runCli } from './lib/run-cli.ts';

const cli = cac('npm run ci:touched-sites --');
cli
  .option('--base <ref>', 'Cabang atau commit pembanding, contoh: origin/main')
  .option('--files <list>', 'Daftar berkas yang berubah, dipisah koma (tanpa git)')
  .option('--root <dir>', 'Folder data yang berisi sites/ (bawaan: folder proyek)')
  .help();

function main(): number {
  const { options } = cli.parse();
  if (options.help) return 0;
  let files: string[];
  if (typeof options.files === 'string') files = options.files.split(',').map((f: string) => f.trim()).filter(Boolean);
  else if (typeof options.base === 'string' && options.base) files = changedFiles(options.base, process.cwd());
  else {
    console.error('Sebutkan pembanding dengan --base <cabang>, contoh: npm run ci:touched-sites -- --base origin/main');
    return 2;
  }
  const t = touchedSites(files, discoverFleet(dataRoot(options.root)));
  console.log(t.all ? '*' : t.sites.join(','));
  return 0;
}

runCli(main);
