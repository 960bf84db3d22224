/**
 * `npm run ci:plan-shards` — how many build jobs the fleet needs (`fleet.yaml`'s
 * `ci.situs_per_shard`) and which sites each builds. `--github` prints `count=` and `matrix=`
 * lines for `$GITHUB_OUTPUT`; without it, a table for people.
 */
import { ROOT_OPTION, readCommandLine, type CommandSpec } from './lib/args.ts';
import { readCiConfig } from './lib/ci/config.ts';
import { githubOutput, planShards } from './lib/ci/shards.ts';
import { discoverFleet } from './lib/fleet.ts';
import { formatTable } from './lib/format.ts';
import { dataRoot } from './lib/paths.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run ci:plan-shards --',
  options: [ROOT_OPTION, { name: 'github', description: 'Cetak baris count= dan matrix= untuk $GITHUB_OUTPUT' }],
};

function main(): number {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const root = dataRoot(args.values.root);
  const { sitesPerShard } = readCiConfig(root);
  const plan = planShards(discoverFleet(root), sitesPerShard);
  if (args.flags.github) {
    process.stdout.write(githubOutput(plan));
    return 0;
  }
  const rows = plan.shards.map((sites, i) => [`${i + 1}/${plan.count}`, String(sites.length), sites.slice(0, 4).join(', ') + (sites.length > 4 ? ', …' : '')]);
  console.log(formatTable(['Shard', 'Situs', 'Contoh'], rows));
  console.log(`\n${plan.count} job build (paling banyak ${sitesPerShard} situs per job, dari fleet.yaml ci.situs_per_shard).`);
  if (plan.afterMerge.length) console.log(`Dibangun setelah penggabungan: ${plan.afterMerge.join(', ')}`);
  return 0;
}

runCli(main);
