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
import { batalkanSemuaSync } from './lib/provision/atomic.ts';
import { buatDariCsv, type HasilBaris } from './lib/provision/batch.ts';
import { CsvError } from './lib/provision/csv.ts';
import { ISIAN } from './lib/provision/fields.ts';
import type { ValidationIssue } from './lib/issues.ts';
import type { Mentah } from './lib/provision/inputs.ts';
import { penanyaClack, tanyaJawab } from './lib/provision/prompts.ts';
import { buatSitus, type SitusBaru } from './lib/provision/provision.ts';
import { dataRoot } from './lib/paths.ts';
import { formatTable, terminalSafe } from './lib/format.ts';

const spec: CommandSpec = {
  command: 'npm run site:new --',
  description:
    'Membuat situs KIM baru: sites/<slug>/site.yaml dan content/<slug>/ dari templates/<jenis>/.\n' +
    'Tanpa pilihan apa pun, perintah ini bertanya satu per satu.',
  options: [
    ...ISIAN.map((f) => ({ name: f.nama, value: '<nilai>', description: `${f.label}. ${f.keterangan}${f.contoh ? ` Contoh: ${f.contoh}` : ''}` })),
    { name: 'csv', value: '<berkas>', description: 'Buat banyak KIM dari berkas CSV (satu baris satu KIM). Pilihan lain menjadi nilai bawaan untuk sel kosong.' },
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
  if (e instanceof UsageError) gagalPakai(e.message);
  throw e;
}
if (arg.help) {
  console.log(helpText(spec));
  process.exit(0);
}

const root = dataRoot(arg.values.root).root;
const cobaSaja = arg.flags['dry-run']!;
const csv = arg.values.csv;
const mentah: Record<string, string | undefined> = {};
for (const f of ISIAN) if (arg.values[f.nama] !== undefined) mentah[f.nama] = arg.values[f.nama];

// Ctrl+C in the middle of writing: put everything back before leaving.
process.on('SIGINT', () => {
  batalkanSemuaSync();
  console.error('\nDihentikan. Situs yang sedang ditulis dibatalkan; yang sudah selesai tetap ada.');
  process.exit(130);
});

if (csv !== undefined) process.exitCode = await dariCsv(csv, mentah);
else if (Object.keys(mentah).length > 0) process.exitCode = await satuSitus(mentah);
else if (process.stdin.isTTY && process.stdout.isTTY) {
  const hasil = await tanyaJawab(penanyaClack(), { root, cobaSaja });
  process.exitCode = hasil === null ? 130 : hasil.ok ? 0 : 1;
} else {
  gagalPakai('tidak ada data KIM. Jalankan di terminal untuk tanya-jawab, atau beri data lewat pilihan (--nama, --jenis, …) atau --csv. Lihat --help.');
}

function gagalPakai(pesan: string): never {
  console.error(`Galat: ${pesan}`);
  process.exit(2);
}

function pesanGalat(g: ValidationIssue, awalan: (isian: string) => string, nilai: Mentah): string {
  if (!g.field) return terminalSafe(g.message);
  const v = nilai[g.field];
  return terminalSafe(`${awalan(g.field)}${v ? ` "${v}"` : ''}: ${g.message}`);
}

function cetakRencana(s: SitusBaru): void {
  console.log(`\nsites/${s.rencana.slug}/site.yaml:\n`);
  console.log(`${s.siteYaml.trimEnd().replace(/^/gm, '  ')}\n`);
  console.log('Berkas:');
  for (const b of s.berkas) console.log(`  ${b}`);
}

async function satuSitus(m: Mentah): Promise<number> {
  const r = await buatSitus(m, { root, cobaSaja });
  if (!r.ok) {
    console.error(`✗ Situs${r.slug ? ` ${r.slug}` : ''} belum dibuat. Perbaiki:`);
    for (const g of r.galat) console.error(`  ${pesanGalat(g, (i) => `--${i}`, m)}`);
    return 1;
  }
  if (cobaSaja) {
    console.log(`Uji coba (--dry-run): tidak ada yang dibuat. Yang akan dibuat untuk ${r.situs.rencana.slug}:`);
    cetakRencana(r.situs);
    return 0;
  }
  console.log(`✓ Situs ${r.situs.rencana.slug} dibuat di ${root}:`);
  for (const b of r.situs.berkas) console.log(`  ${b}`);
  console.log(`\nLangkah berikutnya: npm run check, lalu npm run build -- --site ${r.situs.rencana.slug}`);
  return 0;
}

async function dariCsv(berkas: string, bawaan: Mentah): Promise<number> {
  let teks: string;
  try {
    teks = await readFile(path.resolve(berkas), 'utf8');
  } catch {
    gagalPakai(`berkas CSV "${berkas}" tidak dapat dibaca`);
  }
  const awalan = (i: string) => `kolom ${i}`;
  const label = (h: HasilBaris) => terminalSafe(h.slug ?? h.nama ?? '(tanpa nama)');
  let hasil;
  try {
    hasil = await buatDariCsv(teks, {
      root,
      cobaSaja,
      bawaan,
      setiapBaris: (h, ke, jumlah) => {
        const n = `[${String(ke).padStart(String(jumlah).length)}/${jumlah}]`;
        if (h.ok) console.log(`${n} ✓ baris ${h.baris}: ${label(h)}${cobaSaja ? ' (akan dibuat)' : ''}`);
        else {
          console.log(`${n} ✗ baris ${h.baris}: ${label(h)}`);
          for (const g of h.galat) console.log(`        baris ${h.baris}, ${pesanGalat(g, awalan, h.nilai)}`);
        }
      },
    });
  } catch (e) {
    if (e instanceof CsvError) gagalPakai(`berkas CSV "${berkas}": ${e.message}`);
    throw e;
  }
  if (hasil.kolomDiabaikan.length > 0) {
    console.log(`\nCatatan: kolom ini tidak dikenal dan diabaikan: ${terminalSafe(hasil.kolomDiabaikan.join(', '))}`);
  }
  const dibuat = hasil.hasil.filter((h) => h.ok).length;
  const ditolak = hasil.hasil.length - dibuat;
  console.log('\nRingkasan:\n');
  console.log(
    formatTable(
      ['Baris', 'Slug', 'Nama', 'Hasil', 'Keterangan'],
      hasil.hasil.map((h) => [
        String(h.baris),
        h.slug ?? '-',
        h.nama ?? '-',
        h.ok ? (cobaSaja ? 'akan dibuat' : 'dibuat') : 'DITOLAK',
        h.galat.map((g) => pesanGalat(g, awalan, h.nilai)).join('; '),
      ]),
    ),
  );
  console.log(
    `\n${hasil.hasil.length} baris: ${dibuat} ${cobaSaja ? 'akan dibuat' : 'dibuat'}, ${ditolak} ditolak.` +
      (cobaSaja ? ' Uji coba (--dry-run): tidak ada yang dibuat.' : '') +
      (ditolak > 0 ? ' Perbaiki baris yang ditolak lalu jalankan lagi; baris yang sudah dibuat akan ditolak karena sudah ada.' : ''),
  );
  return ditolak > 0 ? 1 : 0;
}
