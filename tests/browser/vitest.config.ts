import { defineConfig } from 'vitest/config';

// Real-browser tests: each file launches Debian Chromium with the built extension.
// Files run one at a time (2-core machines; each Chromium wants a core).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
