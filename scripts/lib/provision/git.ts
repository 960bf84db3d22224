/** When a folder last changed, according to git history. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The committer date (ISO 8601) of the last commit touching `relPath`, run inside `root`.
 * Null when `root` is not in a git repository, git is missing, or nothing was committed yet.
 */
export async function lastChange(root: string, relPath: string): Promise<string | null> {
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%cI', '--', relPath], { cwd: root });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}
