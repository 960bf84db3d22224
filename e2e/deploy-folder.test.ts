/**
 * The folder target's safety on a real nginx: a deploy killed midway leaves the previous
 * version serving, a finished one switches, --rollback brings the previous one back, and a
 * deploy never drops a live site it was not asked about.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../scripts/lib/paths.ts';
import { runScript } from '../tests/helpers/data-root.ts';
import { deployRoot } from '../tests/helpers/deploy-root.ts';
import { freePort } from '../tests/helpers/net.ts';
import { nginxTest, startNginx, type RunningNginx } from '../tests/helpers/nginx.ts';

let root: string;
let live: string;
let port: number;
let nginx: RunningNginx;
const HOST = 'kim-ngudi-rahayu.localhost';

const deployArgs = () => ['--root', root, '--target', 'folder', '--out', live, '--listen', `127.0.0.1:${port}`];

function home(): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', headers: { Host: HOST } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** Replaces (never writes through: dist is hard-linked to the shared demo) the beranda. */
function markVersion(mark: string): void {
  const f = path.join(root, 'dist', 'kim-ngudi-rahayu', 'index.html');
  const html = fs.readFileSync(f, 'utf8').replace(/<!-- versi:[^>]*-->/, '');
  fs.rmSync(f);
  fs.writeFileSync(f, html.replace('</body>', `<!-- versi:${mark} --></body>`));
}

