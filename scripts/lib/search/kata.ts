/**
 * Indonesian words at index time: root forms (Sastrawi's Nazief–Adriani stemmer with its
 * dictionary) and the site's vocabulary, for the two things Pagefind's Snowball stemmer
 * cannot do on its own.
 *
 * - Morphology: every page gets, hidden and with a low weight, the roots of its words and
 *   the other forms of those roots that occur anywhere on the site. "menanam" on one page
 *   and "ditanam" on another then both answer "tanam", "menanam" and "ditanam"; "kemasan"
 *   meets "dikemas". The browser needs no stemmer for the site's own words.
 * - Spelling: `simpul-kata.json` beside the index holds the site's most frequent words with
 *   their counts and each word's root, so `cari/` can suggest the nearest known word and
 *   reduce a query word the site does not use ("penanaman") to a root it does.
 */
import { Stemmer } from 'sastrawijs';
import { appendToBody, bodyRange } from './pages.ts';

/** The vocabulary file the search page reads, in the site's `pagefind/` folder. */
export const KATA_FILE = 'simpul-kata.json';

/**
 * Most words kept in the vocabulary file. The file is loaded on `cari/` only; 7,000 words
 * keep it under 30 KB gzipped even on a large site (docs/benchmarks.md has the figures).
 */
export const MAX_WORDS = 7000;
/** Other forms of one root added to a page, at most (a common root has dozens). */
const MAX_FORMS = 12;
/** Words shorter than this are neither stemmed nor suggested. */
const MIN_LENGTH = 3;

let stemmer: Stemmer | undefined;
const roots = new Map<string, string>();

/** The root of a lowercase Indonesian word ("pengolahan" → "olah"); unknown words stay. */
export function stemRoot(word: string): string {
  const known = roots.get(word);
  if (known !== undefined) return known;
  // Sastrawi only knows letters; numbers, codes and short words are their own root.
  const r = word.length >= MIN_LENGTH + 1 && /^[a-z]+$/.test(word) ? (stemmer ??= new Stemmer()).stem(word) || word : word;
  roots.set(word, r);
  return r;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of a page's `data-pagefind-body` element (the whole input without one). */
export function bodyText(html: string): string {
  const r = bodyRange(html);
  return (r ? html.slice(r.start, r.end) : html)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** The words of a text, lowercase, in order: letters and digits, split at hyphens and marks. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => /\p{L}/u.test(w));
}

/** The title a page gives the index (`data-pagefind-meta="title:…"`), if any. */
function titleOf(html: string): string {
  const m = /data-pagefind-meta="title:([^"]*)"/.exec(html);
  return m ? bodyText(m[1]!) : '';
}

export interface Vocabulary {
  /** Word → how often it occurs on the site (title words count three times). */
  frek: Map<string, number>;
  /** Root → the site's words with that root, most frequent first. */
  bentuk: Map<string, string[]>;
}

/** Counts the words of a site's pages (each page as the indexer receives it). */
export function vocabulary(pages: string[]): Vocabulary {
  const freq = new Map<string, number>();
  const add = (w: string, n: number) => freq.set(w, (freq.get(w) ?? 0) + n);
  for (const html of pages) {
    for (const w of wordsOf(bodyText(html))) add(w, 1);
    // Titles and product names are what visitors type most: weigh them up.
    for (const w of wordsOf(titleOf(html))) add(w, 2);
  }
  const form = new Map<string, string[]>();
  for (const w of [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || (a < b ? -1 : 1))) {
    const r = stemRoot(w);
    const forms = form.get(r);
    if (forms) forms.push(w);
    else form.set(r, [w]);
  }
  return { frek: freq, bentuk: form };
}

/**
 * The hidden text that joins a page to the other forms of its words: for each word, its
 * root and the root's other forms on the site, each once, none already on the page.
 */
export function otherForms(html: string, k: Vocabulary): string {
  const own = new Set(wordsOf(bodyText(html)));
  const extra = new Set<string>();
  for (const w of own) {
    const r = stemRoot(w);
    if (!own.has(r)) extra.add(r);
    for (const f of (k.bentuk.get(r) ?? []).slice(0, MAX_FORMS)) if (!own.has(f)) extra.add(f);
  }
  extra.delete('');
  return [...extra].join(' ');
}

/**
 * The page with its words' other forms added inside its indexed element: hidden from
 * sighted visitors and screen readers, and weighted low, so a page that uses the visitor's
 * own word still ranks first.
 */
export function withOtherForms(html: string, k: Vocabulary): string {
  const words = otherForms(html, k);
  return words ? appendToBody(html, `<div hidden data-pagefind-weight="0.5">${words}</div>`) : html;
}

/** What `simpul-kata.json` holds: the vocabulary the search page corrects and reduces against. */
export interface WordsFile {
  /** Word → frequency, most frequent first, at most MAX_KATA words. */
  kata: Record<string, number>;
  /** Word → its root, for the kept words whose root differs. */
  akar: Record<string, string>;
}

export function wordsFile(k: Vocabulary, max = MAX_WORDS): WordsFile {
  const kept = [...k.frek.entries()]
    .filter(([w]) => w.length >= MIN_LENGTH && !/^\d/.test(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max);
  const word: Record<string, number> = {};
  const root: Record<string, string> = {};
  for (const [w, n] of kept) {
    word[w] = n;
    const r = stemRoot(w);
    if (r !== w) root[w] = r;
  }
  return { kata: word, akar: root };
}
