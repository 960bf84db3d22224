/**
 * The pictures a Markdown body shows: `![alt](path)` and `![alt][ref]` with its definition.
 * Astro resolves them at build time, and a missing file stops the build, so validation checks
 * them first. The body is parsed by satteri, the parser Astro itself uses here, so code,
 * comments and raw HTML count exactly as they do on the page. (Astro leaves a raw `<img>`
 * alone: it cannot stop the build.)
 */
import { markdownToMdast, type MdastNode } from 'satteri';

interface Node {
  type: string;
  url?: string;
  identifier?: string;
  children?: Node[];
}

export function bodyImages(markdown: string): string[] {
  // Most entries have no picture in their text: skip the parse for them.
  if (!markdown.includes('![')) return [];
  const root = markdownToMdast(markdown, { features: { frontmatter: false }, position: false }) as MdastNode as Node;
  const definitions = new Map<string, string>();
  const images: string[] = [];
  const refs: string[] = [];
  const walk = (n: Node): void => {
    if (n.type === 'image' && n.url) images.push(n.url);
    else if (n.type === 'imageReference' && n.identifier) refs.push(n.identifier);
    else if (n.type === 'definition' && n.identifier && n.url !== undefined) definitions.set(n.identifier, n.url);
    n.children?.forEach(walk);
  };
  walk(root);
  const found = [...images, ...refs.flatMap((id) => definitions.get(id) ?? [])];
  return [...new Set(found.map((s) => s.trim()).filter(Boolean))];
}
