/**
 * `npm run build:merge -- shards/shard-1 shards/shard-2 …` — the last job of a sharded CI
 * build: merges each shard's `dist/` and build state into one `dist/`, then builds the sites
 * that belong to no shard (district portals, which read every KIM) on top of the merge.
 */
import path from 'node:path';
import { ROOT_OPTION, readCommandLine, type CommandSpec } from './lib/args.ts';
import { mergeShards, shardInputs } from './lib/ci/merge.ts';
import { planShards } from './lib/ci/shards.ts';
import { readCiConfig } from './lib/ci/config.ts';
import { discoverFleet } from './lib/fleet.ts';
import { dataRoot } from './lib/paths.ts';
import { buildFleet } from './lib/pipeline.ts';
import { registerPostSteps } from './lib/post-steps.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run build:merge --',
  positionals: '<folder shard-1> <folder shard-2> …',
  options: [ROOT_OPTION, { name: 'out', value: '<dir>', description: 'Folder keluaran gabungan (bawaan: <root>/dist)' }],
  examples: ['npm run build:merge -- shards/shard-1 shards/shard-2'],
};

async function main(): Promise<number> {
  const parsed = readCommandLine(spec);
  if (!parsed) return 0;
  const { values: options, positionals: args } = parsed;
  if (args.length === 0) {
    console.error('Sebutkan folder keluaran shard, contoh: npm run build:merge -- shards/shard-1 shards/shard-2');
    return 2;
  }
  const root = dataRoot(options.root, options.out);
  const fleet = discoverFleet(root);
  const res = mergeShards({ fleet, inputs: shardInputs(args), out: root });
  console.log(`Digabung: ${res.sites.size} situs dari ${res.count} shard ke ${path.relative(process.cwd(), root.distDir) || '.'}`);
  if (res.carried.length) console.log(`Dibawa dari build sebelumnya (tidak dimiliki shard mana pun): ${res.carried.join(', ')}`);
  const { afterMerge } = planShards(fleet, readCiConfig(root).sitesPerShard);
  if (afterMerge.length === 0) return 0;
  registerPostSteps();
  const summary = await buildFleet({ root, sites: afterMerge });
  return summary.ok ? 0 : 1;
}

runCli(main);
