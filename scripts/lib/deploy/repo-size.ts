/**
 * How big the repository is, against its Git host's limits, and how fast it grows. Photos,
 * not pages, fill it: every original a member uploads stays in Git history for good, so the
 * plan warns well before the host's limit is reached (docs/penyimpanan.md).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { formatBytes } from '../format.ts';
import type { DataRoot } from '../paths.ts';
import { walkFiles } from '../walk.ts';
import { WARN_AT, type LimitCheck } from './limits.ts';

export const REPO_HOSTS = ['github', 'gitlab'] as const;
export type RepoHost = (typeof REPO_HOSTS)[number];

export interface RepoLimits {
  /** The host's guidance: above it, clones and the CMS slow down and the host may ask you to shrink. */
  recommended?: number;
  /** The hard limit: pushes are refused above it. */
  max: number;
}

export const DEFAULT_REPO_LIMITS: Record<RepoHost, RepoLimits> = {
  // docs.github.com "About large files": under 1 GB recommended, 5 GB at most.
  github: { recommended: 1_000_000_000, max: 5_000_000_000 },
  // GitLab.com: 10 GiB per project (repository storage).
  gitlab: { max: 10 * 2 ** 30 },
};

/**
 * Growth per active KIM per year with the default caps, from `npm run bench -- --mode
 * penyimpanan` (docs/benchmarks.md): two berita a week with two photos each.
 */
export const GROWTH_PER_KIM_YEAR = { repo: 53_000_000, pages: 46_000_000 };

export interface RepoSize {
  /** Bytes of Git objects (history included), when the data root is in a Git repository. */
  gitBytes?: number;
  /** Bytes of `sites/` and `content/` as they are now (what the next commit holds at least). */
  contentBytes: number;
}

const folderBytes = (dir: string) => walkFiles(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);

/** `git count-objects -v`: loose `size` plus `size-pack`, both in KiB. */
function gitObjectBytes(dir: string): number | undefined {
  const r = spawnSync('git', ['-C', dir, 'count-objects', '-v'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const kib = (key: string) => Number(new RegExp(`^${key}: (\\d+)$`, 'm').exec(r.stdout)?.[1] ?? 0);
  return (kib('size') + kib('size-pack')) * 1024;
}

export function measureRepo(root: DataRoot): RepoSize {
  return { gitBytes: gitObjectBytes(root.root), contentBytes: folderBytes(root.sitesDir) + folderBytes(root.contentDir) };
}

/** Months until `limit` at `perYear` bytes a year from `now` bytes; Infinity without growth. */
export function monthsUntil(now: number, limit: number, perYear: number): number {
  if (now >= limit) return 0;
  return perYear > 0 ? ((limit - now) / perYear) * 12 : Infinity;
}

const months = (m: number) => (m < 1 ? 'kurang dari sebulan' : `±${Math.floor(m)} bulan`);

const HOW_TO_SHRINK =
  'Jalan keluar: batas foto asli yang lebih kecil (npm run media:optimize), repositori per kecamatan, atau foto di hosting media terpisah. Lihat docs/penyimpanan.md.';

/**
 * Warnings (never errors: refusing a deploy would not shrink the repository) when it is near
 * or over its host's limits, or will reach one within a year at the expected growth.
 */
export function checkRepo(size: RepoSize, host: RepoHost, limits: RepoLimits, growth: { kims: number; perKimYear: number }): LimitCheck {
  const out: LimitCheck = { errors: [], warnings: [] };
  const now = Math.max(size.gitBytes ?? 0, size.contentBytes);
  const what = size.gitBytes !== undefined && size.gitBytes >= size.contentBytes ? 'riwayat Git' : 'isi sites/ dan content/';
  const perYear = growth.kims * growth.perKimYear;
  const named: [string, number | undefined][] = [
    [`batas keras ${host} ${formatBytes(limits.max)}`, limits.max],
    [`anjuran ${host} ${limits.recommended ? formatBytes(limits.recommended) : ''}`, limits.recommended],
  ];
  for (const [label, limit] of named) {
    if (!limit) continue;
    if (now > limit) {
      out.warnings.push(`repositori: ${formatBytes(now)} (${what}) sudah melewati ${label}. ${HOW_TO_SHRINK}`);
      return out; // the biggest crossed limit is the one worth saying
    }
  }
  for (const [label, limit] of [...named].reverse()) {
    if (!limit) continue;
    const m = monthsUntil(now, limit, perYear);
    if (now > limit * WARN_AT) {
      out.warnings.push(`repositori: ${formatBytes(now)} (${what}), ${Math.round((now / limit) * 100)}% dari ${label}. ${HOW_TO_SHRINK}`);
      return out;
    }
    if (m < 12) {
      out.warnings.push(
        `repositori: ${formatBytes(now)} (${what}); dengan ${growth.kims} KIM aktif × ±${formatBytes(growth.perKimYear)} foto asli per KIM per tahun, ${label} tercapai dalam ${months(m)}. ${HOW_TO_SHRINK}`,
      );
      return out;
    }
  }
  return out;
}

/** A Pages unit that will fill its host's size limit within a year at the expected output growth. */
export function checkUnitGrowth(
  name: string,
  target: string,
  bytes: number,
  maxBytes: number | undefined,
  growth: { kims: number; perKimYear: number },
): string | undefined {
  if (!maxBytes || bytes > maxBytes * WARN_AT) return undefined; // checkUnit already says it
  const m = monthsUntil(bytes, maxBytes, growth.kims * growth.perKimYear);
  if (m >= 12) return undefined;
  return `${name}: ${formatBytes(bytes)} sekarang; dengan ${growth.kims} KIM aktif × ±${formatBytes(growth.perKimYear)} keluaran per KIM per tahun, batas ${target} ${formatBytes(maxBytes)} tercapai dalam ${months(m)}. Rencanakan situs Pages per kecamatan (docs/penyimpanan.md).`;
}

/** The repository's host: GitLab when the fleet publishes only to GitLab Pages, else GitHub. */
export function guessRepoHost(targets: readonly string[]): RepoHost {
  return targets.includes('gitlab-pages') && !targets.includes('github-pages') ? 'gitlab' : 'github';
}
