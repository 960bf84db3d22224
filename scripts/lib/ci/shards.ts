/**
 * How many build jobs a fleet needs, and which sites each one builds. The assignment itself
 * is fleet.ts's (a forum and its members share a shard); this adds the count.
 */
import { assignShards, isAfterMerge, type FleetSite } from '../fleet.ts';
import { MAX_SHARDS } from './config.ts';

export interface ShardPlan {
  count: number;
  /** Sites of each shard, in shard order (index 0 is shard 1). */
  shards: string[][];
  /** Sites built after the merge (district portals). */
  afterMerge: string[];
}

export function planShards(fleet: FleetSite[], sitesPerShard: number): ShardPlan {
  const active = fleet.filter((s) => !s.archived);
  const sharded = active.filter((s) => !isAfterMerge(s));
  const count = Math.min(MAX_SHARDS, Math.max(1, Math.ceil(sharded.length / sitesPerShard)));
  const assigned = assignShards(fleet, count);
  const shards = Array.from({ length: count }, (_, i) => sharded.filter((s) => assigned.get(s.slug) === i + 1).map((s) => s.slug));
  return { count, shards, afterMerge: active.filter(isAfterMerge).map((s) => s.slug) };
}

/** Lines for `$GITHUB_OUTPUT`: the shard count and the matrix of `--shard` values. */
export function githubOutput(plan: ShardPlan): string {
  const shard = Array.from({ length: plan.count }, (_, i) => `${i + 1}/${plan.count}`);
  return `count=${plan.count}\nmatrix=${JSON.stringify({ shard })}\n`;
}
