/** The deploy plan on the built demo fleet: units per target, filters, limits, changes. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildPlan } from '../../scripts/lib/deploy/plan.ts';
import { diffFiles } from '../../scripts/lib/deploy/state.ts';
import { dataRoot } from '../../scripts/lib/paths.ts';
import { runScript } from '../helpers/data-root.ts';
import { deployRoot } from '../helpers/deploy-root.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});
function make(target?: string) {
  const r = deployRoot(inject('demoRoot'), inject('demoDist'), { target });
  roots.push(r);
  return dataRoot(r);
}

describe('plan', () => {
  it('groups the demo fleet: shared origins as one unit, own domains alone, "nginx" read as folder', () => {
    const root = make();
    const plan = buildPlan(root);
    expect(plan.errors).toEqual([]);
    expect(plan.units.map((u) => [u.name, u.target, u.sites.map((s) => s.slug)])).toEqual([
      ['diskominfo-makassar.localhost', 'github-pages', ['kim-mekar-sari']],
      ['kim-lumajang.localhost', 'github-pages', ['forum-kim-senduro', 'kim-argosari', 'kim-ranupani', 'portal-kim-lumajang']],
      ['kim-ngudi-rahayu', 'folder', ['kim-ngudi-rahayu']],
      ['kim-tablanusu', 'cloudflare-pages', ['kim-tablanusu']],
    ]);
    expect(plan.notes.join('\n')).toContain('kim-ngudi-rahayu/site.yaml: deploy.target "nginx" dibaca sebagai "folder"');
    const lumajang = plan.units[1]!;
    for (const f of [
      'index.html',
      '404.html',
      'robots.txt',
      'sitemap-index.xml',
      '_simpul/404.js',
      '_simpul/decap/decap-cms.js',
      'kim-argosari/index.html',
      'forum-kim-senduro/cari/index.html',
    ]) {
      expect(lumajang.files.has(f), f).toBe(true);
    }
    expect(lumajang.bytes).toBe([...lumajang.files.values()].reduce((n, f) => n + f.bytes, 0));
    const cf = plan.units[3]!;
    expect(cf.files.get('_headers')?.content).toContain('Content-Security-Policy');
    expect(cf.files.has('admin/decap/decap-cms.js')).toBe(true);
  });

  it.each(['github-pages', 'gitlab-pages', 'cloudflare-pages', 'folder'])('every demo KIM can go to %s', (target) => {
    const plan = buildPlan(make(target));
    if (target === 'cloudflare-pages') {
      // Cloudflare takes only sites at the root of their domain: the subpath ones are refused by name.
      expect(plan.errors.join('\n')).toContain('kim-argosari: cloudflare-pages memasang satu proyek per KIM');
      expect(plan.units.map((u) => u.name)).toEqual(['kim-ngudi-rahayu', 'kim-tablanusu']);
      return;
    }
    expect(plan.errors).toEqual([]);
    expect(plan.units.every((u) => u.target === target && u.errors.length === 0)).toBe(true);
    expect(plan.units.flatMap((u) => u.sites.map((s) => s.slug)).sort()).toEqual([
      'forum-kim-senduro',
      'kim-argosari',
      'kim-mekar-sari',
      'kim-ngudi-rahayu',
      'kim-ranupani',
      'kim-tablanusu',
      'portal-kim-lumajang',
    ]);
  });

  it('--site picks the units holding those sites, --target one kind of host; an unknown slug is an error', () => {
    const root = make();
    expect(buildPlan(root, { sites: ['kim-argosari'] }).units.map((u) => u.name)).toEqual(['kim-lumajang.localhost']);
    expect(buildPlan(root, { target: 'cloudflare-pages' }).units.map((u) => u.name)).toEqual(['kim-tablanusu']);
    expect(buildPlan(root, { sites: ['kim-argosari'], target: 'folder' }).units).toEqual([]);
    expect(buildPlan(root, { sites: ['kim-salah'] }).errors.join()).toContain('--site kim-salah: tidak ada situs');
  });

  it('refuses a unit over its host limit with a message on how to split, and warns near it', () => {
    const root = make();
    const over = buildPlan(root, { limits: { 'github-pages': { maxBytes: 5_000_000 } } });
    const u = over.units.find((x) => x.name === 'kim-lumajang.localhost')!;
    expect(u.errors.join()).toMatch(/melampaui batas github-pages\. Pecah origin ini .*per kecamatan/);
    const near = buildPlan(root, { limits: { 'github-pages': { maxBytes: u.bytes + 1000 } } });
    expect(near.units.find((x) => x.name === 'kim-lumajang.localhost')!.warnings.join()).toContain('dari batas github-pages');
    const cf = buildPlan(root, { limits: { 'cloudflare-pages': { maxFiles: 100, maxFileBytes: 1024 * 1024, maxProjects: 1 } } });
    const t = cf.units.find((x) => x.name === 'kim-tablanusu')!;
    expect(t.errors.join('\n')).toMatch(/berkas dari batas 100/);
    expect(t.errors.join('\n')).toMatch(/lebih dari batas 1,0 MB per berkas/);
  });

  it('the CLI refuses over a limit, exit 1, before writing anything', () => {
    const root = make('gitlab-pages');
    const out = path.join(root.root, 'artefak');
    const res = runScript('deploy', ['--root', root.root, '--target', 'gitlab-pages', '--gitlab-max-mb', '1', '--out', out]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('melampaui batas gitlab-pages');
    expect(res.stdout).toMatch(/Pecah menjadi beberapa proyek GitLab Pages/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('an archived KIM stays live unless --prune, and --prune --dry-run names what would go', () => {
    const root = make();
    const f = path.join(root.sitesDir, 'kim-ranupani', 'site.yaml');
    fs.appendFileSync(f, 'diarsipkan: true\n');
    const kept = buildPlan(root).units.find((u) => u.name === 'kim-lumajang.localhost')!;
    expect(kept.files.has('kim-ranupani/index.html')).toBe(true);
    expect(kept.files.get('index.html')!.content).not.toContain('/kim-ranupani/');
    const pruned = buildPlan(root, { prune: true }).units.find((u) => u.name === 'kim-lumajang.localhost')!;
    expect(pruned.files.has('kim-ranupani/index.html')).toBe(false);
    expect(pruned.pruned).toEqual(['kim-ranupani']);
    const res = runScript('deploy', ['--root', root.root, '--prune', '--dry-run']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Akan dihapus (--prune, kim-lumajang.localhost):\n  - https://kim-lumajang.localhost/kim-ranupani/');
  });
});

describe('changed-unit detection', () => {
  it('diffs file hashes against the last deploy', () => {
    expect(diffFiles({ a: '1' }, undefined).first).toBe(true);
    const c = diffFiles({ a: '1', b: '3', d: '4' }, { target: 'folder', at: '', files: { a: '1', b: '2', c: '9' } });
    expect(c).toEqual({ first: false, added: ['d'], changed: ['b'], removed: ['c'] });
  });

  it('a recorded deploy makes the unit unchanged until one of its files changes', () => {
    const root = make();
    const first = buildPlan(root);
    const state = {
      units: Object.fromEntries(
        first.units.map((u) => [u.name, { target: u.target, at: '', files: Object.fromEntries([...u.files].map(([p, f]) => [p, f.hash])) }]),
      ),
    };
    const again = buildPlan(root, { state });
    expect(again.units.map((u) => u.changes.first || u.changes.added.length + u.changes.changed.length + u.changes.removed.length)).toEqual([0, 0, 0, 0]);
    const file = path.join(root.distDir, 'kim-tablanusu', 'index.html');
    const html = fs.readFileSync(file, 'utf8');
    fs.rmSync(file); // a hard link to the shared demo dist: replace, never write through it
    fs.writeFileSync(file, `${html}<!-- x -->`);
    const changed = buildPlan(root, { state });
    expect(changed.units.find((u) => u.name === 'kim-tablanusu')!.changes.changed).toEqual(['index.html']);
    expect(changed.units.find((u) => u.name === 'kim-ngudi-rahayu')!.changes.changed).toEqual([]);
  });
});
