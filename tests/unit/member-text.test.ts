import { describe, expect, it } from 'vitest';
import { bodyProblems, checkBody, markerProblems, renderedMarker } from '../../scripts/lib/member-text.ts';

describe('markerProblems: build placeholders in front matter', () => {
  it('finds every Astro, Vite and Rolldown marker, in any case, with the field', () => {
    const data = {
      judul: '__ASTRO_IMAGE_../../kim-b/media/a.jpg',
      ringkasan: 'lihat __astro_asset_image__abc__',
      gambar: { alt: 'x __VITE_ASSET__a1b2__ y' },
      foto: ['ok', 'import.meta.ROLLDOWN_FILE_URL_x'],
      catatan: '__vite_public_asset__12345678__',
      __ASTRO_IMAGE_kunci: 'nilai',
    };
    expect(markerProblems(data).map((p) => p.field)).toEqual(['judul', 'ringkasan', 'gambar.alt', 'foto[1]', 'catatan', '__ASTRO_IMAGE_kunci']);
    expect(markerProblems(data)[0]!.message).toContain('"__ASTRO_IMAGE_');
  });

  it('lets ordinary text with underscores through', () => {
    expect(markerProblems({ judul: 'Rapat __penting__ RT_01', isi: ['__init__', 'ASTRO_IMAGE'] })).toEqual([]);
  });
});

describe('bodyProblems: what the Markdown parser or the sanitizer would misread', () => {
  it('finds markers in the body with their line', () => {
    expect(bodyProblems('Baris satu.\n\nFoto: __ASTRO_IMAGE_="{&quot;src&quot;:&quot;a.jpg&quot;}"\n')).toEqual([
      { field: '', line: 3, message: expect.stringContaining('__ASTRO_IMAGE_') },
    ]);
  });

  it('finds raw-text blocks whose end tag is not lower-case, in any case mix', () => {
    for (const tag of ['PRE', 'Script', 'sTyLe', 'TEXTAREA', 'Pre']) {
      const problems = bodyProblems(`Awal.\n\n<${tag}>\nkode\n</${tag}>\n\nSisa **tulisan**.\n`);
      expect(problems, tag).toEqual([{ field: '', line: 3, message: expect.stringContaining(`</${tag.toLowerCase()}>`) }]);
    }
    expect(bodyProblems('> kutipan\n>\n> <STYLE type="text/css">\n> a{}\n> </STYLE>\n')[0]!.line).toBe(3);
    expect(bodyProblems('- butir\n\n  <TextArea>\n  x\n  </TextArea>\n')).toHaveLength(1);
  });

  it('passes raw-text blocks that close, and inline tags', () => {
    expect(bodyProblems('<pre>\nx\n</pre>\n\nSisa.\n')).toEqual([]);
    expect(bodyProblems('<PRE>\nx\n</pre>\n\nSisa.\n')).toEqual([]);
    expect(bodyProblems('Teks <PRE>x</PRE> di tengah kalimat.\n')).toEqual([]);
    expect(bodyProblems('<preview>\n\nteks\n')).toEqual([]);
  });

  it('finds raw HTML nested deeper than the sanitizer can walk, with its line', () => {
    expect(bodyProblems(`Awal.\n\n${'<div>'.repeat(3000)}isi\n`)).toEqual([{ field: '', line: 3, message: expect.stringMatching(/bersarang 3000 tingkat/) }]);
    expect(bodyProblems(`- butir\n\n  <section>${'<b>'.repeat(250)}\n`)[0]!.message).toMatch(/bersarang 251 tingkat/);
    expect(bodyProblems(`${'<div>'.repeat(150)}isi${'</div>'.repeat(150)}\n`)).toEqual([]);
    // Paragraphs close themselves: many unclosed <p> do not nest.
    expect(bodyProblems(`<div>${'<p>a'.repeat(500)}</div>\n`)).toEqual([]);
  });
});

describe('checkBody: markers that only appear once the body is rendered', () => {
  it('finds escaped, entity and emphasis spellings', () => {
    for (const body of [
      'Foto: \\_\\_ASTRO\\_IMAGE\\_="{&quot;src&quot;:&quot;a.jpg&quot;}"',
      'Foto: &#95;&#95;ASTRO_IMAGE_="{&quot;src&quot;:&quot;a.jpg&quot;}"',
      'Foto: &#95;&#95;VITE_ASSET__abc__',
      '<p title="__ASTRO_ASSET_IMAGE__h__">x</p>',
    ]) {
      expect(checkBody(body), body).toEqual([expect.objectContaining({ field: '', message: expect.stringMatching(/__(ASTRO|VITE)_/) })]);
    }
  });

  it('passes ordinary text and pictures', () => {
    expect(checkBody('Teks *miring* dan __tebal__ dengan \\_garis\\_ &amp; ![foto](../media/a.jpg)')).toEqual([]);
  });

  it("knows Astro's own picture markers from member text", () => {
    expect(renderedMarker('<p><img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;a.jpg&quot;,&quot;index&quot;:0}"></p>')).toBeUndefined();
    expect(renderedMarker('<p><img class="x" __ASTRO_IMAGE_="{}"> dan __ASTRO_IMAGE_="{}"</p>')).toBe('__ASTRO_IMAGE_');
  });
});
