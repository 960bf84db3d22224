/**
 * A lock file held by one process at a time. Astro writes its content modules into the
 * project's `.astro/`, whatever the data root, so two builds rendering at once would read
 * each other's image imports; the second one waits instead.
 *
 * The holder touches the file every few seconds. A lock whose holder has died (or is a
 * zombie, or whose pid now belongs to another program that never touches it) goes stale and
 * is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

const HEARTBEAT_MS = 5_000;
/** A lock not touched for this long is stale, whatever its pid. */
const STALE_MS = 60_000;

/** Whether a process runs: a zombie (exited, not yet reaped) does not. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // No /proc (not Linux): the signal check above is all there is.
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
    if ((pid !== undefined && !isAlive(pid)) || ageMs(file) > STALE_MS) {
      // Left by a process that died: take it over, unless someone else just did.
      if (holder(file) === pid) fs.rmSync(file, { force: true });
      continue;
    }
    // No pid yet: another process has just created the file and is writing it.
    if (pid !== undefined && !told) {
      opts.onWait?.(pid);
      told = true;
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    if (holder(file) === process.pid) fs.utimesSync(file, now, now);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    return await fn();
  } finally {
    clearInterval(heartbeat);
    if (holder(file) === process.pid) fs.rmSync(file, { force: true });
  }
}
