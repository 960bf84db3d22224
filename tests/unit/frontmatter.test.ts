import { describe, expect, it } from 'vitest';
import { FrontmatterError, joinFrontmatter, parseFrontmatter, parseYaml, splitFrontmatter } from '../../scripts/lib/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits at the fences, after a byte-order mark, with CRLF too', () => {
    expect(splitFrontmatter('\uFEFF---\njudul: A\n---\nIsi\n')).toEqual({ yaml: 'judul: A', body: 'Isi\n' });
    expect(splitFrontmatter('---\r\njudul: A\r\n---\r\nIsi')).toEqual({ yaml: 'judul: A', body: 'Isi' });
    expect(splitFrontmatter('---\njudul: A\n---')).toEqual({ yaml: 'judul: A', body: '' });
  });

  it('finds no front matter where there is none', () => {
    expect(splitFrontmatter('judul: A\n')).toBeUndefined();
    expect(splitFrontmatter('---\njudul: A\n')).toBeUndefined();
  });

  it('is what parseFrontmatter reads, and joinFrontmatter gives the file back', () => {
    const text = '---\njudul: A\ntanggal: 2026-08-17\n---\nIsi *tebal*.\n';
    const parts = splitFrontmatter(text)!;
    expect(parseFrontmatter(text)).toEqual({ data: { judul: 'A', tanggal: '2026-08-17' }, body: parts.body });
    expect(joinFrontmatter(parts)).toBe(text);
    expect(joinFrontmatter({ yaml: 'a: 1\n', body: '' })).toBe('---\na: 1\n---\n');
  });
});

/** The field and message a reading refuses with. */
function refusal(text: string): { field: string; message: string } {
  try {
    parseFrontmatter(text);
  } catch (err) {
    if (!(err instanceof FrontmatterError)) throw err;
    return { field: err.field, message: err.message };
  }
  throw new Error('not refused');
}

const fm = (yaml: string) => `---\n${yaml}\n---\nIsi.\n`;

describe('the one YAML reading: what other readers would read differently is refused', () => {
  it('refuses explicit tags, custom or standard, with the field and the file line', () => {
    expect(refusal(fm('judul: !tetangga Judul'))).toEqual({
      field: 'judul',
      message: expect.stringMatching(/tag YAML "!tetangga" tidak diizinkan \(baris 2\)/),
    });
    expect(refusal(fm('a: 1\npenulis: !!js/function "function(){}"')).field).toBe('penulis');
    expect(refusal(fm('a: 1\npenulis: !!js/undefined')).message).toContain('"!!js/undefined"');
    expect(refusal(fm('judul: !!str 12')).field).toBe('judul');
    expect(refusal(fm('gambar:\n  src: !<tag:contoh.id,2026:x> a.jpg')).field).toBe('gambar.src');
    expect(refusal(fm('foto:\n  - a.jpg\n  - !!binary aGFsbw==')).field).toBe('foto[1]');
    expect(refusal(fm('!x kunci: nilai')).message).toContain('tag YAML');
  });

  it('refuses merge keys, anchors and aliases', () => {
    expect(refusal(fm('gambar:\n  <<: {src: ../../kim-b/media/a.jpg}\n  alt: x'))).toEqual({ field: 'gambar', message: expect.stringContaining('(<<)') });
    expect(refusal(fm('a: &x {src: b.jpg}\ngambar: *x')).message).toMatch(/jangkar atau alias/);
    expect(refusal(fm('judul: &j Judul')).field).toBe('judul');
    expect(refusal(fm('daftar:\n  - *nama')).message).toMatch(/YAML tidak valid|alias/);
  });

  it('refuses duplicate keys, which readers resolve differently', () => {
    expect(refusal(fm('judul: A\njudul: B')).message).toMatch(/dua kali/);
    expect(refusal(fm('gambar:\n  src: a.jpg\n  src: b.jpg')).message).toMatch(/dua kali/);
  });

  it('refuses a line inside front matter that another splitter would take for a fence', () => {
    expect(refusal('---\njudul: A\n---x: 1\ncatatan: B\n---\nIsi\n')).toEqual({ field: 'x', message: expect.stringMatching(/^baris 3 diawali "---"/) });
    expect(refusal('---\njudul: A\n+++\n---\n').message).toMatch(/baris 3 diawali "\+\+\+"/);
    expect(refusal('---\njudul: A\n...\n---\n').message).toMatch(/diawali "\.\.\."/);
    // Indented, or inside a quoted value, a dash run is ordinary text.
    expect(parseFrontmatter('---\njudul: "--- A"\nisi: |\n  ---x\n---\nB\n').data).toEqual({ judul: '--- A', isi: '---x\n' });
  });

  it('still reads ordinary member YAML, and keeps a second --- block in the body as body', () => {
    const text = '---\njudul: Halo\ntanggal: 2026-08-17\ngambar:\n  src: ../media/a.jpg\n  alt: "Foto: !penting"\n---\n---\nbukan: front matter\n---\n';
    expect(parseFrontmatter(text)).toEqual({
      data: { judul: 'Halo', tanggal: '2026-08-17', gambar: { src: '../media/a.jpg', alt: 'Foto: !penting' } },
      body: '---\nbukan: front matter\n---\n',
    });
  });

  it('gives YAML errors the line of the file', () => {
    expect(() => parseFrontmatter('---\njudul: A\nb: [x\n---\n')).toThrow(/^YAML tidak valid: .*line 3/);
    expect(() => parseYaml('a: 1\nb: !x 2')).toThrow(/baris 2/);
  });
});
