/** Markdown entries: YAML front matter between `---` lines, then the body. */

const POLA = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export interface Entri {
  frontMatter: string;
  isi: string;
}

export function pisahFrontMatter(teks: string): Entri | undefined {
  const m = POLA.exec(teks.replace(/^\uFEFF/, ''));
  return m ? { frontMatter: m[1]!, isi: m[2]! } : undefined;
}

export function gabungFrontMatter(e: Entri): string {
  const fm = e.frontMatter.endsWith('\n') ? e.frontMatter : `${e.frontMatter}\n`;
  return `---\n${fm}---\n${e.isi}`;
}
