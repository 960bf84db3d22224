/**
 * `npm run check` — validates every KIM site without building: site.yaml, pengaturan.yaml,
 * every entry and every referenced picture or file. Exits 1 when anything is wrong.
 */
import { cac } from 'cac';
import { discoverFleet, selectSites } from './lib/fleet.ts';
import { formatTable } from './lib/format.ts';
import { dataRoot } from './lib/paths.ts';
import { formatIssue, validateSite } from './lib/validate.ts';
import { runCli } from './lib/run-cli.ts';

const cli = cac('npm run check --');
cli
  .option('--site <slugs>', 'Periksa situs tertentu saja, dipisah koma')
  .option('--root <dir>', 'Folder data yang berisi sites/ dan content/ (bawaan: folder proyek)')
  .help();

function main(): number {
  const { options } = cli.parse();
  if (options.help) return 0;
  const root = dataRoot(options.root);
  const fleet = discoverFleet(root);
  const sites = typeof options.site === 'string' ? options.site.split(',').map((s: string) => s.trim()).filter(Boolean) : undefined;
  const { selected } = selectSites(fleet, { sites });
  if (selected.length === 0) {
    console.log('Tidak ada situs untuk diperiksa di sites/.');
    return 0;
  }
  const rows: string[][] = [];
  let errors = 0;
  for (const s of selected) {
    const report = validateSite(root, s.slug, { fleet });
    errors += report.issues.length;
    rows.push([s.slug, String(report.entries), report.issues.length === 0 ? 'baik' : `${report.issues.length} kesalahan`]);
    for (const issue of report.issues) console.log(`✗ ${formatIssue(issue)}`);
    for (const warning of report.warnings) console.log(`⚠ ${formatIssue(warning)}`);
  }
  console.log('');
  console.log(formatTable(['Situs', 'Entri', 'Hasil'], rows));
  console.log('');
  if (errors > 0) {
    console.log(`Ditemukan ${errors} kesalahan. Perbaiki berkas di atas, lalu jalankan npm run check lagi.`);
    return 1;
  }
  console.log(`Semua ${selected.length} situs valid.`);
  return 0;
}

runCli(main);
