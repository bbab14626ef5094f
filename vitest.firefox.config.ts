import { defineConfig } from 'vitest/config';

/** The Firefox build in Firefox ESR (WebDriver BiDi through puppeteer-core). */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
