/**
 * The pull-request guard. Git gives every editor all-or-nothing write access, so CI checks
 * who changed what:
 * - a member (an `editor` in `sites/<slug>/site.yaml`) may change only `content/<slug>/` of
 *   the KIM that lists them, one KIM per change, with ordinary files only (no symlink, no
 *   submodule) under a path spelled exactly `content/<slug>/` (no case or Unicode look-alike);
 * - anything else (sites/, src/, scripts/, package.json, workflows …) only an operator may
 *   change (`operator` in `sites/_fleet.yaml`).
 *
 * Who may do what is read from the base commit, never from the change: the guard runs from
 * the base branch's checkout and reads the change only as a git diff (nothing of the head
 * tree is executed, imported or even checked out).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { FLEET_FILE, fleetSchema, listsLogin, loginSchema } from '../../../src/schemas/fleet.ts';
import { parseYaml } from '../frontmatter.ts';

export interface GuardResult {
  ok: boolean;
  /** KIM slugs whose content the change touches. */
  slugs: string[];
  /** Changed files outside `content/<slug>/`. */
  shared: string[];
  /** Messages in Indonesian, one per problem. */
  problems: string[];
  /** Whether the author is an operator. */
  operator: boolean;
}

/** One changed path, with its git modes before and after (`000000` when absent). */
export interface ChangedEntry {
  path: string;
  oldMode: string;
  newMode: string;
}

/** Who may change what, as the base commit says. */
export interface Access {
  operators: string[];
  /** A KIM's editors, or undefined when the base has no such KIM. */
  editors(slug: string): string[] | undefined;
}

const CONTENT = /^content\/([a-z0-9][a-z0-9-]*)\/(.+)$/;
const SYMLINK = '120000';
const SUBMODULE = '160000';

const norm = (raw: string) => raw.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * Whether a path only looks like member content: its first folder reads `content` once case
 * and Unicode compatibility forms are folded (`Content/`, fullwidth `ｃｏｎｔｅｎｔ/`), or it is
 * `content/` with a KIM folder that is not a plain ASCII slug (NFD accents, Cyrillic letters).
 */
export function isLookalike(file: string): boolean {
  const f = norm(file);
  if (CONTENT.test(f) && !f.split('/').includes('..')) return false;
  const parts = f.split('/');
  const first = parts[0]!;
  // `content/README.md` is a shared file, not a KIM folder.
  if (first === 'content') return parts.length > 2;
  return (
    first
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
      .trim() === 'content'
  );
}

/** Sorts changed paths into member content (per KIM) and shared files. */
export function classify(files: string[]): { bySlug: Map<string, string[]>; shared: string[] } {
  const bySlug = new Map<string, string[]>();
  const shared: string[] = [];
  for (const raw of files) {
    const f = norm(raw.trim());
    if (!f) continue;
    const m = CONTENT.exec(f);
    // A path that climbs out (`content/kim-a/../x`) is not member content.
    if (m && !f.split('/').includes('..') && !f.split('/').includes('.')) {
      const list = bySlug.get(m[1]!) ?? [];
      list.push(f);
      bySlug.set(m[1]!, list);
    } else shared.push(f);
  }
  return { bySlug, shared };
}

const sample = (files: string[], n = 5) =>
  files
    .slice(0, n)
    .map((f) => `  - ${JSON.stringify(f).slice(1, -1)}`)
    .join('\n') + (files.length > n ? `\n  … dan ${files.length - n} berkas lain` : '');

export interface CheckOptions {
  /** The change's author (GitHub/GitLab username). */
  author?: string;
  access?: Access;
  /** A local run by an operator: every rule about who may change what is skipped. */
  allowShared?: boolean;
}

