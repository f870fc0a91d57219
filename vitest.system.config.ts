import { defineConfig } from 'vitest/config';

// `npm run test:system`: the tests that drive real LibreOffice (soffice) and Chromium. Outside CI a missing program
// skips its tests with the reason; with CI=true it fails them (test/system-tools.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.system.test.ts'],
    testTimeout: 120000,
    pool: 'forks',
    globalSetup: ['test/system-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/tenderlint/test-results.system.json' }]],
  },
});
