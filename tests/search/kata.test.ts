/**
 * Indonesian words for search: root forms and the site vocabulary at index time
 * (scripts/lib/search/kata.ts), and the search page's own word logic (simpul-kata.js), run
 * as the browser runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { stemRoot, otherForms, bodyText, wordsFile, vocabulary, withOtherForms, wordsOf } from '../../scripts/lib/search/kata.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="id"><body><article data-pagefind-body><div hidden><span data-pagefind-meta="title:${title}"></span></div><h1>${title}</h1><p>${body}</p></article></body></html>`;

interface Check {
  istilah: string;
  tidakDikenal: string[];
  saran?: string;
}
interface SimpulKata {
  buat(data: unknown): { periksa(q: string): Check; saran(w: string): string | undefined; akarDari(w: string): string | undefined };
  jarak(a: string, b: string, max: number): number;
}

function browserWords(): SimpulKata {
  const sandbox: { SimpulKata?: SimpulKata } = {};
  vm.runInNewContext(fs.readFileSync(path.join(projectRoot, 'src/components/search/simpul-kata.js'), 'utf8'), { window: sandbox });
  return sandbox.SimpulKata!;
}

describe('root forms (Sastrawi)', () => {
  it('undoes nasal assimilation and ke-…-an, peN-…-an, di-, ter-, ber-', () => {
    expect(['menanam', 'ditanam', 'tanaman'].map(stemRoot)).toEqual(['tanam', 'tanam', 'tanam']);
    expect(['kemasan', 'dikemas'].map(stemRoot)).toEqual(['kemas', 'kemas']);
    expect(['olah', 'diolah', 'mengolah', 'pengolahan'].map(stemRoot)).toEqual(['olah', 'olah', 'olah', 'olah']);
    expect(['terbakar', 'berlubang', 'kebersihan', 'membersihkan'].map(stemRoot)).toEqual(['bakar', 'lubang', 'bersih', 'bersih']);
  });

  it('leaves names, numbers and codes alone', () => {
    expect(['sarabba', 'b29', '2027', 'rw'].map(stemRoot)).toEqual(['sarabba', 'b29', '2027', 'rw']);
  });
});

describe('page text and words', () => {
  it('reads only the indexed element, without tags, and decodes entities', () => {
    expect(bodyText('<p>menu</p><main data-pagefind-body><p>Kopi &amp; teh</p></main>')).toMatch(/^\s*Kopi & teh\s*$/);
    expect(wordsOf('Ikan-asar, B29 dan 2027!')).toEqual(['ikan', 'asar', 'b29', 'dan']);
  });
});

describe('other forms of a page’s words', () => {
  const pages = [page('Warga Menanam Talas', 'Bibit ditanam di kebun.'), page('Kemasan Keripik', 'Keripik dikemas rapi.')];
  const k = vocabulary(pages);

  it('adds the root and the site’s other forms, not the page’s own words', () => {
    const extra = otherForms(pages[0]!, k).split(' ');
    expect(extra).toEqual(expect.arrayContaining(['tanam']));
    expect(extra).not.toContain('menanam');
    const second = otherForms(pages[1]!, k).split(' ');
    expect(second).toEqual(expect.arrayContaining(['kemas']));
    expect(otherForms(page('Kemas', 'kemas'), k).split(' ')).toEqual(expect.arrayContaining(['kemasan', 'dikemas']));
  });

  it('puts them hidden and weighted low inside the indexed element', () => {
    const html = withOtherForms(pages[0]!, k);
    expect(html).toMatch(/<div hidden data-pagefind-weight="0\.5">[^<]*tanam[^<]*<\/div><\/article><\/body>/);
  });

  it('writes the vocabulary with counts, title words weighed up, and roots', () => {
    const f = wordsFile(k);
    expect(f.kata.keripik).toBe(1 + 2 + 1);
    expect(f.akar.menanam).toBe('tanam');
    expect(f.akar).not.toHaveProperty('keripik');
    expect(Object.keys(wordsFile(k, 3).kata)).toHaveLength(3);
  });
});

describe('the search page’s word logic (simpul-kata.js)', () => {
  const SK = browserWords();
  const k = SK.buat({
    kata: { keripik: 9, talas: 5, sarabba: 4, tanam: 3, ditanam: 2, posyandu: 7, snorkeling: 2, kemasan: 3, olahan: 2 },
    akar: { ditanam: 'tanam', kemasan: 'kemas', olahan: 'olah' },
  });

  it('measures edits with transpositions', () => {
    expect(SK.jarak('posiandu', 'posyandu', 2)).toBe(1);
    expect(SK.jarak('kripik', 'keripik', 2)).toBe(1);
    expect(SK.jarak('talsa', 'talas', 2)).toBe(1);
    expect(SK.jarak('abc', 'xyzw', 2)).toBe(3);
  });

  it('searches the site’s own words as typed', () => {
    expect(k.periksa('Keripik Talas')).toEqual({ istilah: 'keripik talas', tidakDikenal: [], saran: undefined });
  });

  it('reduces words the site does not use to a root it does, nasal assimilation included', () => {
    expect(k.periksa('menanam').istilah).toBe('tanam');
    expect(k.periksa('penanaman').istilah).toBe('tanam');
    expect(k.periksa('dikemas').istilah).toBe('kemas');
    expect(k.periksa('pengolahan').istilah).toBe('olah');
    expect(k.periksa('mengolah').istilah).toBe('olah');
  });

  it('names unknown words and suggests the nearest known ones', () => {
    expect(k.periksa('kripik talas')).toEqual({ istilah: 'kripik talas', tidakDikenal: ['kripik'], saran: 'keripik talas' });
    expect(k.periksa('saraba').saran).toBe('sarabba');
    expect(k.periksa('snorkling').saran).toBe('snorkeling');
    expect(k.periksa('posiandu').saran).toBe('posyandu');
    expect(k.periksa('zzzzqq')).toEqual({ istilah: 'zzzzqq', tidakDikenal: ['zzzzqq'], saran: undefined });
  });
});

describe('vocabulary size', () => {
  it('stays within 30 KB gzipped however many words a site has (7,000 kept)', async () => {
    const { gzipSync } = await import('node:zlib');
    const { mulberry32 } = await import('../../scripts/lib/random.ts');
    const r = mulberry32(7);
    // Random syllable words compress worse than real text: an upper bound for a 1,000-page site.
    const syl = ['ba', 'ka', 'ta', 'ma', 'na', 'sa', 'ra', 'la', 'pa', 'da', 'nga', 'nya', 'ri', 'ku', 'lo', 'se', 'an', 'kan', 'me', 'pe', 'ber', 'di'];
    const pages = Array.from({ length: 1000 }, () =>
      page('x', Array.from({ length: 300 }, () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => syl[Math.floor(r() * syl.length)]).join('')).join(' ')),
    );
    const f = wordsFile(vocabulary(pages));
    const gz = gzipSync(JSON.stringify(f)).length;
    console.log(`kosakata acak 1.000 halaman: ${Object.keys(f.kata).length} kata, ${Object.keys(f.akar).length} akar, ${(gz / 1024).toFixed(1)} KB gzip`);
    expect(gz).toBeLessThanOrEqual(30 * 1024);
  });
});
