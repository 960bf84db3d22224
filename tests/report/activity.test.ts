/**
 * The activity report against a real temporary git repository whose commits carry set dates,
 * so last-change dates and statuses are known exactly.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataRoot } from '../../scripts/lib/paths.ts';
import { activityReport, classify, DEFAULT_THRESHOLDS } from '../../scripts/lib/report/activity.ts';
import { neutralizeFormula, reportCsv } from '../../scripts/lib/report/csv.ts';
import { runScript } from '../helpers/data-root.ts';

const NOW = new Date('2026-12-31T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

let repo: string;
let copy: string;

function git(args: string[], date?: Date) {
  const env = date ? { GIT_AUTHOR_DATE: date.toISOString(), GIT_COMMITTER_DATE: date.toISOString() } : {};
  execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid', ...args], {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
}

function write(rel: string, text: string) {
  const abs = path.join(repo, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

function commit(message: string, date: Date) {
  git(['add', '-A']);
  git(['commit', '-q', '-m', message], date);
}

const siteYaml = (slug: string, name: string, kecamatan: string, extra = '') =>
  `slug: ${slug}\nnama: ${JSON.stringify(name)}\njenis: desa\nwilayah:\n  kecamatan: ${kecamatan}\n  kabupaten: Kabupaten Uji\n  provinsi: Jawa Timur\nurl: https://kim.example/${slug}/\n${extra}`;
const berita = (date: string) => `---\njudul: Kabar\ntanggal: ${date}\nringkasan: Ringkas.\n---\nIsi.\n`;

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-report-'));
  git(['init', '-q', '-b', 'main']);
  // Four KIMs appear long ago; one more only ten days ago.
  for (const [slug, kec] of [
    ['kim-aktif', 'Alpha'],
    ['kim-kurang', 'Alpha'],
    ['kim-tidur', 'Beta'],
    ['kim-rumus', 'Beta'],
  ] as const) {
    write(`sites/${slug}/site.yaml`, siteYaml(slug, slug === 'kim-rumus' ? '=HYPERLINK("http://x.invalid","klik")' : slug, kec));
  }
  commit('situs awal', daysAgo(400));
  write('content/kim-tidur/berita/lama.md', berita('2026-06-01'));
  commit('berita lama', daysAgo(200));
  write('content/kim-kurang/berita/a.md', berita('2026-11-01'));
  commit('berita kurang', daysAgo(60));
  write('content/kim-aktif/berita/b.md', berita('2026-12-20'));
  write('content/kim-aktif/berita/c.md', berita('2026-08-01'));
  write('content/kim-aktif/potensi/p.md', '---\nnama: Kopi\n---\n');
  commit('berita aktif', daysAgo(5));
  write('sites/kim-baru/site.yaml', siteYaml('kim-baru', 'KIM Baru', 'Alpha'));
  commit('situs baru', daysAgo(10));
  // A later commit that touches only sites/ is not content activity.
  write('sites/kim-tidur/site.yaml', siteYaml('kim-tidur', 'kim-tidur', 'Beta', 'zona_waktu: Asia/Jakarta\n'));
  commit('ubah konfigurasi', daysAgo(1));

  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-report-nogit-'));
  fs.cpSync(repo, copy, { recursive: true, filter: (src) => !src.endsWith(`${path.sep}.git`) });
});

afterAll(() => {
  for (const d of [repo, copy]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

describe('classify', () => {
  const t = DEFAULT_THRESHOLDS;
  const at = (lastDays: number | null, createdDays = 1000) =>
    classify({ lastChange: lastDays === null ? null : daysAgo(lastDays), created: daysAgo(createdDays) }, NOW, t);

  it('is aktif up to and including the active threshold, kurang aktif just past it', () => {
    expect(at(t.aktifHari)).toBe('aktif');
    expect(at(t.aktifHari + 1 / 86_400)).toBe('kurang aktif');
  });

  it('is kurang aktif up to the inactive threshold, tidak aktif just past it', () => {
    expect(at(t.tidakAktifHari)).toBe('kurang aktif');
    expect(at(t.tidakAktifHari + 1 / 86_400)).toBe('tidak aktif');
    expect(at(null)).toBe('tidak aktif');
  });

  it('calls a KIM younger than the inactive threshold baru, not tidak aktif', () => {
    expect(at(null, t.tidakAktifHari - 1)).toBe('baru');
    expect(at(null, t.tidakAktifHari)).toBe('tidak aktif');
    expect(classify(undefined, NOW, t)).toBe('tidak aktif');
  });
});

describe('activityReport', () => {
  it('reads every KIM last content change from git history, and its status', async () => {
    const report = await activityReport(dataRoot(repo), { now: NOW });
    expect(report.historyKnown).toBe(true);
    const bySlug = Object.fromEntries(report.rows.map((r) => [r.slug, r]));
    expect(Object.keys(bySlug).sort()).toEqual(['kim-aktif', 'kim-baru', 'kim-kurang', 'kim-rumus', 'kim-tidur']);
    expect(bySlug['kim-aktif']).toMatchObject({ lastChange: daysAgo(5).toISOString().slice(0, 10), status: 'aktif', beritaRecent: 1 });
    expect(bySlug['kim-aktif']!.counts).toMatchObject({ berita: 2, potensi: 1, produk: 0 });
    expect(bySlug['kim-kurang']).toMatchObject({ status: 'kurang aktif', beritaRecent: 1 });
    // The commit a day ago touched only site.yaml: the content last changed 200 days ago.
    expect(bySlug['kim-tidur']).toMatchObject({ lastChange: daysAgo(200).toISOString().slice(0, 10), status: 'tidak aktif', beritaRecent: 0 });
    expect(bySlug['kim-rumus']).toMatchObject({ lastChange: null, status: 'tidak aktif' });
    expect(bySlug['kim-baru']).toMatchObject({ lastChange: null, status: 'baru' });
  });

  it('uses the thresholds of the portal of the KIM kabupaten', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-report-portal-'));
    try {
      fs.cpSync(repo, root, { recursive: true });
      fs.mkdirSync(path.join(root, 'sites/portal-uji'));
      fs.writeFileSync(
        path.join(root, 'sites/portal-uji/site.yaml'),
        `${siteYaml('portal-uji', 'Portal', 'Alpha').replace('jenis: desa', 'jenis: portal-kabupaten')}aktivitas:\n  aktif_hari: 3\n  tidak_aktif_hari: 300\n`,
      );
      const report = await activityReport(dataRoot(root), { now: NOW });
      const bySlug = Object.fromEntries(report.rows.map((r) => [r.slug, r]));
      expect(bySlug['kim-aktif']!.status).toBe('kurang aktif');
      expect(bySlug['kim-tidur']!.status).toBe('kurang aktif');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('filters by kecamatan and kabupaten, ignoring case', async () => {
    const alpha = await activityReport(dataRoot(repo), { now: NOW, kecamatan: 'alpha' });
    expect(alpha.rows.map((r) => r.slug)).toEqual(['kim-aktif', 'kim-baru', 'kim-kurang']);
    const none = await activityReport(dataRoot(repo), { now: NOW, kabupaten: 'Kabupaten Lain' });
    expect(none.rows).toEqual([]);
  });

  it('says dates are unknown outside a git checkout instead of guessing from file times', async () => {
    const report = await activityReport(dataRoot(copy), { now: NOW });
    expect(report.historyKnown).toBe(false);
    expect(report.rows.every((r) => r.lastChange === null && r.status === null)).toBe(true);
    const res = runScript('report', ['--root', copy]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('TIDAK DIKETAHUI');
    expect(res.stdout).not.toMatch(/\baktif\s*$/m);
  });
});

describe('CSV', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(bad)).toBe(`'${bad}`);
    expect(neutralizeFormula('KIM Mekar Sari')).toBe('KIM Mekar Sari');
  });

  it('writes the report with a member-controlled name that starts with =', async () => {
    const out = path.join(copy, 'laporan.csv');
    const res = runScript('report', ['--root', repo, '--tanggal', '2026-12-31', '--csv', out]);
    expect(res.code, res.stderr).toBe(0);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('perubahan_terakhir');
    expect(csv).toContain(`"'=HYPERLINK(""http://x.invalid"",""klik"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    // The same module feeds the CSV and the JSON.
    const report = await activityReport(dataRoot(repo), { now: NOW });
    expect(reportCsv(report).split('\r\n').length).toBe(report.rows.length + 2);
  });

  it('refuses to overwrite an existing file unless told to', () => {
    const out = path.join(copy, 'ada.csv');
    fs.writeFileSync(out, 'data operator');
    const res = runScript('report', ['--root', repo, '--csv', out]);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('sudah ada');
    expect(fs.readFileSync(out, 'utf8')).toBe('data operator');
    expect(runScript('report', ['--root', repo, '--csv', out, '--timpa']).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('kim-aktif');
  });
});
