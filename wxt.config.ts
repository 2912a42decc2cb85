import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';


// A test build may also run on the local demo pages; the store build runs on facebook.com only.
const testBuild = process.env.SARING_TEST === '1';
const TEST_MATCHES = ['http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: testBuild ? '.output-test' : '.output',
  vite: () => ({
    plugins: [preact()],
    define: { __SARING_TEST__: JSON.stringify(testBuild) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['storage'],
    // Administrators set policy through managed storage (README: "Policy for administrators").
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'saring@kodim0818.example', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!testBuild) return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...TEST_MATCHES];
      for (const war of manifest.web_accessible_resources ?? []) {
        if (typeof war === 'object' && 'matches' in war) war.matches = [...(war.matches ?? []), ...TEST_MATCHES];
      }
    },
  },
  zip: {
    excludeSources: [
      '.output-test/**',
      'demo/dist/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'node_modules/**',
    ],
  },
});
