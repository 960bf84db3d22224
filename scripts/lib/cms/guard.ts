/**
 * The pull-request guard. Git gives every editor all-or-nothing write access, so CI checks
 * what one change touches: a KIM member's change may touch only that KIM's `content/<slug>/`,
 * and never together with the theme, scripts, `sites/` or other shared files.
 */
import { execFileSync } from 'node:child_process';

export interface GuardResult {
  ok: boolean;
  /** KIM slugs whose content the change touches. */
  slugs: string[];
  /** Changed files outside `content/<slug>/`. */
  shared: string[];
  /** Messages in Indonesian, one per problem. */
  problems: string[];
}

const CONTENT = /^content\/([^/]+)\/.+/;

/** Sorts changed paths into member content (per KIM) and shared files. */
export function classify(files: string[]): { bySlug: Map<string, string[]>; shared: string[] } {
  const bySlug = new Map<string, string[]>();
  const shared: string[] = [];
  for (const raw of files) {
    const f = raw.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (!f) continue;
    const m = CONTENT.exec(f);
    // A path that climbs out (`content/kim-a/../x`) is not member content.
    if (m && !f.split('/').includes('..')) {
      const list = bySlug.get(m[1]!) ?? [];
      list.push(f);
      bySlug.set(m[1]!, list);
    } else shared.push(f);
  }
  return { bySlug, shared };
}

const sample = (files: string[], n = 5) =>
  files.slice(0, n).map((f) => `  - ${f}`).join('\n') + (files.length > n ? `\n  … dan ${files.length - n} berkas lain` : '');

export function checkChange(files: string[], opts: { allowShared?: boolean } = {}): GuardResult {
  const { bySlug, shared } = classify(files);
  const slugs = [...bySlug.keys()].sort();
  const problems: string[] = [];
  if (!opts.allowShared) {
    if (slugs.length > 1) {
      problems.push(
        `Perubahan ini mengubah isi ${slugs.length} KIM sekaligus (${slugs.join(', ')}). ` +
          `Satu perubahan hanya boleh mengubah isi satu KIM. Pisahkan menjadi beberapa perubahan, satu per KIM.\n` +
          slugs.map((s) => `${s}:\n${sample(bySlug.get(s)!)}`).join('\n'),
      );
    }
    if (slugs.length > 0 && shared.length > 0) {
      problems.push(
        `Perubahan ini mencampur isi KIM (${slugs.join(', ')}) dengan berkas bersama (tema, scripts/, sites/ atau lainnya). ` +
          `Isi KIM dan berkas bersama harus diajukan dalam perubahan terpisah.\nBerkas bersama:\n${sample(shared)}`,
      );
    }
  }
  return { ok: problems.length === 0, slugs, shared, problems };
}

/** Files changed on HEAD since it left `base` (`git diff base...HEAD`), renames as delete + add. */
export function changedFiles(base: string, cwd: string): string[] {
  const out = execFileSync('git', ['diff', '--name-only', '--no-renames', '-z', `${base}...HEAD`], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\0').filter(Boolean);
}
