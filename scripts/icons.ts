/**
 * npm run icons: renders assets/icon.svg into the PNGs the manifest and the toolbar use
 * (public/icons/{on,paused,off}-{16,32,48,128}.png), with Debian's Chromium through Playwright — the
 * same browser the tests use, so no image library is needed. The PNGs are committed; rerun after
 * changing the SVG.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
/** The toolbar states: on (brand green, a tick), paused (grey, pause bars), off (grey, no badge). */
const STATES: Record<string, (s: string) => string> = {
  on: (s) => s,
  paused: (s) =>
    s
      .replaceAll('#0f5132', '#5f6368')
      .replace(/<path d="M88 92l6 6 10-12"[^>]*\/>/, '<path d="M90 84v16M102 84v16" stroke="#5f6368" stroke-width="6" stroke-linecap="round"/>'),
  off: (s) => s.replaceAll('#0f5132', '#9aa0a6').replace(/<circle[^>]*\/>/, '').replace(/<path d="M88 92l6 6 10-12"[^>]*\/>/, ''),
};
const SIZES = [16, 32, 48, 128];

const out = resolve(ROOT, 'public/icons');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const [state, paint] of Object.entries(STATES)) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${paint(svg).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.locator('svg').screenshot({ path: resolve(out, `${state}-${size}.png`), omitBackground: true });
  }
}
await browser.close();
console.log(`icons: ${Object.keys(STATES).length} states × ${SIZES.join('/')} px in public/icons/`);
