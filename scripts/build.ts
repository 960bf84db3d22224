/**
 * `npm run build` — builds every KIM site (or a selection) into `dist/<slug>/`.
 * Run `npm run build -- --help` for the options.
 */
import { listValue, readCommandLine, ROOT_OPTION, type CommandSpec } from './lib/args.ts';
import { parseShard } from './lib/fleet.ts';
import { dataRoot } from './lib/paths.ts';
import { buildFleet } from './lib/pipeline.ts';
import { registerPostSteps } from './lib/post-steps.ts';
import { runCli } from './lib/run-cli.ts';

export const spec: CommandSpec = {
  command: 'npm run build --',
  options: [
    { name: 'site', value: '<slugs>', description: 'Bangun situs tertentu saja, dipisah koma: --site kim-a,kim-b' },
    ROOT_OPTION,
    { name: 'out', value: '<folder>', description: 'Folder keluaran (bawaan: <root>/dist)' },
    { name: 'shard', value: '<i/n>', description: 'Bangun bagian ke-i dari n bagian situs, untuk job CI paralel: --shard 1/4' },
    { name: 'force', description: 'Bangun ulang walaupun isinya tidak berubah' },
    { name: 'verbose', description: 'Tampilkan log lengkap Astro' },
    { name: 'stats', value: '<berkas>', description: 'Tulis ringkasan build sebagai JSON ke berkas ini' },
  ],
  examples: ['npm run build', 'npm run build -- --site kim-ngudi-rahayu', 'npm run build -- --root /tmp/armada --shard 2/4'],
};

async function main(): Promise<number> {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const root = dataRoot(args.values.root, args.values.out);
  registerPostSteps();
  const summary = await buildFleet({
    root,
    sites: listValue(args.values.site, 'site'),
    shard: args.values.shard !== undefined ? parseShard(args.values.shard) : undefined,
    force: args.flags.force!,
    verbose: args.flags.verbose!,
  });
  if (args.values.stats) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(args.values.stats, JSON.stringify(summary, null, 2));
  }
  return summary.ok ? 0 : 1;
}

runCli(main);
