/**
 * `npm run site:new` — creates one KIM site, or a whole district from a CSV.
 *
 *   npm run site:new                                  # asks, in Indonesian
 *   npm run site:new -- --nama "KIM Ngudi Rahayu" --jenis desa --desa … --url …
 *   npm run site:new -- --csv kim-bogor.csv [--kabupaten "Kabupaten Bogor" …]
 *
 * Nothing is ever overwritten, and a failed site leaves nothing behind.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandLine, helpText, ROOT_OPTION, UsageError, type CommandSpec, type ParsedArgs } from './lib/args.ts';
import { cancelAllSync } from './lib/provision/atomic.ts';
import { createFromCsv, type RowResult } from './lib/provision/batch.ts';
import { CsvError } from './lib/provision/csv.ts';
import { FIELDS } from './lib/provision/fields.ts';
import type { ValidationIssue } from './lib/issues.ts';
import type { RawInput } from './lib/provision/inputs.ts';
import { clackAsker, interview } from './lib/provision/prompts.ts';
import { createSite, type NewSite } from './lib/provision/provision.ts';
import { dataRoot } from './lib/paths.ts';
import { formatTable, terminalSafe } from './lib/format.ts';

const spec: CommandSpec = {
  command: 'npm run site:new --',
  description:
    'Membuat situs KIM baru: sites/<slug>/site.yaml dan content/<slug>/ dari templates/<jenis>/.\n' +
    'Tanpa pilihan apa pun, perintah ini bertanya satu per satu.',
  options: [
    ...FIELDS.map((f) => ({ name: f.name, value: '<nilai>', description: `${f.label}. ${f.hint}${f.example ? ` Contoh: ${f.example}` : ''}` })),
    {
      name: 'csv',
      value: '<berkas>',
      description: 'Buat banyak KIM dari berkas CSV (satu baris satu KIM). Pilihan lain menjadi nilai bawaan untuk sel kosong.',
    },
    ROOT_OPTION,
    { name: 'dry-run', description: 'Uji coba: tampilkan yang akan dibuat, tanpa membuat apa pun' },
  ],
  examples: [
    'npm run site:new',
    'npm run site:new -- --nama "KIM Ngudi Rahayu" --jenis desa --desa Sukamaju --kecamatan Cibungbulang --kabupaten "Kabupaten Bogor" --provinsi "Jawa Barat" --url https://kim-ngudi-rahayu.desa.id/ --whatsapp 081234567890',
    'npm run site:new -- --csv templates/kim-contoh.csv --dry-run',
  ],
};

let arg: ParsedArgs;
try {
  arg = parseCommandLine(spec, process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) usageError(e.message);
  throw e;
}
if (arg.help) {
  console.log(helpText(spec));
  process.exit(0);
}

const root = dataRoot(arg.values.root).root;
const dryRun = arg.flags['dry-run']!;
const csv = arg.values.csv;
const raw: Record<string, string | undefined> = {};
for (const f of FIELDS) if (arg.values[f.name] !== undefined) raw[f.name] = arg.values[f.name];

// Ctrl+C in the middle of writing: put everything back before leaving.
process.on('SIGINT', () => {
  cancelAllSync();
  console.error('\nDihentikan. Situs yang sedang ditulis dibatalkan; yang sudah selesai tetap ada.');
  process.exit(130);
});

if (csv !== undefined) process.exitCode = await fromCsv(csv, raw);
else if (Object.keys(raw).length > 0) process.exitCode = await oneSite(raw);
else if (process.stdin.isTTY && process.stdout.isTTY) {
  const result = await interview(clackAsker(), { root, dryRun });
  process.exitCode = result === null ? 130 : result.ok ? 0 : 1;
} else {
  usageError('tidak ada data KIM. Jalankan di terminal untuk tanya-jawab, atau beri data lewat pilihan (--nama, --jenis, …) atau --csv. Lihat --help.');
}

function usageError(message: string): never {
  console.error(`Galat: ${message}`);
  process.exit(2);
}

function issueMessage(g: ValidationIssue, prefix: (field: string) => string, values: RawInput): string {
  if (!g.field) return terminalSafe(g.message);
  const v = values[g.field];
  return terminalSafe(`${prefix(g.field)}${v ? ` "${v}"` : ''}: ${g.message}`);
}

function printPlan(s: NewSite): void {
  console.log(`\nsites/${s.plan.slug}/site.yaml:\n`);
  console.log(`${s.siteYaml.trimEnd().replace(/^/gm, '  ')}\n`);
  console.log('Berkas:');
  for (const b of s.files) console.log(`  ${b}`);
}

async function oneSite(m: RawInput): Promise<number> {
  const r = await createSite(m, { root, dryRun });
  if (!r.ok) {
    console.error(`✗ Situs${r.slug ? ` ${r.slug}` : ''} belum dibuat. Perbaiki:`);
    for (const g of r.issues) console.error(`  ${issueMessage(g, (i) => `--${i}`, m)}`);
    return 1;
  }
  if (dryRun) {
    console.log(`Uji coba (--dry-run): tidak ada yang dibuat. Yang akan dibuat untuk ${r.site.plan.slug}:`);
    printPlan(r.site);
    return 0;
  }
  console.log(`✓ Situs ${r.site.plan.slug} dibuat di ${root}:`);
  for (const b of r.site.files) console.log(`  ${b}`);
  console.log(`\nLangkah berikutnya: npm run check, lalu npm run build -- --site ${r.site.plan.slug}`);
  return 0;
}

async function fromCsv(files: string, defaults: RawInput): Promise<number> {
  let text: string;
  try {
    text = await readFile(path.resolve(files), 'utf8');
  } catch {
    usageError(`berkas CSV "${files}" tidak dapat dibaca`);
  }
  const prefix = (i: string) => `kolom ${i}`;
  const label = (h: RowResult) => terminalSafe(h.slug ?? h.name ?? '(tanpa nama)');
  let result: Awaited<ReturnType<typeof createFromCsv>>;
  try {
    result = await createFromCsv(text, {
      root,
      dryRun,
      defaults,
      onRow: (h, index, total) => {
        const n = `[${String(index).padStart(String(total).length)}/${total}]`;
        if (h.ok) console.log(`${n} ✓ baris ${h.row}: ${label(h)}${dryRun ? ' (akan dibuat)' : ''}`);
        else {
          console.log(`${n} ✗ baris ${h.row}: ${label(h)}`);
          for (const g of h.issues) console.log(`        baris ${h.row}, ${issueMessage(g, prefix, h.values)}`);
        }
      },
    });
  } catch (e) {
    if (e instanceof CsvError) usageError(`berkas CSV "${files}": ${e.message}`);
    throw e;
  }
  if (result.ignoredColumns.length > 0) {
    console.log(`\nCatatan: kolom ini tidak dikenal dan diabaikan: ${terminalSafe(result.ignoredColumns.join(', '))}`);
  }
  const created = result.results.filter((h) => h.ok).length;
  const rejected = result.results.length - created;
  console.log('\nRingkasan:\n');
  console.log(
    formatTable(
      ['Baris', 'Slug', 'Nama', 'Hasil', 'Keterangan'],
      result.results.map((h) => [
        String(h.row),
        h.slug ?? '-',
        h.name ?? '-',
        h.ok ? (dryRun ? 'akan dibuat' : 'dibuat') : 'DITOLAK',
        h.issues.map((g) => issueMessage(g, prefix, h.values)).join('; '),
      ]),
    ),
  );
  console.log(
    `\n${result.results.length} baris: ${created} ${dryRun ? 'akan dibuat' : 'dibuat'}, ${rejected} ditolak.` +
      (dryRun ? ' Uji coba (--dry-run): tidak ada yang dibuat.' : '') +
      (rejected > 0 ? ' Perbaiki baris yang ditolak lalu jalankan lagi; baris yang sudah dibuat akan ditolak karena sudah ada.' : ''),
  );
  return rejected > 0 ? 1 : 0;
}
