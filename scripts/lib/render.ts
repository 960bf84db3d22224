/**
 * The render stage of a build: every changed site in one Astro build. When that build fails,
 * the error usually names the site (a page route `/<slug>/…` or a file `content/<slug>/…`):
 * that site is set aside and the others are built again without it, so one broken site costs
 * one more build, not one build per site. Only an error that names no site falls back to
 * building the sites one at a time, and that stops early when every site fails alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { astroOutDir, removeStaleOutDirs, runAstroChild, runAstroInProcess, type AstroJob } from './astro-run.ts';
import { withLock } from './lock.ts';
import { projectRoot, type DataRoot } from './paths.ts';

export interface RenderGroup {
  slugs: string[];
  /** Astro output holding `<slug>/` for each of `slugs`, and `_astro/`. */
  outDir: string;
}

export interface RenderResult {
  groups: RenderGroup[];
  /** Sites that could not be rendered, with the reason. */
  failed: Map<string, string>;
}

export interface RenderOptions {
  root: DataRoot;
  sites: string[];
  /** The sites whose content a site's pages need: itself and, for a forum, its members. */
  loadFor: (slug: string) => string[];
  verbose?: boolean;
  log: (line: string) => void;
  /** The Astro builds; tests of the retry logic pass stand-ins. */
  builders?: Builders;
  /** The lock that lets one render run at a time (default: in the project's `.simpul/`). */
  lockFile?: string;
}

export interface Builders {
  /** The first build: resolves with the error output, or undefined when it succeeded. */
  inProcess(job: AstroJob): Promise<string | undefined>;
  child(job: AstroJob): Promise<{ ok: boolean; log: string }>;
}

const astro: Builders = { inProcess, child: runAstroChild };

/** Builds to try after the first one fails, each without the sites its error named. */
const MAX_RETRIES = 3;
/** Sites in a row failing alike, with none built, before the one-by-one builds stop. */
const SAME_FAILURE_LIMIT = 3;

const LOCK_FILE = path.join(projectRoot, '.simpul', 'render.lock');

export function renderSites(opts: RenderOptions): Promise<RenderResult> {
  return withLock(opts.lockFile ?? LOCK_FILE, () => render(opts), {
    onWait: (pid) => opts.log(`  menunggu build lain (proses ${pid}) selesai merender…`),
  });
}

async function render(opts: RenderOptions): Promise<RenderResult> {
  const { log } = opts;
  removeStaleOutDirs();
  const base = astroOutDir();
  const failed = new Map<string, string>();
  const job = (sites: string[], outDir: string): AstroJob => ({
    root: opts.root,
    render: sites,
    load: [...new Set(sites.flatMap(opts.loadFor))],
    outDir,
    verbose: opts.verbose,
  });

  const build = opts.builders ?? astro;
  let remaining = [...opts.sites];
  let attempt = job(remaining, base);
  let error = await build.inProcess(attempt);
  for (let retry = 1; error !== undefined; retry++) {
    fs.rmSync(attempt.outDir, { recursive: true, force: true });
    const reason = reasonOf(error, opts.root);
    const culprits = sitesNamedIn(error, remaining, opts);
    if (culprits.length === 0 || retry > MAX_RETRIES) return { groups: await oneByOne(remaining, reason, { job, base, failed, build, opts }), failed };
    for (const s of culprits) failed.set(s, reason);
    log(`  ✗ ${culprits.join(', ')}: gagal dirender: ${reason}`);
    remaining = remaining.filter((s) => !culprits.includes(s));
    if (remaining.length === 0) return { groups: [], failed };
    log(`  membangun ulang ${remaining.length} situs lain tanpa situs tersebut…`);
    attempt = job(remaining, `${base}-ulang-${retry}`);
    const res = await build.child(attempt);
    error = res.ok ? undefined : res.log;
  }
  return { groups: [{ slugs: remaining, outDir: attempt.outDir }], failed };
}

/** The first build runs in this process (fastest); its output is kept for the error. */
async function inProcess(job: AstroJob): Promise<string | undefined> {
  const out: string[] = [];
  const restore = tee(out);
  try {
    await runAstroInProcess(job);
    return undefined;
  } catch (err) {
    return `${out.join('')}\n${err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err)}`;
  } finally {
    restore();
  }
}

