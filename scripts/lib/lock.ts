/**
 * A lock file held by one process at a time. Astro writes its content modules into the
 * project's `.astro/`, whatever the data root, so two builds rendering at once would read
 * each other's image imports; the second one waits instead.
 */
import fs from 'node:fs';
import path from 'node:path';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid written in a lock file, or undefined when there is none (or it is unreadable). */
function holder(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

export interface LockOptions {
  /** Called once, with the pid of the holder, when the lock is taken by a live process. */
  onWait?: (pid: number) => void;
  /** How often to look again, ms. */
  pollMs?: number;
}

/** Runs `fn` while holding `file`; a lock left by a process that has died is taken over. */
export async function withLock<T>(file: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = holder(file);
    if (pid !== undefined && !isAlive(pid)) {
      // Left by a process that died: take it over, unless someone else just did.
      if (holder(file) === pid) fs.rmSync(file, { force: true });
      continue;
    }
    // No pid yet: another process has just created the file and is writing it (or, if the
    // file has stayed empty for a while, died doing so).
    if (pid === undefined && ageMs(file) > 10_000) {
      fs.rmSync(file, { force: true });
      continue;
    }
    if (pid !== undefined && !told) {
      opts.onWait?.(pid);
      told = true;
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
  }
  try {
    return await fn();
  } finally {
    if (holder(file) === process.pid) fs.rmSync(file, { force: true });
  }
}
