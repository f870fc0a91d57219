import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs only Node. Tests driving LibreOffice or Chromium are named *.system.test.ts and
// run with `npm run test:system` (vitest.system.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.system.test.ts'],
    testTimeout: 30000,
    pool: 'forks',
    // The JSON report lets .ci/run print a plain "N passed, N failed" line; it goes under node_modules/.cache, not
    // into the repository.
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/tenderlint/test-results.json' }]],
  },
});