/** Copies what this process prints into `out`, still printing it. */
function tee(out: string[]): () => void {
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((s) => s.write.bind(s));
  streams.forEach((s, i) => {
    s.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      return (originals[i] as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof s.write;
  });
  return () => {
    for (const [i, s] of streams.entries()) s.write = originals[i] as typeof s.write;
  };
}

/** What the builds after the first one share. */
interface RetryContext {
  job: (sites: string[], outDir: string) => AstroJob;
  /** The first build's output folder; later ones add a suffix. */
  base: string;
  failed: Map<string, string>;
  build: Builders;
  opts: RenderOptions;
}

async function oneByOne(sites: string[], firstReason: string, { job, base, failed, build, opts }: RetryContext): Promise<RenderGroup[]> {
  opts.log(`  build gabungan gagal (${firstReason}); membangun ulang situs satu per satu…`);
  const groups: RenderGroup[] = [];
  const attempt = async (slug: string): Promise<string | undefined> => {
    const single = job([slug], `${base}-${slug}`);
    const res = await build.child(single);
    if (res.ok) {
      groups.push({ slugs: [slug], outDir: single.outDir });
      return undefined;
    }
    fs.rmSync(single.outDir, { recursive: true, force: true });
    const reason = reasonOf(res.log, opts.root);
    failed.set(slug, reason);
    opts.log(`  ✗ ${slug}: gagal dirender: ${reason}`);
    return reason;
  };
  const queue = [...sites];
  let alike = 0;
  let last: string | undefined;
  let checkedLast = false;
  while (queue.length > 0) {
    const reason = await attempt(queue.shift()!);
    alike = reason === undefined ? 0 : reason === last ? alike + 1 : 1;
    last = reason;
    if (reason === undefined || groups.length > 0 || alike < SAME_FAILURE_LIMIT || queue.length === 0 || checkedLast) continue;
    // Sites made from one blueprint can share a broken file: the last site tells whether the
    // failure is theirs or everyone's.
    checkedLast = true;
    if ((await attempt(queue.pop()!)) !== reason) continue;
    for (const s of queue) failed.set(s, `tidak dicoba: ${reason}`);
    opts.log(
      `  ${alike + 1} situs gagal dengan kesalahan yang sama: kemungkinan masalah tema atau lingkungan, bukan isi situs. ${queue.length} situs lain tidak dicoba.`,
    );
    break;
  }
  return groups;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Sites an error points at. A failing page (`rendering /<slug>/…`) names its own site; a
 * broken file (`content/<slug>/…`) names every site that loads that KIM's content.
 */
export function sitesNamedIn(text: string, sites: string[], opts: Pick<RenderOptions, 'loadFor'>): string[] {
  const named = new Set<string>();
  for (const slug of sites) {
    if (new RegExp(`rendering /${escapeRegExp(slug)}/`).test(text)) named.add(slug);
  }
  const loaded = new Set(sites.flatMap(opts.loadFor));
  for (const owner of loaded) {
    if (!new RegExp(`(?:^|[/\\s\`'"])(?:content|sites)/${escapeRegExp(owner)}/`, 'm').test(text)) continue;
    for (const slug of sites) if (opts.loadFor(slug).includes(owner)) named.add(slug);
  }
  return sites.filter((s) => named.has(s));
}

/**
 * One line that says what went wrong, with paths relative to the data root: Astro's own
 * `[ErrorName] message` line when there is one.
 */
export function reasonOf(text: string, root: DataRoot): string {
  const clean = text
    .split(`${root.root}${path.sep}`)
    .join('')
    .split(`${projectRoot}${path.sep}`)
    .join('')
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter(Boolean);
  const skip = /^(Hint|Location|Stack trace|Error reference|Caused by):?$/i;
  // `[NoImageMetadata] …` from the CLI, `NoImageMetadata: …` inside a thrown message.
  const named =
    clean.find((l) => /^\[[A-Za-z]+\]\s/.test(l) && !/^\[(ERROR|WARN|build|vite|content|assets)\]/.test(l)) ??
    clean.find((l) => /^[A-Z][A-Za-z]+: \S/.test(l) && !skip.test(l.split(':')[0]!));
  const generic = clean.find((l) => /error/i.test(l) && !/^(Error reference|Stack trace|at\s)|Build failed/i.test(l));
  const line = named ?? generic ?? clean.at(-1) ?? 'tidak diketahui';
  return line.length > 240 ? `${line.slice(0, 237)}…` : line;
}
