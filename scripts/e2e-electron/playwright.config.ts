import { defineConfig } from '@playwright/test';

// `npm run test:electron`: the desktop app itself, driven through Playwright's Electron support.
// Kept apart from playwright.config.ts (testDir scripts/e2e), so `npm test` never runs it; it
// skips with a clear message where no Electron binary exists (as on the development sandbox).
// eslint-disable-next-line no-restricted-syntax -- Playwright reads the default export
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
