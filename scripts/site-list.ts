/**
 * `npm run site:list` — every KIM in the data root, with how much content it has and when
 * that content last changed in git, so quiet sites stand out. `--json` for scripts.
 */
import path from 'node:path';
import { cac } from 'cac';
import { bacaArgumen, bantuanIndonesia, GalatPakai, type Argumen } from './lib/provision/cli.ts';
import { daftarSitus } from './lib/provision/list.ts';
import { tabel } from './lib/provision/table.ts';

const cli = cac('npm run site:list --');
cli
  .usage('[pilihan]\n\n  Menampilkan semua situs KIM: slug, jenis, kecamatan, alamat, jumlah isi dan tanggal perubahan isi terakhir (dari riwayat git).')
  .option('--json', 'Keluaran dalam JSON')
  .option('--root <folder>', 'Folder data yang berisi sites/ dan content/ (bawaan: folder saat ini)')
  .example('npm run site:list')
  .example('npm run site:list -- --json');
bantuanIndonesia(cli);

let arg: Argumen;
try {
  arg = bacaArgumen(process.argv.slice(2), { nilai: ['root'], saklar: ['json'] });
} catch (e) {
  if (!(e instanceof GalatPakai)) throw e;
  console.error(`Galat: ${e.message}`);
  process.exit(2);
}
if (arg.bantuan) {
  cli.outputHelp();
  process.exit(0);
}

const root = path.resolve(arg.nilai.root || process.cwd());
const daftar = await daftarSitus(root);

if (arg.saklar.json) {
  console.log(JSON.stringify(daftar, null, 2));
} else if (daftar.length === 0) {
  console.log(`Belum ada situs KIM di ${path.join(root, 'sites')}. Buat dengan: npm run site:new`);
} else {
  console.log(
    tabel(
      ['Slug', 'Jenis', 'Kecamatan', 'URL', 'Entri', 'Perubahan terakhir', 'Status'],
      daftar.map((d) => [
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
  const arsip = daftar.filter((d) => d.diarsipkan).length;
  console.log(
    `\n${daftar.length} situs${arsip ? `, ${arsip} diarsipkan` : ''}. "-" pada perubahan terakhir: belum ada perubahan isi yang tercatat di git.`,
  );
}
