/**
 * Whether a picture decodes to its last pixel. A file can carry a valid header and then stop
 * (an upload cut off on a phone's connection): its signature passes, and only a full decode,
 * as the build's image pipeline does, finds it. A full decode costs tens of milliseconds a
 * photo, so answers are remembered per file version (real path, size, modification time),
 * in memory and, when a cache file is given, across runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createSyncFn } from 'synckit';

let decode: ((file: string) => string | undefined) | undefined;
/** `null`: decodes fine. */
const seen = new Map<string, string | null>();
let cacheFile: string | undefined;
let dirty = false;

/** Remembers answers in `file` (JSON) from now on, starting from what it already holds. */
export function useDecodeCache(file: string): void {
  if (cacheFile === file) return;
  cacheFile = file;
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string | null>;
    for (const [k, v] of Object.entries(saved)) if (!seen.has(k)) seen.set(k, v);
  } catch {
    // No cache yet, or a broken one: start afresh.
  }
}

/** Writes the remembered answers to the cache file, if one is in use and anything is new. */
export function saveDecodeCache(): void {
  if (!cacheFile || !dirty) return;
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(Object.fromEntries(seen)));
  fs.renameSync(tmp, cacheFile);
  dirty = false;
}

/** The decoder's complaint about `file`, or undefined when every pixel decodes. */
export function imageDecodeProblem(file: string): string | undefined {
  const st = fs.statSync(file);
  const key = `${fs.realpathSync(file)}:${st.size}:${st.mtimeMs}`;
  if (!seen.has(key)) {
    decode ??= createSyncFn<(file: string) => Promise<string | undefined>>(new URL('./image-decode.worker.ts', import.meta.url).pathname, { tsRunner: 'node' });
    seen.set(key, decode(file) ?? null);
    dirty = true;
  }
  return seen.get(key) ?? undefined;
}
