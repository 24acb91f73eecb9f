import { defineConfig } from 'vitest/config';

// Vitest gets its own config (the renderer's vite config sets `root`, which would hide tests).
export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'db/**/*.test.ts',
      'scripts/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
    ],
    exclude: ['**/node_modules/**', 'scripts/e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
