import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Integration and browser tests run real Astro builds and Chromium, each of which uses
    // every core: one file at a time keeps them from starving each other.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
    reporters: ['default'],
    globalSetup: ['tests/global-setup.ts'],
  },
});
