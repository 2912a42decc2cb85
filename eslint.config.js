import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const DOM_AND_EXTENSION_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'self', 'globalThis',
  'HTMLElement', 'Element', 'Node', 'Range', 'localStorage', 'sessionStorage', 'fetch',
  'XMLHttpRequest', 'WebSocket', 'Worker', 'postMessage', 'requestAnimationFrame',
].map((name) => ({ name, message: 'rules/ is pure: text in, findings out. No DOM, browser or network here.' }));

export default tseslint.config(
  { ignores: ['.scratch/**', '.output/**', '.output-test/**', '.wxt/**', 'demo/dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='waitForTimeout']", message: 'Wait on events, not sleeps.' }],
    },
  },
  ...[
    ['rules/*.ts', ['../*', '../**']],
    ['rules/*/*.ts', ['../../*', '../../**']],
  ].map(([files, escape]) => ({
    // The engine runs unchanged in Node, a worker and the page: nothing from the UI or the browser.
    files: [files],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', ...DOM_AND_EXTENSION_GLOBALS],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@/*', '~/*', '#imports', 'wxt', 'wxt/*', 'preact', 'preact/*', 'dompurify', 'webextension-polyfill', '@wxt-dev/*', 'node:*', ...escape], message: 'rules/ imports only its own files (relative, inside rules/).' },
        ],
      }],
    },
  })),
  {
    files: ['rules/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // Layers (conventions: the injected code, the UI and the background never reach into each other).
  ...[
    ['entrypoints/content/**/*.ts', ['@/components/*', '@/entrypoints/popup/*', '@/entrypoints/options/*', '@/entrypoints/background*', 'preact', 'preact/*'], 'the content script is a thin adapter: no UI framework, no popup/options/background code'],
    ['components/**/*.{ts,tsx}', ['@/entrypoints/*', '@/entrypoints/**'], 'components are UI only: they get the browser through props (api objects), never from an entrypoint'],
    ['utils/**/*.ts', ['@/entrypoints/*', '@/entrypoints/**', '@/components/*', '@/components/**', 'preact', 'preact/*'], 'utils/ is shared plumbing: no entrypoint or UI code'],
    ['entrypoints/background.ts', ['@/entrypoints/content/*', '@/components/*', 'preact', 'preact/*'], 'the background runs no page or UI code'],
  ].map(([files, group, message]) => ({
    files: [files],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
  })),
  {
    // Browser APIs enter the content script through ports.ts only, so every other part runs in jsdom with fakes.
    files: ['entrypoints/content/**/*.ts'],
    ignores: ['entrypoints/content/ports.ts', 'entrypoints/content/index.ts', 'entrypoints/content/checker-client.ts', '**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'browser', message: 'Browser APIs come in through ports.ts.' }, { name: 'chrome', message: 'Browser APIs come in through ports.ts.' }] },
  },
);
