/**
 * Decap strings that its locale cannot reach: the body editor's photo block (it says "Image",
 * "Alt Text" and "Title" whatever the locale) and the notification close button ("close").
 */
import type { H } from './previews.ts';

interface ImmutableField {
  get(key: string): unknown;
}

export interface EditorComponent {
  id: string;
  label: string;
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray | null): Record<string, string | undefined> | null | undefined;
  toBlock(data: Record<string, string | undefined>): string;
  toPreview(
    data: Record<string, string | undefined>,
    getAsset: (path?: string, field?: unknown) => unknown,
    fields?: { find(f: (x: ImmutableField) => boolean): unknown },
  ): unknown;
  fields: Record<string, unknown>[];
}

/** Registering the same id again replaces Decap's image block; the Markdown it reads and writes is unchanged. */
export function photoComponent(h: H): EditorComponent {
  return {
    id: 'image',
    label: 'Foto',
    pattern: /^!\[([^\]]*)\]\((.*?)(\s"([^"]*)")?\)/,
    fromBlock: (match) => match && { image: match[2], alt: match[1], title: match[4] },
    toBlock: (d) => {
      const title = d.title ? ` "${d.title.replace(/"/g, '\\"')}"` : '';
      return `![${d.alt ?? ''}](${d.image ?? ''}${title})`;
    },
    toPreview: (d, getAsset, fields) => {
      const imageField = fields?.find((f) => f.get('widget') === 'image');
      return h('img', { src: getAsset(d.image, imageField) || '', alt: d.alt ?? '', title: d.title ?? '' });
    },
    fields: [
      { label: 'Foto', name: 'image', widget: 'image', media_library: { allow_multiple: false } },
      { label: 'Keterangan foto', name: 'alt', hint: 'Apa yang terlihat di foto, untuk pembaca yang tidak bisa melihatnya.' },
      { label: 'Judul foto', name: 'title', required: false },
    ],
  };
}

/** react-toastify inside Decap labels its close button "close": relabel it as it appears, for screen readers. */
export function relabelCloseButtons(doc: Document): void {
  new MutationObserver(() => {
    for (const el of doc.querySelectorAll('[aria-label="close"]')) el.setAttribute('aria-label', 'Tutup');
  }).observe(doc.body, { childList: true, subtree: true });
}
