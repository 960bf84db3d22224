/**
 * Builds the demo fleet once for the whole test run, from a copy of the repo's `sites/` and
 * `content/` in a temp data root (the repo's own `dist/` is never touched). Tests read it
 * with `inject('demoDist')`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../scripts/lib/paths.ts';
import { runScript } from './helpers/data-root.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoRoot: string;
    demoDist: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-demo-'));
  fs.cpSync(path.join(projectRoot, 'sites'), path.join(root, 'sites'), { recursive: true });
  fs.cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  const t0 = Date.now();
  const res = runScript('build', ['--root', root]);
  if (res.code !== 0) {
    throw new Error(`Build armada demo gagal (kode ${res.code}):\n${res.stdout.slice(-4000)}\n${res.stderr.slice(-4000)}`);
  }
  console.log(`[global-setup] armada demo dibangun dalam ${((Date.now() - t0) / 1000).toFixed(1)} dtk di ${root}`);
  project.provide('demoRoot', root);
  project.provide('demoDist', path.join(root, 'dist'));
  return () => fs.rmSync(root, { recursive: true, force: true });
}
