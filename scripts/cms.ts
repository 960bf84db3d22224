/**
 * `npm run cms -- --site <slug>` — edit one KIM's site on this computer, without internet:
 * for Bimtek workshops and offline work. Starts decap-server, the /admin/ page and the
 * site's dev server, all on 127.0.0.1, and prints where to open them.
 */
import { cac } from 'cac';
import { startLocalCms } from './lib/cms/local.ts';
import { dataRoot } from './lib/paths.ts';

const cli = cac('npm run cms --');
cli
  .option('--site <slug>', 'KIM yang akan diedit (wajib)')
  .option('--root <dir>', 'Folder data yang berisi sites/ dan content/ (bawaan: folder proyek)')
  .option('--port <port>', 'Port halaman kelola (admin)', { default: 8080 })
  .option('--api-port <port>', 'Port decap-server', { default: 8081 })
  .option('--dev-port <port>', 'Port pratinjau situs', { default: 4321 })
  .option('--no-dev', 'Jangan jalankan pratinjau situs (hanya halaman kelola)')
  .help()
  .example('npm run cms -- --site kim-ngudi-rahayu');

async function main(): Promise<void> {
  const { options } = cli.parse();
  if (options.help) return;
  if (typeof options.site !== 'string' || !options.site) {
    console.error('Pilih KIM dengan --site, contoh: npm run cms -- --site kim-ngudi-rahayu');
    process.exit(2);
  }
  const root = dataRoot(options.root);
  const cms = await startLocalCms({
    root: root.root,
    slug: options.site,
    adminPort: Number(options.port),
    apiPort: Number(options.apiPort),
    devPort: options.dev === false ? false : Number(options.devPort),
  });
  console.log('');
  console.log(`Halaman kelola ${cms.site.nama} siap.`);
  console.log(`  Buka di peramban: ${cms.adminUrl}`);
  console.log('  Tekan tombol "Masuk", lalu tulis atau ubah isi situs.');
  if (cms.siteUrl) console.log(`  Lihat situs: ${cms.siteUrl} (muat ulang halaman setelah menyimpan)`);
  console.log(`  Perubahan tersimpan di content/${options.site}/. Foto besar otomatis diperkecil.`);
  console.log('  Tekan Ctrl+C untuk berhenti.');
  console.log('');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nMenghentikan...');
    await cms.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(`Gagal: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
