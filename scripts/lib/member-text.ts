/**
 * What member text may not contain, because the build would read it differently from how it
 * reads: used by `check` (with file and field) and by the build's content loader (which
 * refuses the entry), so one rule holds with or without a check.
 *
 * - Build markers: Astro and Vite mark images and assets with placeholder strings
 *   (`__ASTRO_IMAGE_`, `__ASTRO_ASSET_IMAGE__…__`, `__VITE_ASSET__…__`,
 *   `import.meta.ROLLDOWN_FILE_URL_…`) and replace them wherever they appear, also inside
 *   member text: a front-matter value that starts with `__ASTRO_IMAGE_` becomes an image
 *   import of any path, and `__ASTRO_IMAGE_="…"` in the body becomes a picture.
 * - Raw HTML blocks that never close: the Markdown parser ends a `<pre>`, `<script>`, `<style>`
 *   or `<textarea>` block only at a lower-case end tag, so `<PRE>…</PRE>` swallows the rest.
 * - Raw HTML nested deeper than the sanitizer can walk.
 */
import { markdownToHtml, markdownToMdast, type MdastNode } from 'satteri';
import { htmlDepth, MAX_HTML_DEPTH, sanitizePlugin, tooDeepMessage } from '../../src/lib/sanitize.ts';

/** Placeholder prefixes of Astro, Vite and Rolldown, in any case. */
const MARKER = /__(?:astro|vite)[a-z0-9]*_\w*|rolldown_file_url_/i;

export interface TextProblem {
  /** Dotted field path (front matter), or '' for the body. */
  field: string;
  /** Line in the body (1-based), when the problem is in the body. */
  line?: number;
  message: string;
}

const markerMessage = (found: string) => `berisi "${found}", tanda khusus yang dipakai mesin pembuat situs untuk gambar; hapus atau ubah tulisan itu`;

/** Build markers in the strings (values and keys) of parsed front matter or YAML. */
export function markerProblems(data: unknown): TextProblem[] {
  const out: TextProblem[] = [];
  const walk = (v: unknown, field: string): void => {
    if (typeof v === 'string') {
      const m = MARKER.exec(v);
      if (m) out.push({ field, message: markerMessage(m[0]) });
    } else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${field}[${i}]`);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const sub = field ? `${field}.${k}` : k;
        const m = MARKER.exec(k);
        if (m) out.push({ field: sub, message: markerMessage(m[0]) });
        walk(x, sub);
      }
    }
  };
  walk(data, '');
  return out;
}

const RAW_TEXT_BLOCK = /^\s*<(pre|script|style|textarea)(?=[\s>/]|$)/i;

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { line: number } };
}

/** Problems in a Markdown body; lines count from the body's first line. */
export function bodyProblems(markdown: string): TextProblem[] {
  const out: TextProblem[] = [];
  markdown.split('\n').forEach((text, i) => {
    const m = MARKER.exec(text);
    if (m) out.push({ field: '', line: i + 1, message: markerMessage(m[0]) });
  });
  if (!markdown.includes('<')) return out;
  const root = markdownToMdast(markdown, { features: { frontmatter: false } }) as MdastNode as Node;
  const walk = (n: Node, parent: Node | undefined): void => {
    if (n.type === 'html' && n.value !== undefined) {
      const line = n.position?.start.line;
      const block = parent && parent.type !== 'paragraph' && parent.type !== 'heading' && !/^(emphasis|strong|link|delete|tableCell)$/.test(parent.type);
      const tag = block ? RAW_TEXT_BLOCK.exec(n.value)?.[1] : undefined;
      if (tag && !n.value.includes(`</${tag.toLowerCase()}>`)) {
        out.push({
          field: '',
          line,
          message: `blok <${tag}> tidak ditutup dengan </${tag.toLowerCase()}> (huruf kecil), sehingga sisa tulisan ikut tampil sebagai kode; tulis tag penutupnya </${tag.toLowerCase()}>`,
        });
      }
      const depth = n.value.length > MAX_HTML_DEPTH * 3 ? htmlDepth(n.value) : 0;
      if (depth > MAX_HTML_DEPTH) out.push({ field: '', line, message: tooDeepMessage(depth) });
    }
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(root, undefined);
  return out;
}

/**
 * The picture markers Astro's own Markdown step puts on `<img>` elements it will replace: the
 * only markers a rendered body may hold. (Member text cannot make an `<img` tag: in text `<`
 * is escaped, and raw HTML loses unknown attributes in the sanitizer.)
 */
const OWN_IMAGE_MARKER = /(<img\b[^>]*?)\s__ASTRO_IMAGE_="[^"]*"/g;

/**
 * A build marker in rendered HTML, other than Astro's own picture markers: text that only
 * becomes a marker once rendered (`\_\_ASTRO\_IMAGE\_`, `&#95;`, emphasis) is found here.
 */
export function renderedMarker(html: string): string | undefined {
  return MARKER.exec(html.replace(OWN_IMAGE_MARKER, '$1'))?.[0];
}

/** The message for a marker that only appears once the body is rendered. */
export function renderedMarkerMessage(found: string): string {
  return `isi tulisan, setelah diolah, berisi "${found}", tanda khusus yang dipakai mesin pembuat situs untuk gambar (ditulis dengan garis miring terbalik, entitas HTML atau penekanan); hapus atau ubah tulisan itu`;
}

/**
 * `bodyProblems`, and a marker the body only yields once rendered: the body goes through the
 * Markdown parser and the sanitizer the site uses. For `check`; the build looks at what it
 * rendered itself.
 */
export function checkBody(markdown: string): TextProblem[] {
  const out = bodyProblems(markdown);
  if (out.length > 0 || !/_|&|\\/.test(markdown)) return out;
  // With synchronous plugins only, satteri renders synchronously.
  const { html } = markdownToHtml(markdown, { hastPlugins: [sanitizePlugin], features: { frontmatter: false } }) as { html: string };
  const found = renderedMarker(html);
  if (found) out.push({ field: '', message: renderedMarkerMessage(found) });
  return out;
}
