/** The nginx config generator, checked by a real `nginx -t` too. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_CSP, siteCsp } from '../../scripts/lib/deploy/headers.ts';
import { nginxConfig } from '../../scripts/lib/deploy/nginx.ts';
import type { DeploySite, Unit } from '../../scripts/lib/deploy/units.ts';
import { nginxTest } from '../helpers/nginx.ts';

const s = (slug: string, url: string, anggota: string[] = []): DeploySite => ({
  slug,
  nama: slug,
  url,
  base: new URL(url).pathname,
  target: 'folder',
  archived: false,
  proyek: slug,
  anggota,
});
const units: Unit[] = [
  {
    name: 'dinas.example',
    target: 'folder',
    rootUrl: 'https://dinas.example/',
    shared: true,
    sites: [s('forum-x', 'https://dinas.example/forum-x/', ['kim-a']), s('kim-b', 'https://dinas.example/kim-b/')],
  },
  { name: 'kim-a', target: 'folder', rootUrl: 'https://kim-a.desa.id/', shared: false, sites: [s('kim-a', 'https://kim-a.desa.id/')] },
];
const opts = { listen: '127.0.0.1:8089', liveDir: '/srv/simpul', brotli: false, imageOrigins: { 'forum-x': ['https://kim-a.desa.id'] } };

describe('nginx config', () => {
  const conf = nginxConfig(units, opts);

  it('one server per host, one location per subpath, served from the unit’s current release', () => {
    expect(conf.match(/^server \{/gm)).toHaveLength(2);
    expect(conf).toContain('server_name dinas.example;');
    expect(conf).toContain('server_name kim-a.desa.id;');
    expect(conf).toContain('root /srv/simpul/dinas.example/current;');
    expect(conf).toContain('root /srv/simpul/kim-a/current;');
    for (const l of ['location / {', 'location /forum-x/ {', 'location /kim-b/ {', 'location /_simpul/decap/ {', 'location /admin/decap/ {'])
      expect(conf).toContain(l);
  });

  it('each site its own 404 page; long immutable caching only for hashed files; gzip', () => {
    expect(conf).toContain('error_page 404 /forum-x/404.html;');
    expect(conf).toContain('error_page 404 /kim-b/404.html;');
    expect(conf).toContain('error_page 404 /404.html;');
    const loc = (head: string) => conf.slice(conf.indexOf(`location ${head} {`)).split('}')[0]!;
    for (const h of ['/kim-b/_astro/', '/kim-b/pagefind/fragment/', '/kim-b/pagefind/index/', '/_astro/']) expect(loc(h)).toContain('immutable');
    expect(loc('/kim-b/')).toContain('max-age=300');
    expect(loc('/kim-b/')).not.toContain('immutable');
    expect(conf).toContain('gzip on;');
    expect(conf).not.toMatch(/^\s*brotli/m);
    expect(nginxConfig(units, { ...opts, brotli: true })).toContain('brotli on;');
  });

  it('site pages get the sites’ policy (a forum’s with its members’ images), admin/ the stricter one', () => {
    const loc = (head: string) => conf.slice(conf.indexOf(`location ${head} {`)).split('}')[0]!;
    expect(loc('/forum-x/')).toContain(siteCsp(['https://kim-a.desa.id']));
    expect(loc('/forum-x/')).toContain('https://kim-a.desa.id');
    expect(loc('/kim-b/')).toContain(`"${siteCsp()}"`);
    expect(loc('/kim-b/admin/')).toContain(`"${ADMIN_CSP}"`);
    expect(ADMIN_CSP).toContain("frame-ancestors 'none'");
    expect(ADMIN_CSP).toContain("object-src 'none'");
  });

  it('passes nginx -t', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-nginx-t-'));
    fs.writeFileSync(path.join(dir, 'simpul.conf'), conf);
    expect(nginxTest(dir, path.join(dir, 'simpul.conf'))).toContain('test is successful');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
