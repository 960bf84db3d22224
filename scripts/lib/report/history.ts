/**
 * When each KIM's content last changed, and when the KIM first appeared, from git history.
 * The whole history is read in one `git log` for every KIM: one process per KIM would not
 * scale to a district of hundreds. File times are never used: a fresh clone resets them all.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SiteHistory {
  /** Committer date of the newest commit touching `content/<slug>/`. */
  lastChange: Date | null;
  /** Committer date of the oldest commit touching `sites/<slug>/` or `content/<slug>/`. */
  created: Date | null;
}

/** Separates commits in the log output; cannot occur in a date or a path git prints. */
const RS = '\x1e';

/**
 * Every KIM's history below `root`, keyed by slug. Null when `root` is not inside a git
 * checkout (or git is missing): the caller must then say dates are unknown, not guess.
 */
export async function readHistory(root: string): Promise<Map<string, SiteHistory> | null> {
  const git = (args: string[]) => run('git', ['-c', 'core.quotepath=off', ...args], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
  try {
    await git(['rev-parse', '--is-inside-work-tree']);
  } catch {
    return null;
  }
  let stdout: string;
  try {
    // --relative: paths relative to the data root, which may be a folder inside the repository.
    ({ stdout } = await git(['log', `--format=${RS}%cI`, '--name-only', '--relative', '--', 'content', 'sites']));
  } catch {
    // A repository without commits yet has no history to read.
    return new Map();
  }
  const history = new Map<string, SiteHistory>();
  for (const record of stdout.split(RS)) {
    const lines = record.split('\n');
    const date = new Date(lines[0]!.trim());
    if (Number.isNaN(date.getTime())) continue;
    const seen = new Set<string>();
    for (const file of lines.slice(1)) {
      const m = /^(content|sites)\/([^/]+)\//.exec(file);
      if (!m) continue;
      const slug = m[2]!;
      let h = history.get(slug);
      if (!h) history.set(slug, (h = { lastChange: null, created: null }));
      // The log runs newest first: the first content commit seen is the last change, and
      // the last commit seen at all is the oldest.
      if (m[1] === 'content' && !h.lastChange) h.lastChange = date;
      if (!seen.has(slug)) h.created = date;
      seen.add(slug);
    }
  }
  return history;
}
