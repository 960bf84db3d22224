/**
 * Finds English left in the admin UI. The English vocabulary is Decap's own: the words of its
 * English locale, of its built-in editor components and the widget names it reads aloud
 * ("Isian string"). Words our Indonesian locale uses too ("status", "email") are not English
 * here, and a short list of brand names is allowed.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { flattenLocale, localeId, type LocaleTree } from '../../scripts/lib/cms/locale-id.ts';

/** Names that are the same in every language, and words Indonesian shares with English. */
export const BRANDS = ['decap', 'github', 'gitlab', 'bitbucket', 'gitea', 'forgejo', 'netlify', 'azure', 'whatsapp', 'google'];
const SHARED = ['media'];

const words = (s: string) => s.toLowerCase().match(/[a-z]{3,}/g) ?? [];

function decapEnglish(): string[] {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve('decap-cms-locales/package.json', { paths: [require.resolve('decap-cms')] }));
  // src/en/index.js is an ES module object literal; read its string values without running it.
  const src = fs.readFileSync(path.join(pkg, 'src/en/index.js'), 'utf8');
  const strings = [...src.matchAll(/:\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!.replace(/%\{\w+\}/g, ' '));
  const components = ['Image', 'Alt Text', 'Title', 'Code Block', 'Rich text', 'Markdown'];
  const widgets = [
    'string',
    'datetime',
    'text',
    'select',
    'object',
    'image',
    'boolean',
    'markdown',
    'list',
    'relation',
    'number',
    'file',
    'hidden',
    'code',
    'color',
    'uuid',
  ];
  return [...strings, ...components, ...widgets];
}

let vocabulary: Set<string> | undefined;

export function englishVocabulary(): Set<string> {
  if (vocabulary) return vocabulary;
  const indonesian = new Set([...flattenLocale(localeId as unknown as LocaleTree).values()].flatMap(words));
  vocabulary = new Set(
    decapEnglish()
      .flatMap(words)
      .filter((w) => !indonesian.has(w) && !BRANDS.includes(w) && !SHARED.includes(w)),
  );
  return vocabulary;
}

/** English words found in `texts`, each with the text it came from (trimmed), once. */
export function englishWords(texts: string[]): string[] {
  const vocab = englishVocabulary();
  const found = new Set<string>();
  for (const t of texts) {
    for (const line of t.split('\n')) {
      for (const w of words(line)) if (vocab.has(w)) found.add(`"${w}" in "${line.trim().slice(0, 60)}"`);
    }
  }
  return [...found].sort();
}
