import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'utils/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    // Property tests run thousands of cases: on a busy two-core machine a few take longer
    // than Vitest's 5 s default. This only bounds a hung test; speed is for bench:* scripts.
    testTimeout: 30_000,
  },
});
