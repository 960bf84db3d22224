import { describe, expect, it } from 'vitest';
import { readCsvTable, CsvError, parseCsv, guessSeparator } from '../../scripts/lib/provision/csv.ts';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain fields and rows', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'nama,alamat\n"KIM ""Maju"" Jaya","Jl. Raya 1, RT 02\nDusun Krajan"\n';
    expect(parseCsv(text)).toEqual([
      ['nama', 'alamat'],
      ['KIM "Maju" Jaya', 'Jl. Raya 1, RT 02\nDusun Krajan'],
    ]);
  });

  it('accepts CRLF line ends and a UTF-8 BOM', () => {
    expect(parseCsv('\uFEFFslug,nama\r\nkim-a,KIM A\r\nkim-b,"B\r\nC"\r\n')).toEqual([
      ['slug', 'nama'],
      ['kim-a', 'KIM A'],
      ['kim-b', 'B\r\nC'],
    ]);
  });

  it('keeps empty fields, a last line without line break, and an empty quoted field', () => {
    expect(parseCsv('a,,c\n"",x,')).toEqual([
      ['a', '', 'c'],
      ['', 'x', ''],
    ]);
  });

  it('keeps Unicode as written', () => {
    expect(parseCsv('nama\nKIM Ngudi Rahayu – Śrī\n')).toEqual([['nama'], ['KIM Ngudi Rahayu – Śrī']]);
  });

  it('refuses an unclosed quote and a quote in the middle of a field', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b"c\n')).toThrow(/tanda kutip/);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/setelah tanda kutip penutup/);
  });

  it('reads semicolon-separated files from spreadsheets set to Indonesian', () => {
    expect(guessSeparator('slug;nama;alamat\n')).toBe(';');
    expect(guessSeparator('"a;b",c,d\n')).toBe(',');
    expect(parseCsv('a;"b;c"\n', ';')).toEqual([['a', 'b;c']]);
  });
});

describe('bacaTabelCsv', () => {
  it('keys rows by header, numbers them like a spreadsheet and skips empty rows', () => {
    const t = readCsvTable('slug;nama\r\nkim-a;KIM A\r\n;\r\n\r\nkim-b;"KIM; B"\r\n');
    expect(t.columns).toEqual(['slug', 'nama']);
    expect(t.rows).toEqual([
      { row: 2, values: { slug: 'kim-a', nama: 'KIM A' } },
      { row: 5, values: { slug: 'kim-b', nama: 'KIM; B' } },
    ]);
  });

  it('marks a row with more fields than columns without failing the others', () => {
    const t = readCsvTable('slug,nama\nkim-a,KIM A,lebih\nkim-b,KIM B\n');
    expect(t.rows[0]!.issue).toMatch(/3 isian.*2 kolom/);
    expect(t.rows[1]!.issue).toBeUndefined();
  });

  it('refuses an empty file and a repeated header', () => {
    expect(() => readCsvTable('')).toThrow(/kosong/);
    expect(() => readCsvTable('nama,nama\n')).toThrow(/lebih dari sekali/);
  });
});
