/**
 * The pictures a Markdown body shows: `![alt](path)` and raw `<img src>`. Astro resolves
 * relative ones at build time, so a missing file stops the build; validation checks them
 * first. Code (fenced blocks and inline code) shows pictures as text, so it is skipped.
 */

const FENCE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;
const INLINE_CODE = /`[^`\n]*`/g;
const MD_IMAGE = /!\[[^\]]*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const HTML_IMG = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

export function bodyImages(markdown: string): string[] {
  const text = markdown.replace(FENCE, '').replace(INLINE_CODE, '');
  const found: string[] = [];
  for (const m of text.matchAll(MD_IMAGE)) found.push(m[1]!.replace(/^<|>$/g, ''));
  for (const m of text.matchAll(HTML_IMG)) found.push((m[1] ?? m[2] ?? m[3])!);
  return [...new Set(found.map((s) => s.trim()).filter(Boolean))];
}
