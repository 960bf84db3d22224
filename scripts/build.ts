/**
 * `npm run build` — builds every KIM site (or a selection) into `dist/<slug>/`.
 * Run `npm run build -- --help` for the options.
 */
import { cac } from 'cac';
import { parseShard } from './lib/fleet.ts';
import { dataRoot } from './lib/paths.ts';
import { buildFleet } from './lib/pipeline.ts';
import { registerPostSteps } from './lib/post-steps.ts';
import { runCli } from './lib/run-cli.ts';

const cli = cac('npm run build --');
cli
  .option('--site <slugs>', 'Bangun situs tertentu saja, dipisah koma: --site kim-a,kim-b')
  .option('--root <dir>', 'Folder data yang berisi sites/ dan content/ (bawaan: folder proyek)')
  .option('--out <dir>', 'Folder keluaran (bawaan: <root>/dist)')
  .option('--shard <i/n>', 'Bangun bagian ke-i dari n bagian situs, untuk job CI paralel: --shard 1/4')
  .option('--force', 'Bangun ulang walaupun isinya tidak berubah')
  .option('--verbose', 'Tampilkan log lengkap Astro')
  .option('--stats <file>', 'Tulis ringkasan build sebagai JSON ke berkas ini')
  .help()
  .example('npm run build')
  .example('npm run build -- --site kim-ngudi-rahayu')
  .example('npm run build -- --root /tmp/armada --shard 2/4');

async function main(): Promise<number> {
  const { options } = cli.parse();
  if (options.help) return 0;
  const sites = typeof options.site === 'string' ? options.site.split(',').map((s: string) => s.trim()).filter(Boolean) : undefined;
  if (options.site !== undefined && (!sites || sites.length === 0)) throw new Error('--site perlu nama situs, contoh: --site kim-a,kim-b');
  const root = dataRoot(options.root, options.out);
  registerPostSteps();
  const summary = await buildFleet({
    root,
    sites,
    shard: options.shard !== undefined ? parseShard(String(options.shard)) : undefined,
    force: Boolean(options.force),
    verbose: Boolean(options.verbose),
  });
  if (options.stats) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(String(options.stats), JSON.stringify(summary, null, 2));
  }
  return summary.ok ? 0 : 1;
}

runCli(main);
