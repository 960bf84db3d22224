/**
 * `npm run deploy` — publishes the built sites (`dist/`), grouped into deployment units:
 * one shared origin (many KIMs under `https://host/<slug>/`) or one KIM on its own domain.
 * The units come from each `sites/<slug>/site.yaml` (`url`, `deploy.target`).
 *
 * CLI contract (the shipped CI workflows call exactly this):
 *
 *   npm run deploy -- --target github-pages --out _site
 *       Writes the complete artifact of the one github-pages origin to `_site/` (every site's
 *       dist/<slug>/ at its path, the shared Decap bundle, root index.html, robots.txt,
 *       sitemap-index.xml, 404.html). The workflow then uploads `_site/` with
 *       actions/upload-pages-artifact. With more than one github-pages origin, `--out` is a
 *       parent folder: each origin goes to `<out>/<unit>/` (pick one with --site).
 *   npm run deploy -- --target gitlab-pages --out public
 *       The same for GitLab Pages (the `pages` job publishes `public/`).
 *   npm run deploy -- --target cloudflare-pages
 *       `wrangler pages deploy <dir> --project-name <proyek> --branch main` per changed KIM;
 *       needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID in the environment.
 *   npm run deploy -- --target folder --out /srv/simpul [--listen 80]
 *       Each unit to `<out>/<unit>/releases/…` switched in atomically through the
 *       `<out>/<unit>/current` symlink, plus `<out>/nginx/simpul.conf`.
 *
 * Other options: --site a,b (units holding these sites), --dry-run (the plan only),
 * --prune (remove archived KIMs' live files), --rollback <unit> (folder target),
 * --root, --dist, --gitlab-max-mb, --repo-host github|gitlab and --repo-max-mb (the repository-size
 * warning, docs/penyimpanan.md). Default --out for github/gitlab pages:
 * `<root>/.simpul/deploy/<unit>/`. Exit code: 0 all units done, 1 a unit failed or was
 * refused, 2 bad usage.
 */
import path from 'node:path';
import { ROOT_OPTION, readCommandLine, type CommandSpec } from './lib/args.ts';
import { dataRoot } from './lib/paths.ts';
import { REPO_HOSTS, type RepoHost } from './lib/deploy/repo-size.ts';
import { runDeploy } from './lib/deploy/run.ts';
import type { Target } from './lib/deploy/units.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run deploy --',
  description: 'Memasang situs KIM yang sudah dibangun (dist/) ke hosting, per unit: satu origin bersama atau satu situs berdomain sendiri.',
  options: [
    { name: 'site', value: '<slug,…>', description: 'Hanya unit yang memuat situs-situs ini' },
    { name: 'target', value: '<nama>', description: 'Hanya satu jenis hosting: github-pages, gitlab-pages, cloudflare-pages, folder' },
    { name: 'dry-run', description: 'Tampilkan rencana saja; tidak ada yang diubah' },
    { name: 'prune', description: 'Hapus berkas live KIM yang diarsipkan' },
    { name: 'rollback', value: '<unit>', description: 'Target folder: kembalikan versi sebelumnya dari unit ini' },
    { name: 'out', value: '<folder>', description: 'Folder hasil (artefak Pages) atau folder live (target folder)' },
    { name: 'listen', value: '<alamat>', description: 'Target folder: nilai listen nginx', default: '80' },
    { name: 'gitlab-max-mb', value: '<MB>', description: 'Batas ukuran artefak GitLab Pages instance Anda (bawaan: 1024)' },
    { name: 'repo-host', value: '<github|gitlab>', description: 'Tempat repositori ini, untuk peringatan ukuran repositori (bawaan: ditebak dari target)' },
    {
      name: 'repo-max-mb',
      value: '<MB>',
      description: 'Batas ukuran repositori yang dipakai peringatan (bawaan: GitHub 1.000 anjuran / 5.000 maks, GitLab.com 10.240)',
    },
    ROOT_OPTION,
    { name: 'dist', value: '<folder>', description: 'Folder hasil build (bawaan: <root>/dist)' },
  ],
  examples: ['npm run deploy -- --dry-run', 'npm run deploy -- --target github-pages --out _site', 'npm run deploy -- --target folder --out /srv/simpul'],
};

runCli(async () => {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const v = args.values;
  const mb = v['gitlab-max-mb'] ? Number(v['gitlab-max-mb']) : undefined;
  if (mb !== undefined && !(mb > 0)) {
    console.error('Galat: --gitlab-max-mb harus angka MB lebih dari 0, contoh: --gitlab-max-mb 100');
    return 2;
  }
  const repoMb = v['repo-max-mb'] ? Number(v['repo-max-mb']) : undefined;
  if (repoMb !== undefined && !(repoMb > 0)) {
    console.error('Galat: --repo-max-mb harus angka MB lebih dari 0, contoh: --repo-max-mb 1000');
    return 2;
  }
  const repoHost = v['repo-host'];
  if (repoHost !== undefined && !(REPO_HOSTS as readonly string[]).includes(repoHost)) {
    console.error(`Galat: --repo-host harus salah satu dari ${REPO_HOSTS.join(', ')} (diberikan: ${repoHost}).`);
    return 2;
  }
  return runDeploy({
    root: dataRoot(v.root || undefined, v.dist),
    sites: v.site
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    target: v.target as Target | undefined,
    dryRun: args.flags['dry-run'] === true,
    prune: args.flags.prune === true,
    rollback: v.rollback,
    out: v.out ? path.resolve(v.out) : undefined,
    listen: v.listen ?? '80',
    gitlabMaxBytes: mb ? mb * 1024 * 1024 : undefined,
    repoHost: repoHost as RepoHost | undefined,
    repoMaxBytes: repoMb ? repoMb * 1_000_000 : undefined,
  });
});
