/**
 * Kept our own rather than proper-lockfile: that one judges a lock stale only by its age, so a build killed mid-render would block the next one for the whole stale period; this one takes over at once when the holder's pid on this machine is dead, and names the holder while waiting.
 *
 * A lock file held by one process at a time. Astro writes its content modules into the
 * project's `.astro/`, whatever the data root, so two builds rendering at once would read
 * each other's image imports; the second one waits instead.
 *
 * The file says which process on which machine holds it, and the holder touches it every few
 * seconds. It is taken over when its holder on this machine has died (or is a zombie), or
 * when nobody has touched it for a minute (a holder on another machine sharing the folder,
 * or a pid that now belongs to another program).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HEARTBEAT_MS = 5_000;
const STALE_MS = 60_000;
const HOST = os.hostname();
const ME = `${process.pid} ${HOST}`;

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

/** The holder written in a lock file, or undefined when there is none (or it is unreadable). */
function holder(file: string): { pid: number; host: string; text: string } | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    const [pid, ...host] = text.split(' ');
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, host: host.join(' ') || HOST, text } : undefined;
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

function isStale(file: string, h: ReturnType<typeof holder>): boolean {
  if (ageMs(file) > STALE_MS) return true;
  return h !== undefined && h.host === HOST && !isAlive(h.pid);
}

/**
 * Removes a stale lock, but only the one judged stale: it is renamed away first (atomic),
 * and put back if it turns out to be a fresh lock another process wrote in the meantime.
 */
function takeOver(file: string, judged: string | undefined): void {
  const aside = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // Someone else moved it first.
  }
  if (holder(aside)?.text !== judged && ageMs(aside) <= STALE_MS) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // A third process holds the lock now; the fresh one we moved is lost to it either way.
    }
  }
  fs.rmSync(aside, { force: true });
}

export interface LockOptions {
  /** Called once, with the pid of the holder, when the lock is taken by a live process. */
  onWait?: (pid: number) => void;
  /** How often to look again, ms. */
  pollMs?: number;
}

/** Runs `fn` while holding `file`. */
export async function withLock<T>(file: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(file, ME, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const h = holder(file);
    if (isStale(file, h)) {
      takeOver(file, h?.text);
      continue;
    }
    // No holder yet: another process has just created the file and is writing it.
    if (h && !told) {
      opts.onWait?.(h.pid);
      told = true;
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    if (holder(file)?.text === ME) fs.utimesSync(file, now, now);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    return await fn();
  } finally {
    clearInterval(heartbeat);
    if (holder(file)?.text === ME) fs.rmSync(file, { force: true });
  }
}
