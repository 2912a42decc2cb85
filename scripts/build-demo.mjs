// Bundles the demo pages with the real Lexical packages, so the demo needs no network.
import { build } from 'esbuild';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
await build({
  entryPoints: { feed: 'demo/src/feed.ts', textarea: 'demo/src/textarea.ts' },
  absWorkingDir: root,
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  outdir: 'demo/dist',
  minify: false,
  sourcemap: true,
  logLevel: 'warning',
});
