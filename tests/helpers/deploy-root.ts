/**
 * A data root for deploy tests made from the built demo fleet: the sites' site.yaml with
 * every host renamed to `<first label>.localhost`: github.io and pages.dev are HSTS-preloaded
 * (Chromium would force https), and `*.localhost` over http is a secure context, as the real
 * https sites are (Decap needs crypto.randomUUID). And, optionally, every target set to one value. The
 * demo's dist/ is hard-linked, not rebuilt; base paths, and so every page, stay the same.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const testHost = (host: string) => `${host.split('.')[0]}.localhost`;

export function deployRoot(demoRoot: string, demoDist: string, opts: { target?: string } = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-deploy-'));
  fs.chmodSync(root, 0o755);
  for (const slug of fs.readdirSync(path.join(demoRoot, 'sites'))) {
    const file = path.join(demoRoot, 'sites', slug, 'site.yaml');
    if (!fs.existsSync(file)) continue;
    let y = fs.readFileSync(file, 'utf8').replace(/^url: https:\/\/([^/]+)\//m, (_m, h: string) => `url: https://${testHost(h)}/`);
    if (opts.target) y = y.replace(/^ {2}target: .*$/m, `  target: ${opts.target}`);
    fs.mkdirSync(path.join(root, 'sites', slug), { recursive: true });
    fs.writeFileSync(path.join(root, 'sites', slug, 'site.yaml'), y);
  }
  const r = spawnSync('cp', ['-al', demoDist, path.join(root, 'dist')]);
  if (r.status !== 0) throw new Error(`cp -al gagal: ${r.stderr}`);
  const origins = path.join(root, 'dist', '_origin');
  if (fs.existsSync(origins)) for (const h of fs.readdirSync(origins)) fs.renameSync(path.join(origins, h), path.join(origins, testHost(h)));
  return root;
}
