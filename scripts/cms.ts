/**
 * `npm run cms -- --site <slug>` — edit one KIM's site on this computer, without internet:
 * for Bimtek workshops and offline work. Starts decap-server, the /admin/ page and the
 * site's dev server, all on 127.0.0.1, and prints where to open them.
 */
import { readCommandLine, ROOT_OPTION, type CommandSpec } from './lib/args.ts';
import { startLocalCms } from './lib/cms/local.ts';
import { dataRoot } from './lib/paths.ts';

const spec: CommandSpec = {
  command: 'npm run cms --',
  options: [
    { name: 'site', value: '<slug>', description: 'KIM yang akan diedit (wajib)' },
    ROOT_OPTION,
    { name: 'port', value: '<port>', description: 'Port halaman kelola (admin)', default: '8080' },
    { name: 'api-port', value: '<port>', description: 'Port decap-server', default: '8081' },
    { name: 'dev-port', value: '<port>', description: 'Port pratinjau situs', default: '4321' },
    { name: 'no-dev', description: 'Jangan jalankan pratinjau situs (hanya halaman kelola)' },
  ],
  examples: ['npm run cms -- --site kim-ngudi-rahayu'],
};

async function main(): Promise<void> {
  const args = readCommandLine(spec);
  if (!args) return;
  const site = args.values.site;
  if (!site) {
    console.error('Pilih KIM dengan --site, contoh: npm run cms -- --site kim-ngudi-rahayu');
    process.exit(2);
  }
  const root = dataRoot(args.values.root);
  const cms = await startLocalCms({
    root: root.root,
    slug: site,
    adminPort: port(args.values.port!, 'port'),
    apiPort: port(args.values['api-port']!, 'api-port'),
    devPort: args.flags['no-dev'] ? false : port(args.values['dev-port']!, 'dev-port'),
  });
  console.log('');
  console.log(`Halaman kelola ${cms.site.nama} siap.`);
  console.log(`  Buka di peramban: ${cms.adminUrl}`);
  console.log('  Tekan tombol "Masuk", lalu tulis atau ubah isi situs.');
  if (cms.siteUrl) console.log(`  Lihat situs: ${cms.siteUrl} (muat ulang halaman setelah menyimpan)`);
  console.log(`  Perubahan tersimpan di content/${site}/. Foto besar otomatis diperkecil.`);
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

function port(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    console.error(`Galat: --${name} harus nomor port 1–65535, bukan "${value}"`);
    process.exit(2);
  }
  return n;
}

main().catch((err: unknown) => {
  console.error(`Gagal: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
