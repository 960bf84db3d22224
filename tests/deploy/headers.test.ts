/**
 * The header policies against what the built pages need: a browser enforces the header and
 * the page's own meta policy together, so the header must allow every source that any built
 * page's meta allows, or the page breaks on the host but not in a local preview.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ADMIN_CSP, cloudflareHeaders, siteCsp } from '../../scripts/lib/deploy/headers.ts';
import { listFiles } from '../helpers/data-root.ts';
import { fleetSites } from '../helpers/fleet.ts';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...src]) => [name!, new Set(src)]),
  );

describe('CSP headers', () => {
  it('every built page’s meta policy is within its site’s header policy', () => {
    const root = inject('demoRoot');
    const dist = inject('demoDist');
    const sites = fleetSites(root);
    let checked = 0;
    for (const s of sites) {
      const members = s.anggota
        .map((m) => sites.find((x) => x.slug === m)!)
        .map((x) => new URL(x.url).origin)
        .filter((o) => o !== new URL(s.url).origin);
      const header = directives(siteCsp(members));
      for (const f of listFiles(path.join(dist, s.slug)).filter((x) => x.endsWith('.html') && !x.startsWith('admin/'))) {
        const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(fs.readFileSync(path.join(dist, s.slug, f), 'utf8'))?.[1];
        if (!meta) continue;
        for (const [name, src] of directives(meta.replace(/&#39;/g, "'"))) {
          const allowed = header.get(name) ?? header.get('default-src')!;
          for (const v of src) expect(allowed.has(v), `${s.slug}/${f}: ${name} ${v}`).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('admin/ may not be framed at all; site pages only by themselves', () => {
    expect(directives(ADMIN_CSP).get('frame-ancestors')).toEqual(new Set(["'none'"]));
    expect(directives(siteCsp()).get('frame-ancestors')).toEqual(new Set(["'self'"]));
    expect(directives(ADMIN_CSP).get('object-src')).toEqual(new Set(["'none'"]));
  });

  it('Cloudflare _headers: the admin rule detaches the site policy; hashed files cached for a year', () => {
    const h = cloudflareHeaders();
    expect(h).toContain(`/*\n  Content-Security-Policy: ${siteCsp()}`);
    expect(h).toContain(`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${ADMIN_CSP}`);
    expect(h).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
