/**
 * `npm run site:list` — every KIM in the data root, with how much content it has and when
 * that content last changed in git, so quiet sites stand out. `--json` for scripts.
 */
import path from 'node:path';
import { readCommandLine, ROOT_OPTION } from './lib/args.ts';
import { dataRoot } from './lib/paths.ts';
import { listSites } from './lib/provision/list.ts';
import { formatTable } from './lib/format.ts';

const arg = readCommandLine({
  command: 'npm run site:list --',
  description: 'Menampilkan semua situs KIM: slug, jenis, kecamatan, alamat, jumlah isi dan tanggal perubahan isi terakhir (dari riwayat git).',
  options: [{ name: 'json', description: 'Keluaran dalam JSON' }, ROOT_OPTION],
  examples: ['npm run site:list', 'npm run site:list -- --json'],
});
if (!arg) process.exit(0);

const root = dataRoot(arg.values.root).root;
const rows = await listSites(root);

if (arg.flags.json) {
  console.log(JSON.stringify(rows, null, 2));
} else if (rows.length === 0) {
  console.log(`Belum ada situs KIM di ${path.join(root, 'sites')}. Buat dengan: npm run site:new`);
} else {
  console.log(
    formatTable(
      ['Slug', 'Jenis', 'Kecamatan', 'URL', 'Entri', 'Perubahan terakhir', 'Status'],
      rows.map((d) => [
        d.slug,
        d.jenis ?? '-',
        d.kecamatan ?? '-',
        d.url ?? '-',
        String(d.jumlah_entri),
        d.perubahan_terakhir?.slice(0, 10) ?? '-',
        [d.diarsipkan ? 'diarsipkan' : 'aktif', d.masalah].filter(Boolean).join('; '),
      ]),
    ),
  );
  const archived = rows.filter((d) => d.diarsipkan).length;
  console.log(
    `\n${rows.length} situs${archived ? `, ${archived} diarsipkan` : ''}. "-" pada perubahan terakhir: belum ada perubahan isi yang tercatat di git.`,
  );
}
