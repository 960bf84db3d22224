/**
 * `npm run dev -- --site <slug>` — serves one KIM site with live reload. Pages are at
 * `http://127.0.0.1:<port>/<slug>/`, and saving a file in `content/<slug>/` reloads them.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { readCommandLine, ROOT_OPTION, type CommandSpec } from './lib/args.ts';
import { membersOf } from '../src/lib/membership.ts';
import { discoverFleet } from './lib/fleet.ts';
import { dataRoot, projectRoot } from './lib/paths.ts';
import { formatIssue, validateSite } from './lib/validate.ts';

const spec: CommandSpec = {
  command: 'npm run dev --',
  options: [
    { name: 'site', value: '<slug>', description: 'Situs yang dijalankan (wajib)' },
    ROOT_OPTION,
    { name: 'port', value: '<port>', description: 'Port server', default: '4321' },
  ],
};

const args = readCommandLine(spec);
if (args) {
  const root = dataRoot(args.values.root);
  const fleet = discoverFleet(root);
  const slug = args.values.site ?? '';
  const site = fleet.find((s) => s.slug === slug);
  if (!site) {
    console.error(`Pilih satu situs dengan --site. Situs yang ada: ${fleet.map((s) => s.slug).join(', ') || '(belum ada)'}`);
    process.exit(2);
  }
  const report = validateSite(root, slug, { fleet });
  if (report.issues.length > 0) {
    console.log(`Peringatan: ${report.issues.length} kesalahan isi di ${slug}; halaman yang terkena bisa gagal tampil:`);
    for (const i of report.issues) console.log(`  ${formatIssue(i)}`);
  }
  const port = args.values.port!;
  console.log(`Menjalankan ${slug} di http://127.0.0.1:${port}/${slug}/ (Ctrl+C untuk berhenti)`);
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', port], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      SIMPUL_ROOT: root.root,
      SIMPUL_SITES: slug,
      SIMPUL_LOAD: [
        slug,
        ...membersOf(
          site,
          fleet.filter((s) => !s.archived),
        ),
      ].join(','),
      SIMPUL_DEV: '1',
      SIMPUL_CACHE: path.join(root.workDir, 'astro-dev-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
