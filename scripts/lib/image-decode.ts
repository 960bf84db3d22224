/**
 * Whether a picture decodes to its last pixel. A file can carry a valid header and then stop
 * (an upload cut off on a phone's connection): its signature passes, and only a full decode,
 * as the build's image pipeline does, finds it. Answers are remembered per file version.
 */
import fs from 'node:fs';
import { createSyncFn } from 'synckit';

let decode: ((file: string) => string | undefined) | undefined;
const seen = new Map<string, string | undefined>();

/** The decoder's complaint about `file`, or undefined when every pixel decodes. */
export function imageDecodeProblem(file: string): string | undefined {
  const st = fs.statSync(file);
  const key = `${fs.realpathSync(file)}:${st.size}:${st.mtimeMs}`;
  if (!seen.has(key)) {
    decode ??= createSyncFn<(file: string) => Promise<string | undefined>>(new URL('./image-decode.worker.ts', import.meta.url).pathname, { tsRunner: 'node' });
    seen.set(key, decode(file));
  }
  return seen.get(key);
}
