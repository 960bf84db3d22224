import { describe, expect, it } from 'vitest';
import { joinFrontmatter, parseFrontmatter, splitFrontmatter } from '../../scripts/lib/frontmatter.ts';

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
