/**
 * A fixture district built for real: a portal, two forums (one derived from its kecamatan,
 * one with an explicit list) and four KIMs in two kecamatan, provisioned with site:new in a
 * git repository. Checks membership, the directory, the roll-up order and links, check's
 * warning, and that one KIM's edit rebuilds its forum and the portal but no other KIM.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/data-root.ts';

const ORIGIN = 'https://kim-uji.github.io/';
let root: string;

function site(slug: string, name: string, jenis: string, kecamatan: string, extra: string[] = []) {
  const desa = jenis === 'desa' ? ['--desa', name.replace(/^KIM /, '')] : [];
  const args = [
    '--root',
    root,
    '--slug',
    slug,
    '--nama',
    name,
    '--jenis',
    jenis,
    ...desa,
    '--kecamatan',
    kecamatan,
    '--kabupaten',
    'Kabupaten Uji',
    '--provinsi',
    'Jawa Timur',
    '--url',
    `${ORIGIN}${slug}/`,
    ...extra,
  ];
  const res = runScript('site-new', args);
  expect(res.code, res.stdout + res.stderr).toBe(0);
}

function berita(slug: string, name: string, title: string, date: string) {
  fs.writeFileSync(
    path.join(root, 'content', slug, 'berita', `${name}.md`),
    `---\njudul: ${title}\ntanggal: ${date}\nringkasan: Ringkasan ${title}.\nkategori: kegiatan-kim\npenulis: Pengurus\n---\nIsi ${title}.\n`,
  );
}

const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid', ...args], { cwd: root, stdio: 'pipe' });
const page = (slug: string, p = '') => fs.readFileSync(path.join(root, 'dist', slug, p, 'index.html'), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-portal-'));
  site('kim-a1', 'KIM Alpha Satu', 'desa', 'Alpha');
  site('kim-a2', 'KIM Alpha Dua', 'desa', 'Alpha');
  site('kim-b1', 'KIM Beta Satu', 'desa', 'Beta');
  site('kim-b2', 'KIM Beta Dua', 'desa', 'Beta');
  site('forum-alpha', 'Forum KIM Kecamatan Alpha', 'forum-kecamatan', 'Alpha');
  site('forum-beta', 'Forum KIM Kecamatan Beta', 'forum-kecamatan', 'Beta', ['--anggota', 'kim-b1']);
  site('portal-uji', 'Portal KIM Kabupaten Uji', 'portal-kabupaten', 'Alpha');
  berita('kim-a1', 'panen', 'Panen Raya Alpha', '2026-11-20');
  berita('kim-b2', 'posyandu', 'Posyandu Beta', '2026-11-25');
  berita('forum-beta', 'rapat', 'Rapat Forum Beta', '2026-11-10');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'awal');
  const build = runScript('build', ['--root', root]);
  expect(build.code, build.stdout + build.stderr).toBe(0);
}, 600_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('membership', () => {
  it('derives a forum’s members from its kecamatan, and keeps an explicit list as written', () => {
    const alpha = page('forum-alpha', 'anggota');
    expect(alpha).toContain(`${ORIGIN}kim-a1/`);
    expect(alpha).toContain(`${ORIGIN}kim-a2/`);
    expect(alpha).not.toContain(`${ORIGIN}kim-b1/`);
    const beta = page('forum-beta', 'anggota');
    expect(beta).toContain(`${ORIGIN}kim-b1/`);
    expect(beta).not.toContain(`${ORIGIN}kim-b2/`);
  });

  it('warns in check about a KIM its forum’s list leaves out', () => {
    const res = runScript('check', ['--root', root]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/⚠ sites\/kim-b2\/site\.yaml — wilayah: .*forum-beta/);
    expect(res.stdout).not.toMatch(/⚠ sites\/kim-a1/);
  });
});

describe('the portal', () => {
  it('lists every KIM and forum of its kabupaten, grouped by kecamatan with counts', () => {
    const html = page('portal-uji', 'anggota');
    expect(html).toContain('6 situs KIM di 2 kecamatan.');
    const groups = [...html.matchAll(/<details class="direktori" id="([^"]+)"[^>]*>([\s\S]*?)<\/details>/g)].map((m) => ({
      id: m[1],
      members: [...m[2]!.matchAll(/href="https:\/\/kim-uji\.github\.io\/([^/]+)\/"/g)].map((x) => x[1]),
      count: /\((\d+) KIM\)/.exec(m[2]!)?.[1],
    }));
    expect(groups).toEqual([
      { id: 'kecamatan-alpha', members: ['forum-alpha', 'kim-a2', 'kim-a1'], count: '3' },
      { id: 'kecamatan-beta', members: ['forum-beta', 'kim-b2', 'kim-b1'], count: '3' },
    ]);
    // No script to run: the only script elements are JSON-LD data.
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });

  it('rolls up its members’ berita newest first, each linking to a real page of the member’s site', () => {
    const html = page('portal-uji', 'kabar-anggota');
    const titles = [...html.matchAll(/<h2><a href="([^"]+)" rel="external">([^<]+)<\/a><\/h2>/g)].map((m) => ({ href: m[1]!, judul: m[2]! }));
    const mine = titles.filter((t) => ['Posyandu Beta', 'Panen Raya Alpha', 'Rapat Forum Beta'].includes(t.judul));
    expect(mine.map((t) => t.judul)).toEqual(['Posyandu Beta', 'Panen Raya Alpha', 'Rapat Forum Beta']);
    for (const { href } of titles) {
      expect(href.startsWith(ORIGIN), href).toBe(true);
      const rel = href.slice(ORIGIN.length);
      expect(fs.existsSync(path.join(root, 'dist', rel, 'index.html')), rel).toBe(true);
    }
    expect(hrefs(page('portal-uji'))).toContain('/portal-uji/kabar-anggota/');
  });

  it('shows every member’s activity from git history', () => {
    const html = page('portal-uji', 'keaktifan');
    expect(html).toContain('Keadaan per');
    for (const slug of ['kim-a1', 'kim-a2', 'kim-b1', 'kim-b2', 'forum-alpha', 'forum-beta']) expect(html).toContain(`${ORIGIN}${slug}/`);
    expect(html).toMatch(/class="status status-(aktif|baru)"/);
  });
});

describe('rebuilds', () => {
  it('rebuilds an edited KIM with its forum and the portal, and no other KIM', () => {
    berita('kim-a2', 'lomba', 'Lomba Perahu Alpha', '2026-11-28');
    git('add', '-A');
    git('commit', '-q', '-m', 'berita baru');
    const stats = path.join(root, 'stats.json');
    const res = runScript('build', ['--root', root, '--site', 'kim-a2', '--stats', stats]);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    const outcomes = (JSON.parse(fs.readFileSync(stats, 'utf8')) as { outcomes: { slug: string; status: string }[] }).outcomes;
    const built = outcomes
      .filter((o) => o.status === 'dibangun')
      .map((o) => o.slug)
      .sort();
    expect(built).toEqual(['forum-alpha', 'kim-a2', 'portal-uji']);
    expect(page('portal-uji', 'kabar-anggota')).toContain('Lomba Perahu Alpha');
    expect(page('forum-alpha')).toContain('Lomba Perahu Alpha');
  });

  it('names a member left out of the portal for its errors, instead of dropping it silently', () => {
    fs.writeFileSync(path.join(root, 'content', 'kim-b2', 'berita', 'rusak.md'), '---\njudul: Tanpa tanggal\n---\nIsi.\n');
    try {
      const res = runScript('build', ['--root', root, '--site', 'kim-b2']);
      expect(res.code).not.toBe(0);
      expect(res.stdout).toMatch(/⚠ portal-uji: 1 anggota dilewati .*: kim-b2\n/);
    } finally {
      fs.rmSync(path.join(root, 'content', 'kim-b2', 'berita', 'rusak.md'));
    }
  });
});
