/**
 * Runs in the browser on a KIM's /admin/ page, before the Decap CMS bundle. The build
 * bundles this file with esbuild (scripts/lib/cms/admin.ts) and prepends
 * `window.SIMPUL_CMS = {...}` with the Indonesian locale, the KIM's name and its collection
 * names. `CMS` and `h` (React.createElement) are globals set by decap-cms.js.
 */
import { t } from '../i18n/id.ts';
import { placeMissingCaret } from './caret.ts';
import { photoComponent, relabelCloseButtons, type EditorComponent } from './indonesian.ts';
import { createPreviews, type H, type PreviewProps } from './previews.ts';
import { prune } from './prune.ts';

interface SimpulCms {
  siteName: string;
  locale: Record<string, unknown>;
  previewCss: string;
  /** Content type name → this KIM's collection name. */
  collections: Record<string, string>;
}

interface ImmutableMap {
  get(key: string): unknown;
  has(key: string): boolean;
  set(key: string, value: unknown): ImmutableMap;
}

interface DecapCms {
  registerLocale(name: string, phrases: Record<string, unknown>): void;
  registerPreviewStyle(href: string): void;
  registerEditorComponent(component: EditorComponent): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: { name: string; handler: (ev: { entry: ImmutableMap }) => unknown }): void;
  init(): void;
}

declare global {
  interface Window {
    SIMPUL_CMS: SimpulCms;
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: H;
  }
}

const simpul = window.SIMPUL_CMS;
// We register the locale, previews and hooks first, then start Decap ourselves.
window.CMS_MANUAL_INIT = true;

function setup(cms: DecapCms, h: H): void {
  relabelCloseButtons(document);
  placeMissingCaret(document);
  cms.registerLocale('id', simpul.locale);
  cms.registerEditorComponent(photoComponent(h));
  cms.registerPreviewStyle(simpul.previewCss);
  const previews = createPreviews(h, simpul.siteName);
  for (const [type, component] of Object.entries(previews)) {
    const collection = simpul.collections[type];
    if (collection) cms.registerPreviewTemplate(collection, component);
  }
  cms.registerEventListener({
    name: 'preSave',
    handler: (ev) => {
      const data = ev.entry.get('data') as ImmutableMap;
      const cleaned = prune(data) as ImmutableMap;
      // The body is the Markdown text, not front matter: keep it even when empty.
      return data.has('body') ? cleaned.set('body', data.get('body') || '') : cleaned;
    },
  });
  cms.init();
}

document.addEventListener('DOMContentLoaded', () => {
  if (!window.CMS || !window.h) {
    document.body.textContent = t.cms.gagalMuat;
    return;
  }
  setup(window.CMS, window.h);
});
