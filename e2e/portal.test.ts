/**
 * The roll-ups on the demo portal's and forum's beranda, followed in Chromium: every member
 * link lands on a real page of that member's site in the built output, with no console error.
 */
import { describe, expect, inject, it } from 'vitest';
import { browseFleet } from '../tests/helpers/browse-fleet.ts';
import { phoneContext } from '../tests/helpers/browser.ts';
import { fleetSites } from '../tests/helpers/fleet.ts';

const root = inject('demoRoot');
const dist = inject('demoDist');
const sites = fleetSites(root);
const env = browseFleet(root, dist);

/** The served address of a public URL of one of the fleet's sites. */
function served(url: string): string {
  const site = [...sites].sort((a, b) => b.url.length - a.url.length).find((s) => url.startsWith(s.url));
  if (!site) throw new Error(`bukan alamat situs armada: ${url}`);
  return env.fleet.url(site.slug, url.slice(site.url.length));
}

for (const jenis of ['portal-kabupaten', 'forum-kecamatan']) {
  const group = sites.find((s) => s.jenis === jenis)!;
  describe(`${group.slug}: roll-up links`, () => {
    it('each lands on a real page of the member’s own site, without console errors', async () => {
      const ctx = await phoneContext(env.browser);
      const errors: string[] = [];
      try {
        const tab = await ctx.newPage();
        tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        tab.on('pageerror', (e) => errors.push(e.message));
        expect((await tab.goto(env.fleet.url(group.slug), { waitUntil: 'load' }))?.status()).toBe(200);
        const links = await tab.$$eval('main a[rel="external"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(links.length).toBeGreaterThan(2);
        const members = new Set(group.anggota);
        for (const href of new Set(links)) {
          const owner = sites.find((s) => href.startsWith(s.url) && s.slug !== group.slug);
          expect(owner && members.has(owner.slug), `${href} is a member's page`).toBe(true);
          const res = await tab.goto(served(href), { waitUntil: 'load' });
          expect(res?.status(), href).toBe(200);
          expect(await tab.locator('h1').count(), href).toBe(1);
        }
      } finally {
        await ctx.close();
      }
      expect(errors).toEqual([]);
    });
  });
}
