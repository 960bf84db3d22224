import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenLocale, localeId, type LocaleTree } from '../../scripts/lib/cms/locale-id.ts';

/** Decap's English locale, from the decap-cms-locales package decap-cms depends on. */
async function englishLocale(): Promise<Map<string, string>> {
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve('decap-cms-locales/package.json', { paths: [require.resolve('decap-cms')] }));
  const mod = (await import(pathToFileURL(path.join(pkg, 'src/en/index.js')).href)) as { default: LocaleTree };
  return flattenLocale(mod.default);
}

const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Indonesian Decap locale', () => {
  it('covers at least 95% of the English locale’s keys', async () => {
    const en = await englishLocale();
    const id = flattenLocale(localeId);
    expect(en.size).toBeGreaterThan(200);
    const covered = [...en.keys()].filter((k) => id.has(k) && id.get(k)!.trim() !== '');
    const missing = [...en.keys()].filter((k) => !id.has(k));
    expect(covered.length / en.size, `belum diterjemahkan: ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('has no keys Decap does not know (typos would silently fall back to English)', async () => {
    const en = await englishLocale();
    const unknown = [...flattenLocale(localeId).keys()].filter((k) => !en.has(k));
    expect(unknown).toEqual([]);
  });

  it('keeps every %{placeholder} of the English string', async () => {
    const en = await englishLocale();
    // Left out on purpose: the widget's internal name (string, datetime, …) read aloud to members.
    const dropped: Record<string, string[]> = { 'editor.editorControl.field.widgetLabel': ['widgetLabel'] };
    for (const [k, v] of flattenLocale(localeId)) {
      // Indonesian has one plural form: `smart_count` may be used once instead of per form.
      const expected = [...new Set(placeholders(en.get(k)!))].filter((p) => !dropped[k]?.includes(p)).sort();
      expect(placeholders(v), k).toEqual(expected);
    }
  });

  it('is actually translated, not English copied over', async () => {
    const en = await englishLocale();
    const same = [...flattenLocale(localeId)].filter(([k, v]) => en.get(k) === v).map(([k]) => k);
    // Strings that are the same in both languages: a product name, a bare placeholder.
    expect(same.sort()).toEqual(['editor.editorToolbar.status', 'ui.toast.onFailToAuth', 'workflow.workflowCard.lastChangeNoAuthor'].sort());
  });

  it('speaks to members in plain words', () => {
    const id = flattenLocale(localeId);
    expect(id.get('editor.editorToolbar.publish')).toBe('Terbitkan');
    expect(id.get('auth.login')).toBe('Masuk');
    for (const [k, v] of id) expect(v, k).not.toMatch(/\b(entry|entries|commit|branch|backend|repository)\b/i);
  });
});
