/**
 * The store screenshots (1280×800, as both stores ask), made from the store build on the demo served
 * as www.facebook.com, in the user's language: a finding card, the publish check, the popup, the
 * settings, the welcome page. Written to .output/store-screenshots/ by `npm run build`.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, resolve } from 'node:path';
import { chromiumPath, INSTALL_HINT } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const STORE = resolve(ROOT, '.output/chrome-mv3');
const DEMO = resolve(ROOT, 'demo');
const OUT = resolve(ROOT, '.output/store-screenshots');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const SIZE = { width: 1280, height: 800 };

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(`npm run build (screenshots): ${INSTALL_HINT}`);
  process.exit(1);
}
if (!existsSync(STORE)) {
  console.error('npm run build (screenshots): the Chrome store build is missing; run wxt zip first');
  process.exit(1);
}
execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-demo.mjs')], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });

const context: BrowserContext = await chromium.launchPersistentContext(mkdtempSync(resolve(tmpdir(), 'saring-shots-')), {
  executablePath,
  headless: true,
  locale: 'id-ID',
  viewport: SIZE,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${STORE}`, `--load-extension=${STORE}`],
});
try {
  // facebook.com never leaves this machine: the demo's files answer every request.
  await context.route('https://www.facebook.com/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = resolve(DEMO, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(DEMO) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // The welcome page opened on install.
  const welcomeUrl = `chrome-extension://${id}/welcome.html`;
  for (let k = 0; k < 50 && !context.pages().some((p) => p.url() === welcomeUrl); k++) await new Promise((r) => setTimeout(r, 100));
  const welcome = context.pages().find((p) => p.url() === welcomeUrl) ?? (await open(context, welcomeUrl));
  await welcome.setViewportSize(SIZE);
  await welcome.getByRole('button', { name: 'Contoh: surat dinas' }).click();
  await welcome.locator('mark.mark-danger').first().waitFor();
  await shot(welcome, '5-selamat-datang');

  const page = await context.newPage();
  await page.goto('https://www.facebook.com/?lang=id');
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true');
  const box = page.locator('[data-demo-editor="comment-0"]');
  await box.click();
  await page.keyboard.type('Info rekan2, ST/1234/XI/2026 sudah turun. Dasar goblok yang nyebar duluan.');
  await page.waitForFunction(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values())].reduce((n, h) => n + h.size, 0) >= 2);
  // The store build keeps its overlay in a closed shadow root, so nothing in it can be queried: open the
  // card with the shortcut and wait until focus moves into the overlay, then for two frames (placement).
  const inOverlay = () => page.waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body && !document.activeElement.closest('[data-demo-editor]'));
  const frames = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await page.keyboard.press('Alt+Shift+S');
  await inOverlay();
  await frames();
  await shot(page, '1-temuan-dan-penjelasan');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.closest('[data-demo-editor]'));
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await inOverlay();
  await frames();
  await shot(page, '2-cek-sebelum-terbit');

  const popup = await open(context, `chrome-extension://${id}/popup.html`);
  await popup.getByTestId('guideline').waitFor();
  await popup.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-testid="item-larangan-5"]')?.setAttribute('open', ''));
  await shot(popup, '3-ringkasan-pedoman');
  const settings = await open(context, `chrome-extension://${id}/options.html`);
  await settings.getByTestId('saring-settings').waitFor();
  await shot(settings, '4-pengaturan');
} finally {
  await context.close();
}
console.log(`store screenshots: ${OUT}`);

async function open(ctx: BrowserContext, url: string): Promise<Page> {
  const p = await ctx.newPage();
  await p.setViewportSize(SIZE);
  await p.goto(url);
  return p;
}

async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: resolve(OUT, `${name}.png`), clip: { x: 0, y: 0, ...SIZE } });
}
