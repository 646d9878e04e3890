import { defineConfig } from 'vitest/config';

// Real-browser tests in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built
// Firefox extension. One file at a time: each Firefox wants a core.
export default defineConfig({
  test: {
    include: ['tests/browser/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
