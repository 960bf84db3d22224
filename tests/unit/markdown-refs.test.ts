import { describe, expect, it } from 'vitest';
import { bodyImages } from '../../scripts/lib/markdown-refs.ts';

describe('bodyImages', () => {
  it('finds Markdown images: with a title, angle brackets, brackets in the path', () => {
    const md = 'Teks ![Jalan](../media/jalan.jpg) lalu ![](./a.png "Judul"), ![x](<../media/foto saya.jpg>) dan ![y](../media/foto(1).jpg).';
    expect(bodyImages(md)).toEqual(['../media/jalan.jpg', './a.png', '../media/foto saya.jpg', '../media/foto(1).jpg']);
  });

  it('follows reference images to their definition', () => {
    expect(bodyImages('Lihat ![peta][p].\n\n[p]: ../media/peta.png\n[q]: ../media/tidak-dipakai.png\n')).toEqual(['../media/peta.png']);
  });

  it('ignores what the page does not show as a picture: code, comments, raw HTML, links', () => {
    const md = [
      '````md',
      '```',
      '![contoh](pagar.jpg)',
      '```',
      '````',
      '',
      '    ![indentasi](kode.jpg)',
      '',
      'Kode `![x](y.jpg)` saja.',
      '',
      '<!-- ![lama](komentar.jpg) -->',
      '',
      '<img src="../media/mentah.jpg">',
      '',
      '[tautan](../media/a.pdf) ![a](z.jpg) ![a](z.jpg)',
    ].join('\n');
    expect(bodyImages(md)).toEqual(['z.jpg']);
  });

  it('finds nothing in text without pictures', () => {
    expect(bodyImages('Hanya teks, [tautan](https://contoh.id/) dan **tebal**.')).toEqual([]);
  });
});
