/**
 * The CI settings of a data root, in `<root>/fleet.yaml`. One value decides whether the
 * build runs as one job or as a matrix of shards:
 *
 *   ci:
 *     situs_per_shard: 200
 *
 * A fleet of at most that many sites builds in one job; a larger one in ⌈sites / value⌉ jobs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { DataRoot } from '../paths.ts';

/**
 * 200 sites × 40 entries render in about 25 s and peak near 1.5 GB here (docs/benchmarks.md):
 * small enough for a free runner, large enough that the fixed cost per job (checkout, npm ci,
 * cache restore, about a minute) stays a small part of a shard's time.
 */
export const DEFAULT_SITES_PER_SHARD = 200;
/** GitHub Actions runs at most 256 jobs in one matrix. */
export const MAX_SHARDS = 256;

const schema = z.object({
  ci: z
    .object({ situs_per_shard: z.number().int().min(1).default(DEFAULT_SITES_PER_SHARD) })
    .strict()
    .default({ situs_per_shard: DEFAULT_SITES_PER_SHARD }),
});

export interface CiConfig {
  sitesPerShard: number;
}

export function fleetConfigFile(root: DataRoot): string {
  return path.join(root.root, 'fleet.yaml');
}

/** Reads `fleet.yaml`; a missing file means the defaults. A broken one is an error that names the field. */
export function readCiConfig(root: DataRoot): CiConfig {
  const file = fleetConfigFile(root);
  if (!fs.existsSync(file)) return { sitesPerShard: DEFAULT_SITES_PER_SHARD };
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8')) ?? {};
  } catch (err) {
    throw new Error(`fleet.yaml: bukan YAML yang benar (${(err as Error).message.split('\n')[0]})`);
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const field = issue.path.join('.') || '(akar berkas)';
    throw new Error(
      `fleet.yaml, kolom ${field}: ${field.endsWith('situs_per_shard') ? 'harus bilangan bulat ≥ 1, contoh: situs_per_shard: 200' : issue.message}`,
    );
  }
  return { sitesPerShard: res.data.ci.situs_per_shard };
}