beforeAll(async () => {
  root = deployRoot(inject('demoRoot'), inject('demoDist'), { target: 'folder' });
  live = path.join(root, 'live');
  port = await freePort();
  markVersion('satu');
  const res = runScript('deploy', deployArgs());
  expect(res.code, res.stdout + res.stderr).toBe(0);
  nginx = await startNginx(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-nginx-')), path.join(live, 'nginx', 'simpul.conf'), port);
});

afterAll(async () => {
  await nginx?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('folder target: atomic switch and rollback', () => {
  it('a deploy killed while copying leaves the previous version serving', async () => {
    expect((await home()).body).toContain('versi:satu');
    markVersion('dua');
    const unitDir = path.join(live, 'kim-ngudi-rahayu');
    const before = fs.readlinkSync(path.join(unitDir, 'current'));
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/deploy.ts'), ...deployArgs(), '--site', 'kim-ngudi-rahayu'], { stdio: 'ignore' });
    // Kill as soon as the new release is half written: its staging folder has files in it.
    const t0 = Date.now();
    let sawStaging = false;
    while (Date.now() - t0 < 60_000 && child.exitCode === null) {
      const staging = fs.readdirSync(unitDir).find((e) => e.startsWith('.staging-'));
      if (staging && fs.existsSync(path.join(unitDir, staging, 'admin'))) {
        sawStaging = true;
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    await new Promise((r) => child.once('exit', r).exitCode !== null && r(null));
    expect(sawStaging, 'the deploy was killed midway').toBe(true);
    expect(child.signalCode).toBe('SIGKILL');
    expect(fs.readlinkSync(path.join(unitDir, 'current'))).toBe(before);
    const h = await home();
    expect(h.status).toBe(200);
    expect(h.body).toContain('versi:satu');
  });

  it('the next deploy switches to the new version and cleans the dead staging folder; --rollback restores the previous', async () => {
    const res = runScript('deploy', [...deployArgs(), '--site', 'kim-ngudi-rahayu']);
    expect(res.code, res.stdout).toBe(0);
    expect((await home()).body).toContain('versi:dua');
    const unitDir = path.join(live, 'kim-ngudi-rahayu');
    expect(fs.readdirSync(unitDir).filter((e) => e.startsWith('.staging-'))).toEqual([]);
    expect(fs.readdirSync(path.join(unitDir, 'releases'))).toHaveLength(2);

    const back = runScript('deploy', ['--root', root, '--out', live, '--rollback', 'kim-ngudi-rahayu']);
    expect(back.code, back.stdout).toBe(0);
    expect((await home()).body).toContain('versi:satu');
    // Rolling back again goes forward to the newer one: nothing was thrown away.
    runScript('deploy', ['--root', root, '--out', live, '--rollback', 'kim-ngudi-rahayu']);
    expect((await home()).body).toContain('versi:dua');
  });

  it('never drops a live site that is not in the plan; --prune removes an archived one only when asked', () => {
    const cur = path.join(live, 'kim-lumajang.localhost', 'current');
    expect(fs.existsSync(path.join(cur, 'kim-argosari/index.html'))).toBe(true);
    // kim-argosari leaves sites/ (a broken checkout, a move): its live files stay.
    fs.renameSync(path.join(root, 'sites', 'kim-argosari'), path.join(root, 'kim-argosari.pindah'));
    const res = runScript('deploy', [...deployArgs(), '--site', 'kim-ranupani']);
    expect(res.code, res.stdout).toBe(0);
    expect(res.stdout).toContain('tetap dari versi lama: kim-argosari');
    expect(fs.existsSync(path.join(cur, 'kim-argosari/index.html'))).toBe(true);
    fs.renameSync(path.join(root, 'kim-argosari.pindah'), path.join(root, 'sites', 'kim-argosari'));

    fs.appendFileSync(path.join(root, 'sites', 'kim-ranupani', 'site.yaml'), 'diarsipkan: true\n');
    const kept = runScript('deploy', [...deployArgs(), '--site', 'kim-ranupani']);
    expect(kept.code).toBe(0);
    expect(fs.existsSync(path.join(cur, 'kim-ranupani/index.html'))).toBe(true);
    const dry = runScript('deploy', [...deployArgs(), '--site', 'kim-ranupani', '--prune', '--dry-run']);
    expect(dry.stdout).toContain(`Akan dihapus (--prune, kim-lumajang.localhost):\n  - ${path.join(cur, 'kim-ranupani')}`);
    expect(fs.existsSync(path.join(cur, 'kim-ranupani/index.html'))).toBe(true);
    const pruned = runScript('deploy', [...deployArgs(), '--site', 'kim-ranupani', '--prune']);
    expect(pruned.code, pruned.stdout).toBe(0);
    expect(fs.existsSync(path.join(cur, 'kim-ranupani'))).toBe(false);
    expect(fs.existsSync(path.join(cur, 'kim-argosari/index.html'))).toBe(true);
  });

  it('--prune takes an archived own-domain unit off the live folder, keeps a copy, and --rollback brings it back', async () => {
    const unitDir = path.join(live, 'kim-ngudi-rahayu');
    const conf = path.join(live, 'nginx', 'simpul.conf');
    expect((await home()).status).toBe(200);
    fs.appendFileSync(path.join(root, 'sites', 'kim-ngudi-rahayu', 'site.yaml'), 'diarsipkan: true\n');
    // Without --prune nothing of it goes.
    const kept = runScript('deploy', [...deployArgs(), '--site', 'kim-ngudi-rahayu']);
    expect(kept.code, kept.stdout).toBe(0);
    expect(fs.existsSync(path.join(unitDir, 'current', 'index.html'))).toBe(true);

    const dry = runScript('deploy', [...deployArgs(), '--site', 'kim-ngudi-rahayu', '--prune', '--dry-run']);
    expect(dry.code, dry.stdout).toBe(0);
    expect(dry.stdout).toContain(`Akan dihapus (--prune, kim-ngudi-rahayu, semua KIM-nya diarsipkan):\n  - ${unitDir}/ (seluruhnya`);
    expect(fs.existsSync(path.join(unitDir, 'current', 'index.html'))).toBe(true);

    const pruned = runScript('deploy', [...deployArgs(), '--site', 'kim-ngudi-rahayu', '--prune']);
    expect(pruned.code, pruned.stdout).toBe(0);
    expect(fs.existsSync(unitDir)).toBe(false);
    expect((await home()).status).toBe(404);
    const copies = fs.readdirSync(path.join(live, '.dipangkas'));
    expect(copies).toHaveLength(1);
    expect(fs.existsSync(path.join(live, '.dipangkas', copies[0]!, 'current', 'index.html'))).toBe(true);
    expect(pruned.stdout).toContain(`salinan untuk --rollback: ${path.join(live, '.dipangkas', copies[0]!)}`);
    // nginx no longer has a server for it; the other units' config still passes nginx -t.
    expect(fs.readFileSync(conf, 'utf8')).not.toContain(HOST);
    expect(fs.readFileSync(conf, 'utf8')).toContain('kim-lumajang.localhost');
    nginxTest(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-nginx-t-')), conf);

    const back = runScript('deploy', ['--root', root, '--out', live, '--rollback', 'kim-ngudi-rahayu', '--listen', `127.0.0.1:${port}`]);
    expect(back.code, back.stdout).toBe(0);
    expect(fs.readdirSync(path.join(live, '.dipangkas'))).toEqual([]);
    expect((await home()).body).toContain('versi:dua');
    expect(fs.readFileSync(conf, 'utf8')).toContain(HOST);
  });
});
