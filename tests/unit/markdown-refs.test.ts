import { describe, expect, it } from 'vitest';
import { bodyImages } from '../../scripts/lib/markdown-refs.ts';

describe('bodyImages', () => {
  it('finds Markdown images, with or without a title or angle brackets', () => {
    const md = 'Teks ![Jalan](../media/jalan.jpg) lalu ![](./a.png "Judul") dan ![x](<../media/foto saya.jpg>).';
    expect(bodyImages(md)).toEqual(['../media/jalan.jpg', './a.png', '../media/foto saya.jpg']);
  });

  it('finds raw <img> tags with any quoting', () => {
    expect(bodyImages('<p><img alt="a" src="../media/a.jpg"> <IMG src=\'b.webp\'/> <img src=c.gif></p>')).toEqual(['../media/a.jpg', 'b.webp', 'c.gif']);
  });

  it('ignores code, plain links and repeats', () => {
    const md = ['```md', '![contoh](tidak-dicek.jpg)', '```', 'Kode `![x](y.jpg)` saja.', '[tautan](../media/a.pdf)', '![a](z.jpg) ![a](z.jpg)'].join('\n');
    expect(bodyImages(md)).toEqual(['z.jpg']);
  });
});
