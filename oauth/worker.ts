/**
 * GitHub login for Decap CMS on a free Cloudflare Worker. GitHub's token endpoint has no
 * CORS, so a static admin page cannot swap a login code for a token itself; this Worker does,
 * and hands the token only to the KIM sites listed in ALLOWED_ORIGINS (generated from
 * sites/*\/site.yaml by `npm run oauth:config`).
 *
 * The protocol is Decap's `github` backend with `base_url` (decap-cms-lib-auth's
 * NetlifyAuthenticator):
 *   1. the admin page opens a popup at `<base_url>/auth?provider=github&site_id=<hostname>&scope=repo`
 *      (Decap sends the page's host name without its port);
 *   2. /auth checks the site, sets a signed cookie holding a random `state`, the PKCE
 *      verifier and the allowed origins of that host name, and redirects to GitHub;
 *   3. GitHub sends the member back to /callback?code&state; the cookie must be present,
 *      genuine and carry the same state, or nothing is exchanged;
 *   4. the code is swapped for a token (client secret + PKCE verifier), and the popup page
 *      posts `authorizing:github` to those origins (postMessage drops it for any other),
 *      waits for Decap's echo from one of them, then posts
 *      `authorization:github:success:{"token":…,"provider":"github"}` to that origin only.
 * Errors reach the member in Indonesian, in the popup and through Decap's error message.
 *
 * Secrets: GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET, set with `wrangler secret put`; never
 * in a file. GITHUB_AUTHORIZE_URL and GITHUB_TOKEN_URL exist for local tests only and are
 * honoured only when they point at 127.0.0.1.
 */

/** Only the default export: workerd treats every named export as an entrypoint. */
interface Env {
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  /** Comma-separated origins, e.g. `https://kim-a.desa.id,https://dinas.github.io`. */
  ALLOWED_ORIGINS?: string;
  GITHUB_AUTHORIZE_URL?: string;
  GITHUB_TOKEN_URL?: string;
}

const GITHUB_AUTHORIZE = 'https://github.com/login/oauth/authorize';
const GITHUB_TOKEN = 'https://github.com/login/oauth/access_token';
const COOKIE = '__Host-simpul-oauth';
const COOKIE_MAX_AGE = 600;
/** Scopes Decap's github backend may ask for. */
const SCOPES = new Set(['repo', 'public_repo', 'user', 'read:user', 'user:email', 'read:org']);

const PESAN = {
  asingAsal: 'Situs ini tidak terdaftar untuk login lewat layanan ini. Buka halaman kelola dari alamat resmi situs KIM Anda, atau hubungi operator Diskominfo.',
  belumDiatur: 'Layanan login belum selesai diatur (Client ID atau Client secret GitHub belum diisi). Hubungi operator Diskominfo.',
  stateSalah: 'Permintaan login tidak sah atau sudah kedaluwarsa. Tutup jendela ini, lalu tekan "Masuk dengan akun GitHub" lagi dari halaman kelola.',
  ditolak: 'Login dibatalkan di GitHub. Tutup jendela ini, lalu tekan "Masuk dengan akun GitHub" lagi bila ingin mencoba.',
  kodeKedaluwarsa: 'Kode login dari GitHub sudah kedaluwarsa atau sudah dipakai. Tutup jendela ini, lalu coba masuk lagi.',
  kredensialSalah: 'Client ID atau Client secret di layanan login tidak cocok dengan aplikasi OAuth di GitHub. Hubungi operator Diskominfo.',
  callbackSalah: 'Alamat callback aplikasi OAuth di GitHub tidak cocok dengan layanan login ini. Hubungi operator Diskominfo.',
  githubGagal: 'GitHub tidak dapat dihubungi atau menolak permintaan login. Coba lagi beberapa saat lagi.',
  tanpaPembuka: 'Jendela ini harus dibuka dari halaman kelola. Buka halaman kelola situs KIM Anda, lalu tekan "Masuk dengan akun GitHub".',
  berhasil: 'Login berhasil. Jendela ini akan tertutup sendiri.',
  tidakDitemukan: 'Halaman tidak ditemukan.',
} as const;

/** GitHub's `error` codes, as the member should read them. */
const GITHUB_ERRORS: Record<string, string> = {
  access_denied: PESAN.ditolak,
  bad_verification_code: PESAN.kodeKedaluwarsa,
  incorrect_client_credentials: PESAN.kredensialSalah,
  redirect_uri_mismatch: PESAN.callbackSalah,
};

