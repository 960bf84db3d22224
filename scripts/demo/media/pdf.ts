/**
 * Small, valid PDF documents for informasi-publik entries: a letterhead with the KIM's
 * name, the title, the entry's summary and a short table. Dates are fixed so the same
 * entry always gives the same bytes.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface PdfInfo {
  kimName: string;
  wilayah: string;
  judul: string;
  ringkasan: string;
  kategori?: string;
  tanggal?: Date;
}

/** The standard PDF fonts only know WinAnsi: swap typographic marks, drop the rest. */
function winAnsi(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '');
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of winAnsi(text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const KATEGORI: Record<string, string> = {
  berkala: 'Informasi yang wajib disediakan dan diumumkan secara berkala',
  'serta-merta': 'Informasi yang wajib diumumkan secara serta-merta',
  'setiap-saat': 'Informasi yang wajib tersedia setiap saat',
};

/** Rows of the demo table, by category. */
function rows(kategori: string | undefined): [string, string, string][] {
  if (kategori === 'serta-merta')
    return [
      ['1', 'Isi pemberitahuan', 'Lihat uraian di atas'],
      ['2', 'Wilayah yang terdampak', 'Seluruh RW'],
      ['3', 'Tindakan yang dianjurkan', 'Ikuti arahan petugas'],
      ['4', 'Narahubung', 'Sekretariat KIM'],
    ];
  if (kategori === 'setiap-saat')
    return [
      ['1', 'Daftar informasi publik', 'Tersedia'],
      ['2', 'Susunan pengurus', 'Tersedia'],
      ['3', 'Prosedur permohonan informasi', 'Tersedia'],
      ['4', 'Formulir keberatan', 'Di sekretariat'],
    ];
  return [
    ['1', 'Triwulan I', 'Terlaksana'],
    ['2', 'Triwulan II', 'Terlaksana'],
    ['3', 'Triwulan III', 'Terlaksana'],
    ['4', 'Triwulan IV', 'Dalam proses'],
  ];
}

function formatDate(d: Date): string {
  const month = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  return `${d.getUTCDate()} ${month[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export async function documentPdf(info: PdfInfo): Promise<Uint8Array> {
  const fixed = info.tanggal ?? new Date('2026-01-01T00:00:00Z');
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsi(info.judul));
  doc.setAuthor(winAnsi(info.kimName));
  doc.setSubject(winAnsi(info.ringkasan));
  doc.setCreator('Simpul (dokumen contoh)');
  doc.setProducer('pdf-lib');
  doc.setLanguage('id-ID');
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);

  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page: PDFPage = doc.addPage([595.28, 841.89]); // A4
  const left = 56;
  const width = 595.28 - left * 2;
  const ink = rgb(0.12, 0.12, 0.12);
  let y = 841.89 - 64;

  const write = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const line of wrap(text, font, size, width)) {
      page.drawText(line, { x: left, y, size, font, color: ink });
      y -= size + gap;
    }
  };

  write(info.kimName.toUpperCase(), bold, 14);
  write(info.wilayah, regular, 10);
  y -= 4;
  page.drawLine({ start: { x: left, y }, end: { x: left + width, y }, thickness: 1.5, color: ink });
  y -= 28;
  write(info.judul, bold, 16, 6);
  y -= 4;
  if (info.kategori) write(`Kategori: ${KATEGORI[info.kategori] ?? info.kategori}`, regular, 10);
  write(`Tanggal: ${formatDate(fixed)}`, regular, 10);
  y -= 12;
  write(info.ringkasan, regular, 11, 5);
  y -= 8;
  write(
    'Dokumen ini disampaikan sebagai bagian dari keterbukaan informasi publik sesuai Undang-Undang Nomor 14 Tahun 2008. ' +
      'Warga yang memerlukan salinan atau keterangan lebih lanjut dapat menghubungi sekretariat KIM pada jam layanan.',
    regular,
    11,
    5,
  );
  y -= 16;

  // A simple table: header row, then ruled rows.
  const cols = [left, left + 40, left + 300];
  const header: [string, string, string] = ['No', 'Uraian', 'Keterangan'];
  page.drawRectangle({ x: left, y: y - 6, width, height: 20, color: rgb(0.9, 0.92, 0.9) });
  for (const [i, h] of header.entries()) page.drawText(h, { x: cols[i]! + 4, y, size: 10, font: bold, color: ink });
  y -= 22;
  for (const row of rows(info.kategori)) {
    for (const [i, cell] of row.entries()) page.drawText(winAnsi(cell), { x: cols[i]! + 4, y, size: 10, font: regular, color: ink });
    page.drawLine({ start: { x: left, y: y - 7 }, end: { x: left + width, y: y - 7 }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
    y -= 20;
  }

  page.drawText(winAnsi(`Dokumen contoh untuk situs demo ${info.kimName}.`), {
    x: left,
    y: 48,
    size: 8,
    font: regular,
    color: rgb(0.4, 0.4, 0.4),
  });
  return doc.save({ useObjectStreams: false });
}
