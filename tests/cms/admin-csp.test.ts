/**
 * The admin page holds the member's Git token, so it runs under the strictest policy Decap
 * works with. In real headless Chromium, with `npm run cms` on 127.0.0.1: a script injected
 * into the page is blocked, Decap itself triggers no violation from its login screen through
 * writing an entry with its preview, and an SVG picked for upload is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionName } from '../../scripts/lib/cms/config.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { adminCsp } from '../../src/lib/security/csp.ts';
import { fixturesDir } from '../helpers/data-root.ts';
import { freePort, until } from '../helpers/net.ts';

const slug = 'kim-alpha';

/** Violations the page reported, as "directive blocked-uri". */
const violations = (page: Page) => page.evaluate(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).slice());

describe('admin page Content-Security-Policy (Chromium)', () => {
  let tmp: string;
  let root: string;
  let cms: ChildProcess;
  let log = '';
  let adminUrl: string;
  let browser: Browser;
  let page: Page;
  const alerts: string[] = [];

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-admin-csp-'));
    root = path.join(tmp, 'data');
    for (const d of ['sites', 'content']) fs.cpSync(path.join(fixturesDir, 'dua-situs', d, slug), path.join(root, d, slug), { recursive: true });
    const [port, apiPort] = [await freePort(), await freePort()];
    cms = spawn(
      process.execPath,
      [path.join(projectRoot, 'scripts/cms.ts'), '--site', slug, '--root', root, '--no-dev', '--port', String(port), '--api-port', String(apiPort)],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    cms.stdout!.on('data', (d) => (log += String(d)));
    cms.stderr!.on('data', (d) => (log += String(d)));
    adminUrl = await until(() => /Buka di peramban: (\S+)/.exec(log)?.[1], `npm run cms siap:\n${log}`, 30_000);

    browser = await launchChromium();
    page = await newPage();
  });

  /** A page that aborts requests off this machine and records CSP violations. */
  async function newPage(): Promise<Page> {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    // Playwright's init scripts are not subject to the page's policy: they only listen.
    await p.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    p.on('dialog', (d) => {
      alerts.push(d.message());
      void d.accept();
    });
    return p;
  }

  afterAll(async () => {
    await browser?.close();
    if (cms && cms.exitCode === null) {
      const exited = new Promise((r) => cms.once('exit', r));
      cms.kill('SIGTERM');
      await exited;
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('blocks an injected inline script and handler, and Decap still reaches its login screen', async () => {
    // What an attacker would get into the page: an inline script and an inline handler. (A
    // page answered by interception loses its loopback standing in Chromium, so Decap on this
    // page cannot reach decap-server; the next test logs in on a page served as it is.)
    const attacked = await newPage();
    await attacked.route(adminUrl, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace('</title>', '</title>\n<script>window.__injected = 1;</script><img src="x.png" onerror="window.__handler = 1">');
      await route.fulfill({ response: res, body: html });
    });
    await attacked.goto(adminUrl);
    const meta = await attacked.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = meta!
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src '));
    // Decap's config check (ajv) needs eval; nothing may allow inline script.
    expect(scriptSrc).toBe("script-src 'self' 'unsafe-eval'");
    await attacked.getByRole('button', { name: 'Masuk' }).waitFor();
    expect(await attacked.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await attacked.evaluate(() => (window as unknown as { __handler?: number }).__handler)).toBeUndefined();
    const v = await violations(attacked);
    expect(v.filter((x) => x.startsWith('script-src'))).toHaveLength(2);
    // Decap itself needed nothing the policy forbids.
    expect(v.filter((x) => !x.startsWith('script-src'))).toEqual([]);
    await attacked.close();
  });

  it('lets Decap log in, list, and open the editor with its preview, with no violation', async () => {
    await page.goto(adminUrl);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Bagian situs').waitFor();
    await page.goto(`${adminUrl}#/collections/${collectionName(slug, 'berita')}/new`);
    await page
      .getByText('Menulis di bagian')
      .waitFor()
      .catch(async (err) => {
        throw new Error(`${err}\n${(await page.locator('body').innerText()).slice(0, 1500)}`);
      });
    await page.getByLabel('Judul', { exact: true }).fill('Judul uji kebijakan keamanan');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type('Isi tulisan.');
    const preview = page.locator('iframe').first().contentFrame();
    await expect(preview.locator('h1').innerText()).resolves.toBe('Judul uji kebijakan keamanan');
    expect(await violations(page)).toEqual([]);
  });

  it('refuses an SVG picked in the media library, and accepts only published types', async () => {
    const svg = path.join(tmp, 'logo.svg');
    fs.writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await page.getByRole('button', { name: 'Pilih foto' }).first().click();
    const input = page.locator('input[type=file]');
    await expect(input.getAttribute('accept')).resolves.toBe('.jpg,.jpeg,.png,.webp,.avif,.gif,.pdf');
    await input.setInputFiles(svg);
    await until(() => alerts.length > 0, 'peringatan SVG', 10_000);
    expect(alerts[0]).toContain('logo.svg');
    expect(alerts[0]).toContain('SVG tidak diterima');
    await new Promise((r) => setTimeout(r, 1500));
    const media = path.join(root, 'content', slug, 'media');
    expect(fs.readdirSync(media).filter((f) => /svg/i.test(f))).toEqual([]);
  });

  it('states the policy for the header too, with frame-ancestors', () => {
    expect(adminCsp()).toContain("frame-ancestors 'self'");
    expect(adminCsp()).toContain("object-src 'none'");
  });
});
