/**
 * The GitHub login Worker (oauth/worker.ts) in workerd, through miniflare, against a
 * stand-in for GitHub's token endpoint on 127.0.0.1. Real GitHub and Cloudflare are not
 * reachable from here; docs/cms-backend.md says so.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPATIBILITY_DATE, WORKER_FILE } from '../../scripts/lib/oauth/config.ts';

const PROXY = 'http://127.0.0.1:8787';
const SITE = 'https://kim-argosari.desa.id';
const CLIENT_SECRET = 'rahasia-uji-123';
const TOKEN = 'gho_tokenUjiSimpul';

interface TokenRequest {
  client_id: string;
  client_secret: string;
  code: string;
  code_verifier: string;
  redirect_uri: string;
}
const tokenRequests: TokenRequest[] = [];
let github: http.Server;
let mf: Miniflare;

/** GitHub's token endpoint, as documented: JSON with `access_token` or with `error`. */
function startGithub(): Promise<string> {
  github = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(body)) as unknown as TokenRequest;
      tokenRequests.push(form);
      res.writeHead(200, { 'content-type': 'application/json' });
      if (form.client_secret !== CLIENT_SECRET) return res.end(JSON.stringify({ error: 'incorrect_client_credentials' }));
      if (form.code !== 'kode-baik')
        return res.end(JSON.stringify({ error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' }));
      res.end(JSON.stringify({ access_token: TOKEN, token_type: 'bearer', scope: 'repo' }));
    });
  });
  return new Promise((resolve) => github.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(github.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  const githubUrl = await startGithub();
  const bundled = await build({ entryPoints: [WORKER_FILE], bundle: true, write: false, format: 'esm', platform: 'neutral', target: 'es2022' });
  mf = new Miniflare({
    modules: true,
    script: bundled.outputFiles[0]!.text,
    compatibilityDate: COMPATIBILITY_DATE,
    bindings: {
      GITHUB_CLIENT_ID: 'Iv1.uji',
      GITHUB_CLIENT_SECRET: CLIENT_SECRET,
      ALLOWED_ORIGINS: `${SITE},https://kim-lumajang.github.io`,
      GITHUB_AUTHORIZE_URL: `${githubUrl}/login/oauth/authorize`,
      GITHUB_TOKEN_URL: `${githubUrl}/login/oauth/access_token`,
    },
  });
  await mf.ready;
});
afterAll(async () => {
  await mf?.dispose();
  github?.close();
});

