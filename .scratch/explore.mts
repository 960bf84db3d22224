import { chromium } from 'playwright-core';
const [w, h] = (process.argv[2] ?? '390x844').split('x').map(Number);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: w, height: h }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
const page = await ctx.newPage();
const U = 'http://127.0.0.1:18080/admin/';
async function report(name: string) {
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/ph/${name}.png` });
  const r = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const sw = document.documentElement.scrollWidth;
    const wide: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const rc = el.getBoundingClientRect();
      if (rc.width === 0) continue;
      if (rc.right > vw + 1 && wide.length < 25) {
        const cs = getComputedStyle(el);
        wide.push(`${el.tagName.toLowerCase()}.${(el.className && typeof el.className === 'string') ? el.className.split(' ').join('.') : ''} [${el.getAttribute('aria-label') ?? ''}] L${Math.round(rc.left)} R${Math.round(rc.right)} W${Math.round(rc.width)} minw=${cs.minWidth} pos=${cs.position}`);
      }
    }
    return { vw, sw, wide };
  });
  console.log(name, JSON.stringify(r, null, 1));
}
await page.goto(U);
await page.getByRole('button', { name: 'Masuk' }).tap();
await page.getByText('Bagian situs').waitFor();
await report('list');
await page.goto(U + '#/collections/berita-kim-ngudi-rahayu/new');
await page.getByLabel('Judul', { exact: true }).waitFor();
await report('new');
await page.getByRole('button', { name: 'Pilih foto' }).tap();
await page.getByRole('button', { name: 'Pakai yang dipilih' }).waitFor();
await report('media');
await page.keyboard.press('Escape');

await b.close();
