import type { Browser, BrowserContext } from 'playwright-core';

export { launchChromium } from '../../scripts/lib/chromium.ts';

/** A low-end Android phone's screen: 360 CSS px wide, 2 device pixels per CSS pixel. */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;

export function phoneContext(browser: Browser, opts: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, locale: 'id-ID', ...opts });
}
