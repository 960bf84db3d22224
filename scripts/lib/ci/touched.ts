/**
 * Which KIM sites a pull request's changes affect, so CI builds only those. A change to
 * `content/<slug>/` or `sites/<slug>/` touches that site (the build takes its forums along);
 * a change to what every site is made of (theme, scripts, dependencies) touches all of them;
 * documentation and CI files touch none.
 */
import type { FleetSite } from '../fleet.ts';

export interface Touched {
  /** True when shared build inputs changed: every site needs a build. */
  all: boolean;
  /** Active sites touched directly, sorted. */
  sites: string[];
}

const SITE_FILE = /^(?:content|sites)\/([^/]+)\/./;
/** Shared inputs of every site's build (what themeHash in hash.ts covers, plus the build scripts). */
const SHARED = [/^src\//, /^public\//, /^scripts\//, /^astro\.config\.mjs$/, /^package(-lock)?\.json$/, /^tsconfig\.json$/];

export function touchedSites(files: string[], fleet: FleetSite[]): Touched {
  const active = new Set(fleet.filter((s) => !s.archived).map((s) => s.slug));
  const sites = new Set<string>();
  let all = false;
  for (const raw of files) {
    const f = raw.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    const m = SITE_FILE.exec(f);
    if (m && !f.split('/').includes('..')) {
      // A deleted or archived site has nothing to build.
      if (active.has(m[1]!)) sites.add(m[1]!);
    } else if (SHARED.some((re) => re.test(f))) all = true;
  }
  return { all, sites: [...sites].sort() };
}
