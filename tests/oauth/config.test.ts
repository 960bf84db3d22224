import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { planOauth, WORKER_FILE, wranglerCommands, wranglerConfig } from '../../scripts/lib/oauth/config.ts';
import { dataRoot } from '../../scripts/lib/paths.ts';
import { runScript } from '../helpers/data-root.ts';

let root: string;
const write = (slug: string, site: Record<string, unknown> | string) => {
  fs.mkdirSync(path.join(root, 'sites', slug), { recursive: true });
  fs.writeFileSync(path.join(root, 'sites', slug, 'site.yaml'), typeof site === 'string' ? site : stringify(site));
};
const site = (slug: string, url: string, cms: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  slug,
  nama: `KIM ${slug}`,
  jenis: 'desa',
  wilayah: { kecamatan: 'K', kabupaten: 'Kab', provinsi: 'P' },
  url,
  cms,
  ...extra,
});
const gh = (base_url: string) => ({ backend: 'github', repo: 'dinas/kim', base_url });

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-oauth-'));
  write('kim-a', site('kim-a', 'https://dinas.github.io/kim-a/', gh('https://oauth.dinas.example/')));
  write('kim-b', site('kim-b', 'https://dinas.github.io/kim-b/', gh('https://oauth.dinas.example')));
  write('kim-c', site('kim-c', 'https://kim-c.desa.id/', gh('https://oauth.dinas.example/')));
  write('kim-d', site('kim-d', 'https://kim-d.desa.id/', gh('https://simpul-oauth.akun.workers.dev/')));
  write('kim-e', site('kim-e', 'https://kim-e.desa.id/', { backend: 'gitlab', repo: 'dinas/kim', app_id: 'abc' }));
  write('kim-f', site('kim-f', 'https://kim-f.desa.id/', gh('https://oauth.dinas.example/'), { diarsipkan: true }));
  write('kim-g', 'slug: kim-g\nurl: [tidak valid');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('oauth:config from sites/*/site.yaml', () => {
  it('groups the GitHub KIMs by proxy and allows only their origins', () => {
    const plan = planOauth(dataRoot(root));
    expect(plan.workers).toEqual([
      {
        baseUrl: 'https://oauth.dinas.example',
        name: 'simpul-oauth-oauth-dinas-example',
        origins: ['https://dinas.github.io', 'https://kim-c.desa.id'],
        slugs: ['kim-a', 'kim-b', 'kim-c'],
      },
      { baseUrl: 'https://simpul-oauth.akun.workers.dev', name: 'simpul-oauth', origins: ['https://kim-d.desa.id'], slugs: ['kim-d'] },
    ]);
    // A broken site.yaml is reported and does not stop the others.
    expect(plan.skipped.map((s) => s.slug)).toEqual(['kim-g']);
  });

  it('writes a wrangler config without secrets and with the worker path relative to it', () => {
    const [custom, dev] = planOauth(dataRoot(root)).workers;
    const dir = path.join(root, 'oauth', custom!.name);
    const text = wranglerConfig(custom!, dir);
    const config = JSON.parse(text.replace(/^\/\/.*$/gm, ''));
    expect(path.resolve(dir, config.main)).toBe(WORKER_FILE);
    expect(config.vars).toEqual({ ALLOWED_ORIGINS: 'https://dinas.github.io,https://kim-c.desa.id' });
    expect(config.routes).toEqual([{ pattern: 'oauth.dinas.example', custom_domain: true }]);
    expect(text).not.toMatch(/CLIENT_SECRET"\s*:/);
    const devConfig = JSON.parse(wranglerConfig(dev!, dir).replace(/^\/\/.*$/gm, ''));
    expect(devConfig.workers_dev).toBe(true);
    expect(devConfig.routes).toBeUndefined();
    expect(wranglerCommands('oauth/x/wrangler.jsonc')).toEqual([
      'npx wrangler secret put GITHUB_CLIENT_ID --config oauth/x/wrangler.jsonc',
      'npx wrangler secret put GITHUB_CLIENT_SECRET --config oauth/x/wrangler.jsonc',
      'npx wrangler deploy --config oauth/x/wrangler.jsonc',
    ]);
  });

  it('npm run oauth:config writes the files and prints the commands', () => {
    const out = path.join(root, 'keluar');
    const res = runScript('oauth-config', ['--root', root, '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, 'simpul-oauth-oauth-dinas-example', 'wrangler.jsonc'))).toBe(true);
    expect(res.stdout).toContain('npx wrangler deploy --config');
    expect(res.stdout).toContain('Callback URL aplikasi OAuth di GitHub: https://oauth.dinas.example/callback');
    expect(res.stderr).toContain('Dilewati: kim-g');
  });
});
