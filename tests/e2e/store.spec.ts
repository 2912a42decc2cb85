/**
 * The store build, as users get it, on "www.facebook.com" (the demo served there by Playwright's
 * router): it guards, and a page script can find no trace of it — no named element, no open shadow
 * root, no data attribute, no highlight or style that names Saring.
 */
import { chromium, test as base, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, resolve } from 'node:path';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { expect } from './fixtures';

const STORE_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const DEMO_DIR = resolve(import.meta.dirname, '../../demo');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const test = base.extend<{ context: BrowserContext }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    test.skip(!existsSync(STORE_DIR), 'the store build is made by `npm run build` (npm test does it first)');
    const context = await chromium.launchPersistentContext(mkdtempSync(resolve(tmpdir(), 'saring-store-')), {
      executablePath: chromiumPath() ?? undefined,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${STORE_DIR}`, `--load-extension=${STORE_DIR}`],
    });
    // facebook.com never leaves this machine: every request is answered from the demo's files.
    await context.route('https://www.facebook.com/**', async (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = resolve(DEMO_DIR, `.${path.endsWith('/') ? `${path}index.html` : path}`);
      if (!file.startsWith(DEMO_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    await use(context);
    await context.close();
  },
});

test('the store build opens the welcome page once, on install', async ({ context }) => {
  await expect.poll(() => context.pages().filter((p) => p.url().endsWith('/welcome.html')).length, { timeout: 15_000 }).toBe(1);
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
  await expect(welcome.getByRole('heading', { name: /Selamat datang di Saring|Welcome to Saring/ })).toBeVisible();
});

test('the store build guards on facebook.com and leaves no page-readable trace', async ({ context }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.facebook.com/');
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true');
  await page.locator('[data-demo-editor="comment-0"]').click();
  await page.keyboard.type('Dasar goblok, pos kami -7.9666, 112.6326');
  // It is there: the words get marks (read from the page, as any script could count them)…
  await expect.poll(() => page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values())].reduce((n, h) => n + h.size, 0))).toBe(2);
  // …and the danger comment is held, not published.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('DIV');
  expect(await page.evaluate(() => window.__fixture.submissions)).toEqual([]);

  const trace = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const found: string[] = [];
    for (const el of all) {
      if (/saring/i.test(el.tagName)) found.push(`element ${el.tagName}`);
      for (const a of el.getAttributeNames()) if (/saring/i.test(a) || /saring/i.test(el.getAttribute(a) ?? '')) found.push(`attribute ${a}`);
      if (el.shadowRoot) found.push(`open shadow root on ${el.tagName}`);
    }
    for (const s of document.querySelectorAll('style')) if (/saring/i.test(s.textContent ?? '')) found.push('style names saring');
    for (const name of (CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()) if (/saring/i.test(name)) found.push(`highlight ${name}`);
    return found;
  });
  expect(trace).toEqual([]);
});
