/** Temporary data roots for tests: copies of fixtures, and the CLI run against them. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { walkFiles } from '../../scripts/lib/walk.ts';

export const fixturesDir = path.join(projectRoot, 'tests', 'fixtures');

/** Copies a fixture data root (`tests/fixtures/<name>`) to a fresh folder under `parent`. */
export function copyFixture(name: string, parent = os.tmpdir()): string {
  const dir = fs.mkdtempSync(path.join(parent, `simpul-${name}-`));
  fs.cpSync(path.join(fixturesDir, name), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.simpul`) && !src.endsWith(`${path.sep}dist`) });
  return dir;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<script>.ts` with the project's Node, as `npm run` would. */
export function runScript(script: string, args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): CliResult {
  const res = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', `${script}.ts`), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

/** Every file under a folder, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  return walkFiles(dir);
}

/** `runScript` without blocking, so that several runs can overlap. */
export function runScriptAsync(script: string, args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', `${script}.ts`), ...args], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
