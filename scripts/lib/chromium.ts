/** Headless Chromium from Debian (`/usr/bin/chromium`) via playwright-core, never downloaded. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** `extraArgs`: e.g. `--host-resolver-rules=…` to reach test host names on 127.0.0.1. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', ...extraArgs],
  });
}
