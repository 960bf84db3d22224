/**
 * Decap CMS for KIM members: the seam with the build's packaging step.
 *
 * After packaging, the build calls `writeAdmin` for every packaged site (writes
 * `dist/<slug>/admin/`) and `writeSharedBundles` once with those sites (one copy of the
 * Decap bundle per origin, see bundle.ts). `cmsPostStep` does both.
 */
import type { PostStep } from '../pipeline.ts';
import { writeAdmin } from './admin.ts';
import { writeSharedBundles } from './bundle.ts';

export { writeAdmin, renderAdmin } from './admin.ts';
export { writeSharedBundles, bundlePlacement } from './bundle.ts';
export { decapConfig, collectionName } from './config.ts';

/**
 * The build's post step: `addPostStep(cmsPostStep)` in post-steps.ts. It runs beside the
 * search index, which never reads `admin/` (the page is marked `data-pagefind-ignore` too).
 */
export const cmsPostStep: PostStep = {
  name: 'halaman kelola (CMS)',
  async run(sites, ctx) {
    for (const s of sites) {
      await writeAdmin({ siteDir: s.dir, distDir: ctx.root.distDir, site: s.site, root: ctx.root.root });
    }
    await writeSharedBundles({ distDir: ctx.root.distDir, sites: sites.map((s) => s.site) });
  },
};
