/** Splits a Markdown file into YAML front matter and body. */
import { parse } from 'yaml';

export interface Parsed {
  data: unknown;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Parses with YAML 1.2 rules: dates stay text, so the schemas can reject days that do not
 * exist instead of rolling them over. Throws an Error that says what is wrong, in Indonesian.
 */
export function parseFrontmatter(source: string): Parsed {
  const text = source.replace(/^\uFEFF/, '');
  const m = FENCE.exec(text);
  if (!m) throw new Error('front matter tidak ditemukan: berkas harus diawali baris --- , isian, lalu --- lagi');
  return { data: parseYaml(m[1] ?? ''), body: text.slice(m[0].length) };
}

export function parseYaml(text: string): unknown {
  try {
    return parse(text, { prettyErrors: true }) ?? {};
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`YAML tidak valid: ${msg}`);
  }
}
