/**
 * `npm run ci:touched-sites -- --base <ref>` — the KIM sites a pull request's changes touch,
 * comma-separated for `npm run build -- --site`. Prints `*` when shared build inputs
 * changed (every site needs a build) and nothing when no site is touched.
 */
import { ROOT_OPTION, readCommandLine, type CommandSpec } from './lib/args.ts';
import { changedFiles } from './lib/cms/guard.ts';
import { touchedSites } from './lib/ci/touched.ts';
import { discoverFleet } from './lib/fleet.ts';
import { dataRoot } from './lib/paths.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run ci:touched-sites --',
  options: [
    { name: 'base', value: '<ref>', description: 'Cabang atau commit pembanding, contoh: origin/main' },
    { name: 'files', value: '<list>', description: 'Daftar berkas yang berubah, dipisah koma (tanpa git)' },
    ROOT_OPTION,
  ],
  examples: ['npm run ci:touched-sites -- --base origin/main'],
};

function main(): number {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const options = args.values;
  let files: string[];
  if (options.files !== undefined)
    files = options.files
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
  else if (options.base) files = changedFiles(options.base, process.cwd());
  else {
    console.error('Sebutkan pembanding dengan --base <cabang>, contoh: npm run ci:touched-sites -- --base origin/main');
    return 2;
  }
  const t = touchedSites(files, discoverFleet(dataRoot(options.root)));
  console.log(t.all ? '*' : t.sites.join(','));
  return 0;
}

runCli(main);
