/**
 * The stylesheet of the CMS preview pane: the theme's own CSS (src/styles/*.css) plus the
 * KIM's colours, so a preview looks like the published page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteColorVars } from '../../../src/lib/warna.ts';
import { projectRoot } from '../paths.ts';

const DEFAULT_COLORS = { utama: '#1d6f42', aksen: '#b7791f' };

/** The theme's global stylesheets, in name order. */
export function themeCss(project = projectRoot): string {
  const dir = path.join(project, 'src/styles');
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => `/* ${f} */\n${fs.readFileSync(path.join(dir, f), 'utf8')}`)
    .join('\n');
}

/** The KIM's colours from pengaturan.yaml, falling back to the schema's defaults. */
export function siteColors(contentDir: string): { utama: string; aksen: string } {
  try {
    const raw = parse(fs.readFileSync(path.join(contentDir, 'pengaturan.yaml'), 'utf8')) as { warna?: Partial<typeof DEFAULT_COLORS> };
    const w = { ...DEFAULT_COLORS, ...(raw?.warna ?? {}) };
    siteColorVars(w); // throws on a malformed colour
    return w;
  } catch {
    return DEFAULT_COLORS;
  }
}

export function previewCss(contentDir: string, project = projectRoot): string {
  const vars = siteColorVars(siteColors(contentDir));
  return [
    themeCss(project),
    `/* Warna KIM ini */\n:root { ${vars}; }`,
    '/* Pratinjau CMS */\nbody { padding: 1rem 0; }\n.pratinjau-catatan { color: var(--teks-lembut, #555); font-style: italic; }',
  ].join('\n\n');
}
