/** One Chromium and the served demo fleet, shared by the tests of one file or describe block. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveFleet, type ServedFleet } from './static-server.ts';

export interface BrowsedFleet {
  browser: Browser;
  fleet: ServedFleet;
}

/** Registers the hooks; the returned object is filled in before the tests run. */
export function browseFleet(root: string, dist: string): BrowsedFleet {
  const env = {} as BrowsedFleet;
  beforeAll(async () => {
    [env.browser, env.fleet] = await Promise.all([launchChromium(), serveFleet(root, dist)]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.fleet?.close();
  });
  return env;
}
