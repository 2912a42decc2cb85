import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';


// A test build may also run on the local demo pages; the store build runs on facebook.com only.
const testBuild = process.env.SARING_TEST === '1';
const TEST_MATCHES = ['http://127.0.0.1/*'];
const ICONS = { 16: 'icons/on-16.png', 32: 'icons/on-32.png', 48: 'icons/on-48.png', 128: 'icons/on-128.png' };
const GECKO_ID = '{54160266-0f8b-4eb5-9505-5b7eec156507}';

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
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    // A command, not a hard-wired key: the browser lists it, the user can rebind it (ChromeOS uses
    // Alt+Shift+S itself), and the background sends it to the editor being written in.
    commands: { 'open-card': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdOpenCard__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The add-on id can never change after publication: a random UUID, tied to no domain or unit.
            // Firefox 140 is the first to read data_collection_permissions; Saring collects nothing.
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
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
