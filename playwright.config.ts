import { defineConfig } from '@playwright/test';

// E2E runs the real renderer in Debian's Chromium through the web harness; Playwright never
// downloads a browser (CHROME_PATH overrides the path).
export default defineConfig({
  testDir: 'scripts/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A whole flow (the case spec takes ~30 s idle) may take several times that on a busy machine;
  // each step still fails within its own expect timeout, so only a slow machine waits longer.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
