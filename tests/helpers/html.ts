/**
 * Reading built HTML as a tree (rehype-parse), for tests that check elements and attributes
 * instead of matching text.
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse);

export function parseHtml(html: string): Root {
  return parser.parse(html);
}

/** An element with its ancestor elements (outermost first). */
export interface Found {
  el: Element;
  ancestors: Element[];
}

/** Every element matching `test`, in document order. `<template>` contents are skipped. */
export function findAll(tree: Root, test: (el: Element) => boolean): Found[] {
  const out: Found[] = [];
  const walk = (nodes: RootContent[], ancestors: Element[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (test(node)) out.push({ el: node, ancestors });
      walk(node.children, [...ancestors, node]);
    }
  };
  walk(tree.children, []);
  return out;
}

/** An attribute as text (hast stores `class`, `srcset`… as arrays or numbers). */
export function attr(el: Element, name: string): string | undefined {
  const wanted = name === 'class' ? 'classname' : name.toLowerCase().replace(/-/g, '');
  const key = Object.keys(el.properties).find((k) => k.toLowerCase() === wanted);
  const v = key === undefined ? undefined : el.properties[key];
  if (v === undefined || v === null || v === false) return undefined;
  // Space-separated lists (class) vs comma-separated ones (srcset, sizes).
  if (Array.isArray(v)) return v.join(wanted === 'classname' ? ' ' : ', ');
  return String(v);
}

/** The URLs of a `srcset`, without their width/density descriptors. */
export function srcsetUrls(srcset: string | undefined): string[] {
  if (!srcset) return [];
  return srcset
    .split(',')
    .map((s) => s.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

/** The text inside an element, whitespace collapsed as a reader sees it. */
export function textOf(el: Element | Root): string {
  const parts: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'text') parts.push(n.value);
      else if (n.type === 'element' && n.tagName !== 'template') walk(n.children);
    }
  };
  walk(el.children);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
