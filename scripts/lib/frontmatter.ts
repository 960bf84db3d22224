/** The one front-matter reader: splits a Markdown file into YAML front matter and body. */
import { parse } from 'yaml';

export interface Parsed {
  data: unknown;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface Split {
  /** The YAML text between the fences, unparsed. */
  yaml: string;
  body: string;
}

/** The raw parts of an entry; undefined when it does not start with front matter. */
export function splitFrontmatter(source: string): Split | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const m = FENCE.exec(text);
  return m ? { yaml: m[1] ?? '', body: text.slice(m[0].length) } : undefined;
}

/** The inverse of `splitFrontmatter`, with `---` fences and LF line ends around the YAML. */
export function joinFrontmatter(e: Split): string {
  const yaml = e.yaml.endsWith('\n') ? e.yaml : `${e.yaml}\n`;
  return `---\n${yaml}---\n${e.body}`;
}

/**
 * Parses with YAML 1.2 rules: dates stay text, so the schemas can reject days that do not
 * exist instead of rolling them over. Throws an Error that says what is wrong, in Indonesian.
 */
export function parseFrontmatter(source: string): Parsed {
  const parts = splitFrontmatter(source);
  if (!parts) throw new Error('front matter tidak ditemukan: berkas harus diawali baris --- , isian, lalu --- lagi');
  return { data: parseYaml(parts.yaml), body: parts.body };
}

export function parseYaml(text: string): unknown {
  try {
    return parse(text, { prettyErrors: true }) ?? {};
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`YAML tidak valid: ${msg}`);
  }
}