const get = (path: string, cookie?: string) => mf.dispatchFetch(`${PROXY}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

/** Starts a login as Decap's popup does; returns GitHub's authorize URL and the cookie. */
async function startLogin(siteId = 'kim-argosari.desa.id') {
  const res = await get(`/auth?provider=github&site_id=${siteId}&scope=repo`);
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location')!);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { location, cookie, setCookie: res.headers.get('set-cookie')! };
}

/** The two messages the popup page posts to the site, and to which origin. */
function popupMessages(html: string) {
  const origins = JSON.parse(/var origins = (\[.*?\]);/.exec(html)?.[1] ?? 'null') as string[] | null;
  const message = JSON.parse(/var message = (".*?");/.exec(html)?.[1] ?? 'null') as string | null;
  return { origins, message };
}

describe('GitHub login Worker', () => {
  it('happy path: state + PKCE to GitHub, token posted only to the KIM site', async () => {
    const { location, cookie, setCookie } = await startLogin();
    expect(location.pathname).toBe('/login/oauth/authorize');
    const q = location.searchParams;
    expect(q.get('client_id')).toBe('Iv1.uji');
    expect(q.get('redirect_uri')).toBe(`${PROXY}/callback`);
    expect(q.get('scope')).toBe('repo');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('state')).toMatch(/^[\w-]{43}$/);
    expect(setCookie).toMatch(/^__Host-simpul-oauth=.+; Path=\/; Secure; HttpOnly; SameSite=Lax; Max-Age=600$/);
    // The client secret never travels in the cookie (only an HMAC made with it).
    expect(decodeURIComponent(cookie)).not.toContain(CLIENT_SECRET);

    const before = tokenRequests.length;
    const res = await get(`/callback?code=kode-baik&state=${q.get('state')}`, cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('set-cookie')).toContain('Max-Age=0');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[\w-]+'/);
    expect(html).toContain('Login berhasil');

    const sent = tokenRequests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ client_id: 'Iv1.uji', client_secret: CLIENT_SECRET, code: 'kode-baik', redirect_uri: `${PROXY}/callback` });
    // The verifier sent to GitHub matches the challenge GitHub was shown.
    expect(createHash('sha256').update(sent[0]!.code_verifier).digest('base64url')).toBe(q.get('code_challenge'));

    // Decap's handshake: the message names the provider and carries the token, for this site only.
    const { origins, message } = popupMessages(html);
    expect(origins).toEqual([SITE]);
    expect(message).toBe(`authorization:github:success:${JSON.stringify({ token: TOKEN, provider: 'github' })}`);
    expect(html).toContain("window.opener.postMessage('authorizing:github', origin)");
    expect(html).toContain("if (origins.indexOf(e.origin) < 0 || e.data !== 'authorizing:github') return;");
    expect(html).toContain('window.opener.postMessage(message, e.origin)');
    expect(html).not.toContain("'*'");
  });

  it('refuses a site that is not ours: no redirect, no cookie, Indonesian message', async () => {
    for (const siteId of ['evil.example', 'kim-argosari.desa.id.evil.example', '']) {
      const res = await get(`/auth?provider=github&site_id=${encodeURIComponent(siteId)}&scope=repo`);
      expect(res.status).toBe(403);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.get('set-cookie') ?? '').not.toContain('simpul-oauth=ey');
      const html = await res.text();
      expect(html).toContain('Situs ini tidak terdaftar untuk login lewat layanan ini.');
      expect(html).not.toContain('postMessage');
    }
  });

  it('refuses a callback with a missing or forged state, without asking GitHub', async () => {
    const { location, cookie } = await startLogin();
    const state = location.searchParams.get('state')!;
    const before = tokenRequests.length;
    const [name, value] = cookie.split('=') as [string, string];
    const [payload, sig] = value.split('.') as [string, string];
    const forgedPayload = Buffer.from(JSON.stringify({ state: 'x', verifier: 'y', origins: ['https://evil.example'], scope: 'repo' })).toString('base64url');
    const cases: [string, string | undefined][] = [
      [`/callback?code=kode-baik&state=${state}`, undefined], // no cookie: another browser
      [`/callback?code=kode-baik`, cookie], // no state
      [`/callback?code=kode-baik&state=${state.slice(0, -2)}xx`, cookie], // another state
      [`/callback?code=kode-baik&state=x`, `${name}=${forgedPayload}.${sig}`], // cookie rewritten
      [`/callback?code=kode-baik&state=${state}`, `${name}=${payload}.${sig.slice(0, -2)}xx`], // signature forged
    ];
    for (const [path, c] of cases) {
      const res = await get(path, c);
      expect(res.status, path).toBe(403);
      const html = await res.text();
      expect(html).toContain('Permintaan login tidak sah atau sudah kedaluwarsa.');
      expect(html).not.toContain('postMessage');
      expect(html).not.toContain(TOKEN);
    }
    expect(tokenRequests.length).toBe(before);
  });

  it('shows an error from GitHub to the member in Indonesian, and tells Decap the same', async () => {
    const expired = await startLogin();
    const res = await get(`/callback?code=kode-lama&state=${expired.location.searchParams.get('state')}`, expired.cookie);
    expect(res.status).toBe(502);
    const html = await res.text();
    const text = 'Kode login dari GitHub sudah kedaluwarsa atau sudah dipakai. Tutup jendela ini, lalu coba masuk lagi.';
    expect(html).toContain(text);
    expect(popupMessages(html)).toEqual({ origins: [SITE], message: `authorization:github:error:${JSON.stringify({ message: text })}` });
    expect(html).not.toContain('incorrect or expired');

    const denied = await startLogin('kim-lumajang.github.io');
    const res2 = await get(
      `/callback?error=access_denied&error_description=The+user+has+denied&state=${denied.location.searchParams.get('state')}`,
      denied.cookie,
    );
    const html2 = await res2.text();
    expect(html2).toContain('Login dibatalkan di GitHub.');
    expect(popupMessages(html2).origins).toEqual(['https://kim-lumajang.github.io']);
  });

  it('uses the test endpoints only on 127.0.0.1, and needs its secrets', async () => {
    const bundled = await build({ entryPoints: [WORKER_FILE], bundle: true, write: false, format: 'esm', platform: 'neutral' });
    const other = new Miniflare({
      modules: true,
      script: bundled.outputFiles[0]!.text,
      compatibilityDate: COMPATIBILITY_DATE,
      bindings: { GITHUB_CLIENT_ID: 'Iv1.uji', GITHUB_CLIENT_SECRET: 's', ALLOWED_ORIGINS: SITE, GITHUB_AUTHORIZE_URL: 'https://evil.example/authorize' },
    });
    const noSecret = new Miniflare({
      modules: true,
      script: bundled.outputFiles[0]!.text,
      compatibilityDate: COMPATIBILITY_DATE,
      bindings: { ALLOWED_ORIGINS: SITE },
    });
    try {
      const res = await other.dispatchFetch(`${PROXY}/auth?provider=github&site_id=kim-argosari.desa.id`, { redirect: 'manual' });
      expect(new URL(res.headers.get('location')!).origin).toBe('https://github.com');
      const res2 = await noSecret.dispatchFetch(`${PROXY}/auth?provider=github&site_id=kim-argosari.desa.id`, { redirect: 'manual' });
      expect(res2.status).toBe(500);
      expect(await res2.text()).toContain('Layanan login belum selesai diatur');
    } finally {
      await Promise.all([other.dispose(), noSecret.dispose()]);
    }
  });
});