function allowedOrigins(env: Env): string[] {
  return (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

/** A test endpoint is used only when it is on this machine; otherwise GitHub's own. */
function endpoint(override: string | undefined, real: string): string {
  if (!override) return real;
  const host = new URL(override).hostname;
  return host === '127.0.0.1' || host === 'localhost' ? override : real;
}

const enc = new TextEncoder();

function b64url(bytes: ArrayBuffer | Uint8Array): string {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const randomToken = () => b64url(crypto.getRandomValues(new Uint8Array(32)));

async function hmac(secret: string, data: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', enc.encode(`simpul-oauth-state:${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return b64url(await crypto.subtle.sign('HMAC', key, enc.encode(data)));
}

/** Constant-time comparison of two strings. */
function same(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

interface Login {
  state: string;
  verifier: string;
  /** The allowed origins with the host name Decap named: usually exactly one. */
  origins: string[];
  scope: string;
}

async function sealCookie(secret: string, login: Login): Promise<string> {
  const payload = b64url(enc.encode(JSON.stringify(login)));
  return `${payload}.${await hmac(secret, payload)}`;
}

async function openCookie(secret: string, header: string | null): Promise<Login | undefined> {
  const raw = header
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1);
  if (!raw) return undefined;
  const [payload, sig] = raw.split('.');
  if (!payload || !sig || !same(sig, await hmac(secret, payload))) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Login;
  } catch {
    return undefined;
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON inside a `<script>`: `<` escaped so no text can close the element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const clearCookie = `${COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0`;

/**
 * The popup page. With an origin it runs Decap's handshake: the message goes only to that
 * origin (postMessage's target), and only after that origin answered.
 */
function page(opts: { status: number; text: string; origins?: string[]; message?: string; clear?: boolean }): Response {
  const nonce = randomToken();
  const script =
    opts.origins?.length && opts.message
      ? `<script nonce="${nonce}">
(function () {
  var origins = ${scriptJson(opts.origins)};
  var message = ${scriptJson(opts.message)};
  if (!window.opener) { document.getElementById('pesan').textContent = ${scriptJson(PESAN.tanpaPembuka)}; return; }
  window.addEventListener('message', function (e) {
    if (origins.indexOf(e.origin) < 0 || e.data !== 'authorizing:github') return;
    window.opener.postMessage(message, e.origin);
  });
  origins.forEach(function (origin) { window.opener.postMessage('authorizing:github', origin); });
})();
</script>`
      : '';
  const html = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Masuk ke halaman kelola</title></head>
<body style="font: 1.1rem/1.5 system-ui, sans-serif; margin: 2rem; max-width: 36rem">
<p id="pesan">${escapeHtml(opts.text)}</p>
${script}
</body>
</html>`;
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; frame-ancestors 'none'`,
  });
  if (opts.clear) headers.append('set-cookie', clearCookie);
  return new Response(html, { status: opts.status, headers });
}

/** An error page that also tells Decap, so its login screen shows the same text. */
function failure(status: number, text: string, origins?: string[]): Response {
  return page({ status, text, origins, message: origins ? `authorization:github:error:${JSON.stringify({ message: text })}` : undefined, clear: true });
}

async function auth(env: Env, url: URL): Promise<Response> {
  const allowed = allowedOrigins(env);
  const siteId = url.searchParams.get('site_id') ?? '';
  // Decap sends the admin page's host name (without a port): only our sites' origins qualify.
  const origins = allowed.filter((o) => new URL(o).hostname === siteId);
  if (url.searchParams.get('provider') !== 'github' || origins.length === 0) return failure(403, PESAN.asingAsal);
  if (!env.GITHUB_CLIENT_ID || !env.GITHUB_CLIENT_SECRET) return failure(500, PESAN.belumDiatur);

  const requested = (url.searchParams.get('scope') ?? 'repo').split(/[ ,]+/).filter(Boolean);
  const scope = requested.filter((s) => SCOPES.has(s)).join(',') || 'repo';
  const login: Login = { state: randomToken(), verifier: randomToken(), origins, scope };
  const challenge = b64url(await crypto.subtle.digest('SHA-256', enc.encode(login.verifier)));
  const target = new URL(endpoint(env.GITHUB_AUTHORIZE_URL, GITHUB_AUTHORIZE));
  target.search = new URLSearchParams({
    client_id: env.GITHUB_CLIENT_ID,
    redirect_uri: `${url.origin}/callback`,
    scope,
    state: login.state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    allow_signup: 'false',
  }).toString();
  const cookie = `${COOKIE}=${await sealCookie(env.GITHUB_CLIENT_SECRET, login)}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=${COOKIE_MAX_AGE}`;
  return new Response(null, { status: 302, headers: { location: target.toString(), 'set-cookie': cookie, 'cache-control': 'no-store' } });
}

async function callback(req: Request, env: Env, url: URL): Promise<Response> {
  if (!env.GITHUB_CLIENT_ID || !env.GITHUB_CLIENT_SECRET) return failure(500, PESAN.belumDiatur);
  const login = await openCookie(env.GITHUB_CLIENT_SECRET, req.headers.get('cookie'));
  const state = url.searchParams.get('state') ?? '';
  // No genuine cookie, or another state: nothing is exchanged and nothing is posted anywhere.
  const allowed = allowedOrigins(env);
  if (!login || !state || !same(state, login.state) || !Array.isArray(login.origins) || !login.origins.every((o) => allowed.includes(o))) {
    return failure(403, PESAN.stateSalah);
  }
  const ghError = url.searchParams.get('error');
  if (ghError) return failure(400, GITHUB_ERRORS[ghError] ?? PESAN.githubGagal, login.origins);
  const code = url.searchParams.get('code');
  if (!code) return failure(400, PESAN.stateSalah, login.origins);

  let body: { access_token?: string; error?: string };
  try {
    const res = await fetch(endpoint(env.GITHUB_TOKEN_URL, GITHUB_TOKEN), {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'simpul-oauth' },
      body: new URLSearchParams({
        client_id: env.GITHUB_CLIENT_ID,
        client_secret: env.GITHUB_CLIENT_SECRET,
        code,
        redirect_uri: `${url.origin}/callback`,
        code_verifier: login.verifier,
      }),
    });
    body = res.ok ? ((await res.json()) as typeof body) : { error: `http_${res.status}` };
  } catch {
    body = { error: 'network' };
  }
  if (!body.access_token) return failure(502, GITHUB_ERRORS[body.error ?? ''] ?? PESAN.githubGagal, login.origins);
  const message = `authorization:github:success:${JSON.stringify({ token: body.access_token, provider: 'github' })}`;
  return page({ status: 200, text: PESAN.berhasil, origins: login.origins, message, clear: true });
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    if (req.method !== 'GET') return new Response(null, { status: 405, headers: { allow: 'GET' } });
    if (url.pathname === '/auth') return auth(env, url);
    if (url.pathname === '/callback') return callback(req, env, url);
    return page({ status: 404, text: PESAN.tidakDitemukan });
  },
};
