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
    processor: satteri({ hastPlugins: [sanitizePlugin] }),
  },
  image: {
    // Member photos are local files; nothing is fetched from other hosts.
    domains: [],
  },
});
