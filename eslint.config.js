import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const DOM_AND_EXTENSION_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'self', 'globalThis',
  'HTMLElement', 'Element', 'Node', 'Range', 'localStorage', 'sessionStorage', 'fetch',
  'XMLHttpRequest', 'WebSocket', 'Worker', 'postMessage', 'requestAnimationFrame',
].map((name) => ({ name, message: 'rules/ is pure: text in, findings out. No DOM, browser or network here.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.output-test/**', '.wxt/**', 'demo/dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
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
);
