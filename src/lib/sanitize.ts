/**
 * Sanitizes member Markdown. Sites share an origin on GitHub Pages, so a script in one
 * KIM's post could read another KIM's CMS login: raw HTML goes through rehype-sanitize,
 * and Markdown links and images lose `javascript:`/`data:` URLs.
 *
 * Astro 7 renders Markdown with Sätteri, which keeps raw HTML as opaque `raw` nodes; this
 * Sätteri plugin hands each one to a unified/rehype-sanitize pipeline.
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { defineHastPlugin } from 'satteri';
import { unified } from 'unified';

/** Embeds members may use: YouTube videos and maps. */
const IFRAME_ALLOWLIST = [
  /^https:\/\/www\.youtube(-nocookie)?\.com\/embed\/[\w-]+(\?[\w=&;%-]*)?$/,
  /^https:\/\/www\.google\.com\/maps\/embed\?/,
  /^https:\/\/maps\.google\.com\/maps\?.*output=embed/,
  /^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?/,
];

const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/|\.\.?\/|[^:]*$)/i;
const SAFE_SRC = /^(https?:|\/|\.\.?\/|[^:]*$)/i;

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

export function isAllowedEmbed(src: unknown): boolean {
  return typeof src === 'string' && IFRAME_ALLOWLIST.some((re) => re.test(src));
}

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
      return true;
    });
  return (tree: Root) => {
    tree.children = prune(tree.children);
  };
}

const htmlSanitizer = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeEmbeds)
  .use(rehypeStringify);

/** Sanitizes an HTML fragment. */
export function sanitizeHtml(html: string): string {
  return String(htmlSanitizer.processSync(html));
}

export const sanitizePlugin = defineHastPlugin({
  name: 'simpul-sanitize',
  raw(node) {
    const clean = sanitizeHtml(node.value);
    if (clean !== node.value) return { type: 'raw', value: clean };
  },
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const attr = node.tagName === 'a' ? 'href' : 'src';
      const value = node.properties[attr];
      const safe = node.tagName === 'a' ? SAFE_LINK : SAFE_SRC;
      if (typeof value === 'string' && !safe.test(value.trim())) ctx.setProperty(node, attr, undefined);
    },
  },
});
