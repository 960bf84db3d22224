/**
 * The CMS preview against the published page. The admin script is bundled exactly as the
 * build ships it, run in a VM with a stand-in for Decap's `CMS` registry and Decap's own
 * React, and its previews rendered for real demo entries. Their date, price and labels must
 * read as on the theme's page built from the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fromJS } from 'immutable';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { renderAdmin } from '../../scripts/lib/cms/admin.ts';
import { collectionName } from '../../scripts/lib/cms/config.ts';
import { parseFrontmatter, parseYaml } from '../../scripts/lib/frontmatter.ts';
import { siteSchema } from '../../src/schemas/index.ts';
import { attr, findAll, parseHtml, textOf } from '../helpers/html.ts';

const root = inject('demoRoot');
const dist = inject('demoDist');
const SLUG = 'kim-argosari';

type Preview = (props: unknown) => unknown;
let templates: Map<string, Preview>;
let script: string;

/** Runs simpul-cms.js as the browser would, and returns what it registered with Decap. */
/** The admin script relabels Decap's notifications as they appear; this stand-in page has none. */
class StandInObserver {
  observe(): void {}
}

function runAdminScript(code: string): { templates: Map<string, Preview>; inited: boolean; body: { textContent: string } } {
  const registered = new Map<string, Preview>();
  let inited = false;
  let onReady: (() => void) | undefined;
  const body = { textContent: '' };
  const CMS = {
    registerLocale: () => {},
    registerPreviewStyle: () => {},
    registerEditorComponent: () => {},
    registerPreviewTemplate: (name: string, c: Preview) => registered.set(name, c),
    registerEventListener: () => {},
    init: () => {
      inited = true;
    },
  };
  const window: Record<string, unknown> = { CMS, h: createElement };
  const document = { body, addEventListener: (ev: string, f: () => void) => ev === 'DOMContentLoaded' && (onReady = f) };
  const ctx = vm.createContext({ window, document, Intl, Date, Number, Object, Array, String, Math, JSON, MutationObserver: StandInObserver });
  window.document = document;
  vm.runInContext(code, ctx);
  onReady?.();
  return { templates: registered, inited, body };
}

function entryProps(file: string) {
  const { data } = parseFrontmatter(fs.readFileSync(file, 'utf8'));
  return {
    entry: fromJS({ data }),
    getAsset: (p: string) => ({ toString: () => p }),
    widgetFor: () => null,
  };
}

function render(type: string, file: string): Root {
  const component = templates.get(collectionName(SLUG, type));
  if (!component) throw new Error(`no preview for ${type}`);
  return parseHtml(renderToStaticMarkup(component(entryProps(file))));
}

const page = (type: string, name: string): Root => parseHtml(fs.readFileSync(path.join(dist, SLUG, type, name, 'index.html'), 'utf8'));
const byClass = (cls: string) => (e: Element) => (attr(e, 'class') ?? '').split(' ').includes(cls);
const article = (tree: Root): Element => {
  const found = findAll(tree, (el) => el.tagName === 'article' && byClass('artikel')(el));
  expect(found).toHaveLength(1);
  return found[0]!.el;
};
/** Texts of the matching elements, leaving out the Markdown body (Decap renders it itself). */
const textsOf = (el: Element, test: (e: Element) => boolean) =>
  findAll({ type: 'root', children: [el] }, test)
    .filter((f) => !f.ancestors.some(byClass('artikel-isi')))
    .map((f) => textOf(f.el));
const byTag = (tag: string) => (e: Element) => e.tagName === tag;

beforeAll(async () => {
  const site = siteSchema().parse(parseYaml(fs.readFileSync(path.join(root, 'sites', SLUG, 'site.yaml'), 'utf8')));
  script = (await renderAdmin({ site, root, bundleUrl: 'decap/decap-cms.js' }))['simpul-cms.js'];
  templates = runAdminScript(script).templates;
});

describe('the CMS preview reads as the published page', () => {
  it('ships a small bundle: the label tables without zod', () => {
    expect(script.length).toBeLessThan(60_000);
    expect(script).not.toContain('ZodError');
    expect(script).toContain('Ekonomi & UMKM');
  });

  it('registers a preview for berita, potensi and produk and starts Decap', () => {
    const run = runAdminScript(script);
    expect([...run.templates.keys()].sort()).toEqual(['berita', 'potensi', 'produk'].map((t) => collectionName(SLUG, t)).sort());
    expect(run.inited).toBe(true);
  });

  it('berita: title and the date · category · author line', () => {
    const file = path.join(root, 'content', SLUG, 'berita', 'harga-kentang-panen-raya.md');
    const preview = article(render('berita', file));
    const theme = article(page('berita', 'harga-kentang-panen-raya'));
    expect(textsOf(preview, byTag('h1'))).toEqual(textsOf(theme, byTag('h1')));
    const meta = textsOf(theme, byClass('meta'));
    expect(meta[0]).toMatch(/^[A-Z][a-z]+, 13 Januari 2026 · /); // weekday, as the page shows it
    expect(textsOf(preview, byClass('meta'))).toEqual([meta[0]]);
  });

  it('potensi: category, "Unggulan", photo, location and contact headings and the WhatsApp label', () => {
    const file = path.join(root, 'content', SLUG, 'potensi', 'puncak-b29.md');
    const preview = article(render('potensi', file));
    const theme = article(page('potensi', 'puncak-b29'));
    for (const pick of [byTag('h1'), byTag('h2'), byClass('meta'), byClass('ringkasan'), byClass('tombol-wa')]) {
      expect(textsOf(preview, pick)).toEqual(textsOf(theme, pick));
    }
    expect(textsOf(preview, byTag('h2'))).toEqual(['Foto', 'Lokasi', 'Narahubung']);
  });

  it('produk: category, the price per unit, seller and the order button', () => {
    const file = path.join(root, 'content', SLUG, 'produk', 'kentang-granola.md');
    const preview = article(render('produk', file));
    const theme = article(page('produk', 'kentang-granola'));
    for (const pick of [byTag('h1'), byClass('meta'), byTag('dt'), byTag('dd'), byClass('tombol-wa'), byClass('ringkasan')]) {
      expect(textsOf(preview, pick)).toEqual(textsOf(theme, pick));
    }
    expect(textsOf(preview, byClass('harga'))).toEqual(['Rp 12.000/kg']);
  });
});
