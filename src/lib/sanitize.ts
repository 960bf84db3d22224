/**
 * Sanitizes member Markdown. Sites share an origin on GitHub Pages, so a script in one
 * KIM's post could read another KIM's CMS login: raw HTML goes through rehype-sanitize,
 * and Markdown links and images lose `javascript:`/`data:` URLs.
 *
 * Astro 7 renders Markdown with Sätteri, which keeps raw HTML as opaque `raw` nodes; this
 * Sätteri plugin hands each one to a unified/rehype-sanitize pipeline.
 */
import type { Element, Root, RootContent } from 'hast';
import { parseFragment } from 'parse5';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { defineHastPlugin } from 'satteri';
import { unified } from 'unified';
import { isAllowedEmbed } from './security/csp.ts';

export { isAllowedEmbed };

const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/|\.\.?\/|[^:]*$)/i;
const SAFE_SRC = /^(https?:|\/|\.\.?\/|[^:]*$)/i;

/** Whether a link target is safe: web, mail and phone links, and relative paths. */
export function isSafeHref(value: string): boolean {
  return SAFE_LINK.test(value.trim());
}

/** Whether an image or frame source is safe: web URLs and relative paths, no `data:` or `javascript:`. */
export function isSafeSrc(value: string): boolean {
  return SAFE_SRC.test(value.trim());
}

/**
 * Whether every URL of a `srcset` passes `isSafeSrc`. A browser reads a URL at the start and
 * after each comma; a URL with a comma of its own (`data:…;base64,…`) is cut there and refused.
 */
export function isSafeSrcset(value: string): boolean {
  return value.split(',').every((candidate) => {
    const url = candidate.trim().split(/\s+/)[0]!;
    return url === '' || isSafeSrc(url);
  });
}

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: ['script', 'style', 'noscript', 'template'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'iframe', 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    iframe: ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'loading'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

/**
 * rehype plugin: drops iframes whose source is not on the allowlist, lazy-loads the rest,
 * and gives pictures without a description an empty `alt` so screen readers skip them.
 */
function rehypeEmbeds() {
  const prune = (children: RootContent[]): RootContent[] =>
    children.filter((node) => {
      if (node.type !== 'element') return true;
      if (node.tagName === 'iframe' && !isAllowedEmbed(node.properties.src)) return false;
      node.children = prune(node.children) as Element['children'];
      if (node.tagName === 'iframe') node.properties.loading = 'lazy';
      if (node.tagName === 'img' && node.properties.alt === undefined) node.properties.alt = '';
      dropUnsafeSrcset(node);
      return true;
    });
  return (tree: Root) => {
    tree.children = prune(tree.children);
  };
}

/** rehype-sanitize checks the scheme of `src`, not of each URL in a `srcset`: this does. */
function dropUnsafeSrcset(node: { properties: Record<string, unknown> }): boolean {
  const value = node.properties.srcSet ?? node.properties.srcset;
  if (value === undefined) return false;
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  if (isSafeSrcset(text)) return false;
  delete node.properties.srcSet;
  delete node.properties.srcset;
  return true;
}

const htmlSanitizer = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, sanitizeSchema).use(rehypeEmbeds).use(rehypeStringify);

/**
 * How deeply raw HTML may nest. The sanitizer's tree code recurses once per level and runs
 * out of stack a little above 1 500 levels; a real article stays far below this.
 */
export const MAX_HTML_DEPTH = 200;

/**
 * How many elements deep an HTML fragment nests, as the HTML parser builds it (unclosed `<p>` and `<li>`
 * close themselves). parse5 builds its tree without recursion and this walk keeps its own
 * stack, so a fragment nested a hundred thousand levels deep is measured, not overflowed.
 */
export function htmlDepth(html: string): number {
  type Node = { tagName?: string; childNodes?: Node[]; content?: { childNodes?: Node[] } };
  let max = 0;
  const stack: [Node, number][] = [[parseFragment(html) as Node, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) {
      if (child.tagName !== undefined) stack.push([child, depth + 1]);
    }
  }
  return max;
}

/** The Indonesian message for HTML nested deeper than MAX_HTML_DEPTH. */
export function tooDeepMessage(depth: number): string {
  return `HTML di isi tulisan bersarang ${depth} tingkat (paling banyak ${MAX_HTML_DEPTH}); sederhanakan HTML-nya atau tulis isinya tanpa HTML`;
}

/**
 * Sanitizes an HTML fragment. Throws, never returns less than it was given to keep: HTML
 * nested too deeply, or any failure of the sanitizer, fails the entry instead of publishing
 * it with an empty body.
 */
export function sanitizeHtml(html: string): string {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) throw new Error(tooDeepMessage(depth));
  try {
    return String(htmlSanitizer.processSync(html));
  } catch (err) {
    throw new Error(`HTML di isi tulisan tidak bisa dibersihkan (${err instanceof Error ? err.message : String(err)})`);
  }
}

export const sanitizePlugin = defineHastPlugin({
  name: 'simpul-sanitize',
  raw(node) {
    const clean = sanitizeHtml(node.value);
    if (clean !== node.value) return { type: 'raw', value: clean };
  },
  element: {
    filter: ['a', 'img', 'source'],
    visit(node, ctx) {
      const attr = node.tagName === 'a' ? 'href' : 'src';
      const value = node.properties[attr];
      const safe = node.tagName === 'a' ? isSafeHref : isSafeSrc;
      if (typeof value === 'string' && !safe(value)) ctx.setProperty(node, attr, undefined);
      for (const key of ['srcSet', 'srcset']) {
        const set = node.properties[key];
        if (set !== undefined && !isSafeSrcset(Array.isArray(set) ? set.join(', ') : String(set))) ctx.setProperty(node, key, undefined);
      }
    },
  },
});
