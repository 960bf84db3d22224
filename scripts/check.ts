/**
 * `npm run check` — validates every KIM site without building: site.yaml, pengaturan.yaml,
 * every entry and every referenced picture or file. Exits 1 when anything is wrong.
 */
import { listValue, readCommandLine, ROOT_OPTION, type CommandSpec } from './lib/args.ts';
import { discoverFleet, selectSites } from './lib/fleet.ts';
import { formatTable, terminalSafe } from './lib/format.ts';
import { dataRoot } from './lib/paths.ts';
import { formatIssue, validateSite } from './lib/validate.ts';
import { runCli } from './lib/run-cli.ts';

const spec: CommandSpec = {
  command: 'npm run check --',
  options: [{ name: 'site', value: '<slugs>', description: 'Periksa situs tertentu saja, dipisah koma' }, ROOT_OPTION],
};

function main(): number {
  const args = readCommandLine(spec);
  if (!args) return 0;
  const root = dataRoot(args.values.root);
  const fleet = discoverFleet(root);
  const sites = listValue(args.values.site, 'site');
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
    for (const issue of report.issues) console.log(`✗ ${terminalSafe(formatIssue(issue))}`);
    for (const warning of report.warnings) console.log(`⚠ ${terminalSafe(formatIssue(warning))}`);
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
