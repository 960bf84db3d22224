import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { walkFiles } from './scripts/lib/walk.ts';

const INCLUDE = ['tests', 'e2e'];

/**
 * Test files that read the built demo fleet (`inject('demoRoot' | 'demoDist')`) run in the
 * `fleet` project, whose global setup builds it; everything else runs in `unit`, which
 * `npm run test:unit` runs alone without that build.
 */
function testFiles(): { unit: string[]; fleet: string[] } {
  const all = INCLUDE.flatMap((dir) => walkFiles(dir, { filter: (f) => f.endsWith('.test.ts') }).map((f) => `${dir}/${f}`));
  const fleet = all.filter((f) => /\binject\(\s*['"]demo/.test(fs.readFileSync(path.resolve(f), 'utf8')));
  return { unit: all.filter((f) => !fleet.includes(f)), fleet };
}

const files = testFiles();

export default defineConfig({
  test: {
    // Integration and browser tests run real Astro builds and Chromium: one file at a time
    // keeps a small machine responsive.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: files.unit } },
      { extends: true, test: { name: 'fleet', include: files.fleet, globalSetup: ['tests/global-setup.ts'] } },
    ],
  },
});
