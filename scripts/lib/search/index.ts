/**
 * Search indexing for the fleet, in one process and one call for every changed site: each
 * packaged site gets `<dir>/pagefind/` (Indonesian stemming, Component UI only). A
 * forum's or portal's index also holds its member KIMs' pages.
 */
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { isGroup, membersOf } from '../../../src/lib/membership.ts';
import { basePath } from '../../../src/lib/urls.ts';
import type { SiteConfig } from '../../../src/schemas/index.ts';
import type { PostStep } from '../pipeline.ts';
import { forumRecords, type ForumPart } from './forum-index.ts';
import { closeIndexers, writeSiteIndex, type IndexRecord } from './index-site.ts';
import { readSitePages } from './pages.ts';

export interface SearchSite {
  slug: string;
  /** The packaged site folder, `dist/<slug>/`. */
  dir: string;
  site: SiteConfig;
  /** URL path prefix of the site: `/` or `/kim-x/`. */
  base: string;
}

export interface IndexSitesOptions {
  /** A forum's member sites, already packaged. Without it, forums index only their own pages. */
  members?: (forumSlug: string) => SearchSite[];
  /** Indexers working at once (each a Pagefind helper on one core); default: one per core, up to 4. */
  concurrency?: number;
  /** Warnings (a member without a built site); default console.warn. */
  warn?: (line: string) => void;
}

export interface IndexedSite {
  slug: string;
  /** Pages in the index (for a forum, members' pages included). */
  pages: number;
  ms: number;
}

function recordsFor(s: SearchSite, opts: IndexSitesOptions): IndexRecord[] {
  const own = readSitePages(s.dir);
  if (!isGroup(s.site)) return own.map((p) => ({ url: s.base + p.rel, html: p.html }));
  const parts: ForumPart[] = [{ nama: s.site.nama, pages: own, url: (rel) => s.base + rel, absolute: false }];
  for (const m of opts.members?.(s.slug) ?? []) {
    const pages = readSitePages(m.dir);
    if (pages.length === 0) {
      (opts.warn ?? console.warn)(`  ! ${s.slug}: situs anggota ${m.slug} belum dibangun, halamannya belum bisa dicari dari forum`);
      continue;
    }
    parts.push({ nama: m.site.nama, pages, url: (rel) => new URL(rel, m.site.url).href, absolute: true });
  }
  return forumRecords(parts);
}

export async function indexSites(sites: SearchSite[], opts: IndexSitesOptions = {}): Promise<IndexedSite[]> {
  // One indexer per core, each on its own queue of sites.
  const free = Array.from({ length: Math.max(1, opts.concurrency ?? Math.min(4, os.availableParallelism())) }, (_, i) => i);
  const limit = pLimit(free.length);
  try {
    return await Promise.all(
      sites.map((s) =>
        limit(async () => {
          const slot = free.pop()!;
          try {
            const t0 = performance.now();
            const pages = await writeSiteIndex(recordsFor(s, opts), s.dir, slot);
            return { slug: s.slug, pages, ms: performance.now() - t0 };
          } finally {
            free.push(slot);
          }
        }),
      ),
    );
  } finally {
    await closeIndexers();
  }
}

/** The build driver's step after packaging: index every freshly built site. */
export const searchStep: PostStep = {
  name: 'Indeks pencarian',
  async run(packaged, { root, allValid }) {
    const validSites = [...allValid.values()];
    const members = (forumSlug: string): SearchSite[] =>
      membersOf(allValid.get(forumSlug) ?? { slug: forumSlug }, validSites).flatMap((slug) => {
        const site = allValid.get(slug);
        if (!site) {
          console.warn(`  ! ${forumSlug}: situs anggota ${slug} tidak valid atau tidak ada, halamannya tidak masuk pencarian forum`);
          return [];
        }
        return [{ slug, dir: path.join(root.distDir, slug), site, base: basePath(site) }];
      });
    await indexSites(
      packaged.map((p) => ({ slug: p.slug, dir: p.dir, site: p.site, base: p.base })),
      { members },
    );
  },
};