export function checkChange(changes: (string | ChangedEntry)[], opts: CheckOptions = {}): GuardResult {
  const entries = changes.map((c) => (typeof c === 'string' ? { path: c, oldMode: '100644', newMode: '100644' } : c));
  const files = entries.map((e) => e.path);
  const { bySlug, shared } = classify(files);
  const slugs = [...bySlug.keys()].sort();
  const problems: string[] = [];
  const access = opts.access ?? { operators: [], editors: () => undefined };
  const author = opts.author?.trim() || undefined;
  const operator = !!author && listsLogin(access.operators, author);
  const result = (): GuardResult => ({ ok: problems.length === 0, slugs, shared, problems, operator });
  if (opts.allowShared || operator) return result();

  if (!author) {
    problems.push(
      'Penulis perubahan tidak diketahui. Sebutkan dengan --author <nama-pengguna>; di CI nama itu diambil dari pull request (GITHUB_EVENT_PATH) atau merge request (GITLAB_USER_LOGIN).',
    );
  }
  const who = author ? `"${author}"` : 'penulis yang tidak diketahui';

  const special = entries.filter((e) => [e.oldMode, e.newMode].some((m) => m === SYMLINK || m === SUBMODULE));
  if (special.length > 0) {
    problems.push(
      `Perubahan ini memuat tautan simbolik (symlink) atau submodule. Anggota KIM hanya boleh mengunggah berkas biasa:\n${sample(special.map((e) => e.path))}`,
    );
  }
  const lookalikes = files.filter(isLookalike);
  if (lookalikes.length > 0) {
    problems.push(
      `Perubahan ini memuat folder yang hanya mirip content/<kim>/ (huruf besar, huruf lebar atau huruf non-ASCII). Isi KIM hanya boleh berada tepat di content/<slug-kim>/:\n${sample(lookalikes)}`,
    );
  }
  if (slugs.length > 1) {
    problems.push(
      `Perubahan ini mengubah isi ${slugs.length} KIM sekaligus (${slugs.join(', ')}). ` +
        `Satu perubahan hanya boleh mengubah isi satu KIM. Pisahkan menjadi beberapa perubahan, satu per KIM.\n` +
        slugs.map((s) => `${s}:\n${sample(bySlug.get(s)!)}`).join('\n'),
    );
  }
  const otherShared = shared.filter((f) => !lookalikes.includes(f));
  if (otherShared.length > 0) {
    problems.push(
      (slugs.length > 0 ? `Perubahan ini mencampur isi KIM (${slugs.join(', ')}) dengan berkas bersama (tema, scripts/, sites/ atau lainnya). ` : '') +
        `Berkas di luar content/<kim>/ hanya boleh diubah operator (daftar operator di ${FLEET_FILE}), dan ${who} bukan operator.\nBerkas bersama:\n${sample(otherShared)}`,
    );
  }
  if (author) {
    for (const slug of slugs) {
      const editors = access.editors(slug);
      if (editors === undefined) {
        problems.push(`KIM "${slug}" tidak ada di sites/ cabang utama; isi untuk KIM baru ditambahkan operator.`);
      } else if (!listsLogin(editors, author)) {
        problems.push(`"${author}" bukan editor KIM ${slug}: namanya tidak ada di sites/${slug}/site.yaml (kolom editor). Minta operator menambahkannya.`);
      }
    }
  }
  return result();
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * Paths changed on `head` since it left `base` (`git diff base...head`), with their modes;
 * renames count as delete + add, so a file moved between KIMs touches both.
 */
export function changedEntries(base: string, head: string, cwd: string): ChangedEntry[] {
  const out = git(cwd, ['-c', 'core.quotePath=false', 'diff', '--raw', '-z', '--no-renames', '--no-ext-diff', `${base}...${head}`]);
  const parts = out.split('\0');
  const entries: ChangedEntry[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const m = /^:(\d{6}) (\d{6}) /.exec(parts[i]!);
    if (!m) throw new Error(`keluaran git diff tidak dikenali: ${parts[i]}`);
    entries.push({ oldMode: m[1]!, newMode: m[2]!, path: parts[i + 1]! });
  }
  return entries;
}

/** Files changed on HEAD since it left `base` (`git diff base...HEAD`). */
export function changedFiles(base: string, cwd: string): string[] {
  return changedEntries(base, 'HEAD', cwd).map((e) => e.path);
}

/** A file of the base commit, or undefined when it has none. */
function showAt(cwd: string, rev: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${rev}:${file}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * Operators and editors as the base commit has them. A broken `sites/_fleet.yaml` stops the
 * guard (an error, not a pass); a KIM whose site.yaml lists no valid editor has none.
 */
export function readAccess(base: string, cwd: string): Access {
  const fleetText = showAt(cwd, base, FLEET_FILE);
  let operators: string[] = [];
  if (fleetText !== undefined) {
    const parsed = fleetSchema().safeParse(parseYaml(fleetText));
    if (!parsed.success) {
      throw new Error(`${FLEET_FILE} tidak valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(berkas)'}: ${i.message}`).join('; ')}`);
    }
    operators = parsed.data.operator;
  }
  const slugs = new Set(
    git(cwd, ['ls-tree', '-d', '-z', '--name-only', `${base}:sites`])
      .split('\0')
      .filter(Boolean),
  );
  const cache = new Map<string, string[] | undefined>();
  return {
    operators,
    editors(slug) {
      if (!cache.has(slug)) {
        let list: string[] | undefined;
        if (slugs.has(slug)) {
          const text = showAt(cwd, base, `sites/${slug}/site.yaml`);
          let raw: unknown;
          try {
            raw = text === undefined ? {} : parseYaml(text);
          } catch {
            raw = {};
          }
          const editor = (raw as { editor?: unknown })?.editor;
          list = Array.isArray(editor) ? editor.filter((e): e is string => loginSchema().safeParse(e).success) : [];
        }
        cache.set(slug, list);
      }
      return cache.get(slug);
    },
  };
}

/**
 * The change's author as CI knows it: on GitHub the pull request's opener (from the event
 * payload, `pull_request` or `pull_request_target`), on GitLab the user who ran the merge
 * request pipeline. Undefined outside CI.
 */
export function authorFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_EVENT_PATH && fs.existsSync(env.GITHUB_EVENT_PATH)) {
    const event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { user?: { login?: unknown } } };
    const login = event.pull_request?.user?.login;
    if (typeof login === 'string' && login) return login;
  }
  if (env.GITLAB_CI && env.CI_PIPELINE_SOURCE === 'merge_request_event' && env.GITLAB_USER_LOGIN) return env.GITLAB_USER_LOGIN;
  return undefined;
}
