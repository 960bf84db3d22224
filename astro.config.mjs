// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizePlugin } from './src/lib/sanitize.ts';

// One Astro build renders a group of KIM sites under `/<slug>/…`; the build driver
// (scripts/build.ts) chooses which, and packages each into `dist/<slug>/`.
const outDir = process.env.SIMPUL_OUT ?? './.simpul/astro-out';
const cacheDir = process.env.SIMPUL_CACHE ?? './node_modules/.astro';

export default defineConfig({
  output: 'static',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  integrations: [mdx()],
  markdown: {
    // Front matter is split off by our own reader (src/lib/content-loader.ts) before the body
    // gets here: a `---` block in the body is text, as `check` reads it, not a second front matter.
    processor: satteri({ hastPlugins: [sanitizePlugin], features: { frontmatter: false } }),
  },
  image: {
    // Member photos are local files; nothing is fetched from other hosts.
    domains: [],
  },
});
