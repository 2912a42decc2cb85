import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // wxt 0.20.27's testing entry breaks under jsdom (TextEncoder realm check); the fake browser alone is enough.
    alias: [{ find: /^wxt\/testing$/, replacement: fileURLToPath(new URL('./node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url)) }],
  },
  test: {
    include: ['rules/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
