import { defineConfig } from '@playwright/test';

export const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4818);

export default defineConfig({
  testDir: 'tests/e2e',
  // Every test launches its own browser: spread them over both workers, not file by file.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
  webServer: {
    command: `node scripts/serve-demo.mjs --port ${DEMO_PORT}`,
    url: `http://127.0.0.1:${DEMO_PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
