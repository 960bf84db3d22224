/**
 * `node scripts/dev/diff-dist.ts <a> <b>` — compares two built `dist/` trees: files only in one,
 * and files whose bytes differ. For checking that a refactor leaves the built fleet unchanged.
 * Exits 1 when the trees differ, so it can gate a script.
 *
 * Known noise: an agenda's `.ics` file stamps its build time (`DTSTAMP`), so two builds of the
 * same code differ there. Such files are listed apart (`~`) and do not count as a difference.
 * With `--astro-cid`, files that differ only in Astro's scoped-style ids (`data-astro-cid-…`,
 * a hash of the component's file path, so moving a page changes them) are listed apart (`c`).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DistDiff {
  onlyA: string[];
  onlyB: string[];
  changed: string[];
  /** Files that differ only in a build-time stamp. */
  noise: string[];
  /** Files that differ only in Astro scoped-style ids (with `astroCid`). */
  cid: string[];
  same: number;
}

/** Every file below `dir`, as sorted `/`-separated relative paths. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const withoutStamp = (b: Buffer) => b.toString('utf8').replace(/^DTSTAMP:.*$/gm, '');

const withoutCid = (b: Buffer) => b.toString('utf8').replace(/data-astro-cid-[a-z0-9]+/g, 'data-astro-cid');

export function diffDist(a: string, b: string, opts: { astroCid?: boolean } = {}): DistDiff {
  const fa = filesUnder(a);
  const fb = new Set(filesUnder(b));
  const inA = new Set(fa);
  const diff: DistDiff = { onlyA: fa.filter((f) => !fb.has(f)), onlyB: [...fb].filter((f) => !inA.has(f)).sort(), changed: [], noise: [], cid: [], same: 0 };
  for (const f of fa) {
    if (!fb.has(f)) continue;
    const [x, y] = [fs.readFileSync(path.join(a, f)), fs.readFileSync(path.join(b, f))];
    if (x.equals(y)) diff.same++;
    else if (f.endsWith('.ics') && withoutStamp(x) === withoutStamp(y)) diff.noise.push(f);
    else if (opts.astroCid && /\.(html|css)$/.test(f) && withoutCid(x) === withoutCid(y)) diff.cid.push(f);
    else diff.changed.push(f);
  }
  return diff;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const [a, b] = args.filter((x) => !x.startsWith('--'));
  if (!a || !b) {
    console.error('Pakai: node scripts/dev/diff-dist.ts <dist-a> <dist-b> [--astro-cid]');
    process.exit(2);
  }
  const d = diffDist(a, b, { astroCid: args.includes('--astro-cid') });
  for (const f of d.onlyA) console.log(`- ${f}`);
  for (const f of d.onlyB) console.log(`+ ${f}`);
  for (const f of d.changed) console.log(`M ${f}`);
  for (const f of d.noise) console.log(`~ ${f} (hanya DTSTAMP)`);
  for (const f of d.cid) console.log(`c ${f} (hanya data-astro-cid)`);
  console.log(
    `${d.same} sama, ${d.changed.length} berbeda, ${d.noise.length} hanya beda cap waktu, ${d.cid.length} hanya beda data-astro-cid, ${d.onlyA.length} hanya di ${a}, ${d.onlyB.length} hanya di ${b}`,
  );
  process.exit(d.onlyA.length + d.onlyB.length + d.changed.length > 0 ? 1 : 0);
}
