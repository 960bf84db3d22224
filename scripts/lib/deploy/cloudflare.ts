/**
 * Cloudflare Pages: one project per KIM, uploaded with Cloudflare's own CLI:
 *   wrangler pages deploy <dir> --project-name <name> --branch main
 * and, for an archived KIM with --prune, deleted with it:
 *   wrangler pages project delete <name> --yes
 * Credentials come only from the environment and are passed on to wrangler untouched;
 * they are never written to a file, a log or the plan. Without network the real upload
 * cannot run here: tests put a stand-in `wrangler` on PATH.
 */
import { spawn } from 'node:child_process';

export const CLOUDFLARE_ENV = ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID'] as const;

export type Runner = (cmd: string, args: string[]) => Promise<{ code: number; output: string }>;

export const wranglerArgs = (dir: string, project: string) => ['pages', 'deploy', dir, '--project-name', project, '--branch', 'main'];

/** `--yes` answers wrangler's "cannot be undone" prompt, which would hang a CI job. */
export const wranglerDeleteArgs = (project: string) => ['pages', 'project', 'delete', project, '--yes'];

/** Runs a command with the current environment, collecting its output. */
export const spawnRunner: Runner = (cmd, args) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ code: 127, output: `${cmd} tidak bisa dijalankan: ${e.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });

export function missingCredentials(env: NodeJS.ProcessEnv = process.env): string[] {
  return CLOUDFLARE_ENV.filter((k) => !env[k]);
}

/** Masks any credential value that a tool might echo back. */
export function redact(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const k of CLOUDFLARE_ENV) {
    const v = env[k];
    if (v && v.length >= 4) out = out.split(v).join(`[${k}]`);
  }
  return out;
}

async function wrangler(args: string[], run: Runner): Promise<void> {
  const missing = missingCredentials();
  if (missing.length) {
    throw new Error(
      `${missing.join(' dan ')} belum diisi di lingkungan. Isi sebagai secret CI atau variabel lingkungan, jangan di berkas (lihat docs/deploy.md).`,
    );
  }
  const res = await run('wrangler', args);
  if (res.code !== 0) throw new Error(`wrangler gagal (kode ${res.code}): ${redact(res.output).trim().split('\n').slice(-5).join(' | ')}`);
}

export const deployCloudflare = (dir: string, project: string, run: Runner = spawnRunner) => wrangler(wranglerArgs(dir, project), run);

/** Deletes the KIM's Pages project (its address stops answering); the local artifact stays. */
export const deleteCloudflareProject = (project: string, run: Runner = spawnRunner) => wrangler(wranglerDeleteArgs(project), run);
