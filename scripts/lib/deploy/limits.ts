/** Published limits of the free hosts, checked on the plan before anything is uploaded. */
import { formatBytes } from '../format.ts';
import type { Target } from './units.ts';

export interface HostLimits {
  /** Bytes of one published site/deployment. */
  maxBytes?: number;
  maxFiles?: number;
  maxFileBytes?: number;
  /** Projects per account (Cloudflare: one per KIM). */
  maxProjects?: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Record<Target, HostLimits> = {
  // https://docs.github.com/pages: published sites may be no larger than 1 GB.
  'github-pages': { maxBytes: 1_000_000_000 },
  // GitLab.com's maximum artifact size; self-managed instances set their own (--gitlab-max-mb).
  'gitlab-pages': { maxBytes: 1024 * MiB },
  // Cloudflare Pages (free plan): 20,000 files per deployment, 25 MiB per file, ~100 projects.
  'cloudflare-pages': { maxFiles: 20_000, maxFileBytes: 25 * MiB, maxProjects: 100 },
  folder: {},
};

/** Share of a limit at which the plan starts warning. */
export const WARN_AT = 0.8;

export interface UnitSize {
  name: string;
  target: Target;
  files: number;
  bytes: number;
  largest: { path: string; bytes: number } | undefined;
}

export interface LimitCheck {
  errors: string[];
  warnings: string[];
}

const HOW_TO_SPLIT: Record<Target, string> = {
  'github-pages':
    'Pecah origin ini menjadi beberapa situs GitHub Pages, misalnya satu repositori Pages per kecamatan (ubah url di site.yaml KIM yang dipindah), atau kecilkan foto (npm run media:optimize). Lihat docs/deploy.md bagian "Bila batas terlampaui".',
  'gitlab-pages':
    'Pecah menjadi beberapa proyek GitLab Pages, misalnya satu per kecamatan, atau naikkan batas artefak di instance GitLab Anda (lalu pakai --gitlab-max-mb). Lihat docs/deploy.md bagian "Bila batas terlampaui".',
  'cloudflare-pages':
    'Kurangi berkas situs ini (foto lama, varian gambar) atau pindahkan ke github-pages/folder. Lihat docs/deploy.md bagian "Bila batas terlampaui".',
  folder: '',
};

function pct(n: number, max: number): string {
  return `${Math.round((n / max) * 100)}%`;
}

/** Checks one unit; errors refuse the deploy, warnings say it is growing close to a limit. */
export function checkUnit(size: UnitSize, limits: HostLimits): LimitCheck {
  const out: LimitCheck = { errors: [], warnings: [] };
  const split = HOW_TO_SPLIT[size.target];
  const check = (value: number, max: number | undefined, what: (v: string, m: string) => string, fmt: (n: number) => string) => {
    if (!max) return;
    if (value > max) out.errors.push(`${size.name}: ${what(fmt(value), fmt(max))} — melampaui batas ${size.target}. ${split}`);
    else if (value > max * WARN_AT)
      out.warnings.push(
        `${size.name}: ${what(fmt(value), fmt(max))} (${pct(value, max)} dari batas ${size.target}). Rencanakan pemecahan sebelum penuh: ${split}`,
      );
  };
  check(size.bytes, limits.maxBytes, (v, m) => `ukuran ${v} dari batas ${m}`, formatBytes);
  check(size.files, limits.maxFiles, (v, m) => `${v} berkas dari batas ${m}`, String);
  if (size.largest && limits.maxFileBytes && size.largest.bytes > limits.maxFileBytes) {
    out.errors.push(
      `${size.name}: berkas ${size.largest.path} berukuran ${formatBytes(size.largest.bytes)}, lebih dari batas ${formatBytes(limits.maxFileBytes)} per berkas di ${size.target}. Kecilkan atau hapus berkas itu.`,
    );
  }
  return out;
}

/** Cloudflare counts projects per account: one per KIM. */
export function checkProjects(count: number, limits: HostLimits): LimitCheck {
  const out: LimitCheck = { errors: [], warnings: [] };
  const max = limits.maxProjects;
  if (!max || count === 0) return out;
  if (count > max)
    out.errors.push(
      `cloudflare-pages: ${count} proyek, lebih dari sekitar ${max} proyek per akun. Pakai akun Cloudflare kedua untuk sebagian KIM, atau pindahkan sebagian ke github-pages.`,
    );
  else if (count > max * WARN_AT)
    out.warnings.push(`cloudflare-pages: ${count} proyek (${pct(count, max)} dari sekitar ${max} per akun). Siapkan akun kedua sebelum penuh.`);
  return out;
}
