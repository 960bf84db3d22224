/**
 * `npm run oauth:config` — writes oauth/<worker>/wrangler.jsonc for each GitHub login proxy
 * named in sites/*\/site.yaml (`cms.base_url`), and prints the wrangler commands that
 * deploy it. Deploys nothing itself and needs no network.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_OPTION, readCommandLine, type CommandSpec } from './lib/args.ts';
import { planOauth, wranglerCommands, wranglerConfig } from './lib/oauth/config.ts';
import { dataRoot, projectRoot } from './lib/paths.ts';

const spec: CommandSpec = {
  command: 'npm run oauth:config --',
  description: 'Menulis konfigurasi wrangler untuk proxy login GitHub (Cloudflare Worker) dari sites/*/site.yaml, lalu menampilkan perintah untuk memasangnya.',
  options: [ROOT_OPTION, { name: 'out', value: '<folder>', description: 'Folder tujuan konfigurasi (bawaan: oauth/ di folder proyek)' }],
  examples: ['npm run oauth:config'],
};

const arg = readCommandLine(spec);
if (!arg) process.exit(0);

const root = dataRoot(arg.values.root);
const out = path.resolve(arg.values.out ?? path.join(projectRoot, 'oauth'));
const plan = planOauth(root);
for (const s of plan.skipped) console.warn(`Dilewati: ${s.slug}: ${s.reason}`);
if (plan.workers.length === 0) {
  console.log('Tidak ada situs KIM dengan backend github dan base_url. Proxy login GitHub tidak diperlukan.');
  process.exit(0);
}
for (const w of plan.workers) {
  const dir = path.join(out, w.name);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'wrangler.jsonc');
  fs.writeFileSync(file, wranglerConfig(w, dir));
  const shown = path.relative(process.cwd(), file) || file;
  console.log(`\nProxy login ${w.baseUrl} (Worker "${w.name}")`);
  console.log(`  Situs yang boleh menerima token: ${w.origins.join(', ')}`);
  console.log(`  Konfigurasi: ${shown}`);
  console.log(`  Callback URL aplikasi OAuth di GitHub: ${w.baseUrl}/callback`);
  console.log('  Perintah pemasangan (jalankan dari folder proyek, sekali `npx wrangler login` dulu):');
  for (const c of wranglerCommands(shown)) console.log(`    ${c}`);
}
