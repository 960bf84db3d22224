/**
 * Serves a packaged demo fleet on 127.0.0.1 the way it is hosted: every domain-root site
 * (url `https://x.desa.id/`) on its own port at `/`, every subpath site (`…/kim-a/`) under
 * its base path on one shared port. The file serving itself (gzip, 404.html, folder
 * redirects) is the search module's server, reused.
 */
import path from 'node:path';
import { serveSites, type StaticServer } from '../../scripts/lib/search/static-server.ts';
import { fleetSites, type FleetSite } from './fleet.ts';

export interface ServedSite extends FleetSite {
  /** Where the site is served locally, with a trailing slash: http://127.0.0.1:4567/kim-a/ */
  local: string;
}

export interface ServedFleet {
  sites: Map<string, ServedSite>;
  /** The local URL of a site, or of a path inside it (`berita/`). */
  url(slug: string, pagePath?: string): string;
  close(): Promise<void>;
}

/** Serves `dist/<slug>/` for every site of data root `root` (or only `slugs`). */
export async function serveFleet(root: string, dist: string, slugs?: string[]): Promise<ServedFleet> {
  const chosen = fleetSites(root).filter((s) => !slugs || slugs.includes(s.slug));
  const servers: StaticServer[] = [];
  const sites = new Map<string, ServedSite>();
  const subpath = chosen.filter((s) => s.base !== '/');
  if (subpath.length > 0) {
    const srv = await serveSites(subpath.map((s) => ({ base: s.base, dir: path.join(dist, s.slug) })));
    servers.push(srv);
    for (const s of subpath) sites.set(s.slug, { ...s, local: `${srv.origin}${s.base}` });
  }
  for (const s of chosen.filter((x) => x.base === '/')) {
    const srv = await serveSites([{ base: '/', dir: path.join(dist, s.slug) }]);
    servers.push(srv);
    sites.set(s.slug, { ...s, local: `${srv.origin}/` });
  }
  return {
    sites,
    url(slug, pagePath = '') {
      const s = sites.get(slug);
      if (!s) throw new Error(`situs ${slug} tidak dilayani`);
      return new URL(pagePath, s.local).href;
    },
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}
