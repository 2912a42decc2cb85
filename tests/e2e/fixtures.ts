import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromiumPath, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { DEMO_PORT } from '../../playwright.config';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output-test/chrome-mv3');
export const DEMO = `http://127.0.0.1:${DEMO_PORT}`;

/** Flags that keep Chromium off the (closed) network here; see shared/toolchain.md. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export async function launchWithExtension(options: { extension?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const withExtension = options.extension ?? true;
  return chromium.launchPersistentContext(mkdtempSync(resolve(tmpdir(), 'saring-e2e-')), {
    executablePath,
    headless: true,
    locale: options.locale ?? 'id-ID',
    viewport: { width: 1100, height: 800 },
    args: [
      ...QUIET_FLAGS,
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  page: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});
export const expect = test.expect;

/** Opens a demo page and waits until its Lexical editors are mounted. */
export async function openDemo(page: Page, path = '/', query = ''): Promise<void> {
  await page.goto(`${DEMO}${path}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true');
}

export async function submissions(page: Page): Promise<{ kind: string; editor: string; text: string }[]> {
  return page.evaluate(() => window.__fixture.submissions);
}

export async function lexicalText(page: Page, editor: string): Promise<string | null> {
  return page.evaluate((id) => window.__fixture.lexicalText(id), editor);
}

export const composer = (page: Page) => page.locator('[role="dialog"] [data-lexical-editor="true"]');
export const commentBox = (page: Page, index: number) => page.locator(`[data-demo-editor="comment-${index}"]`);

export async function openComposer(page: Page): Promise<void> {
  await page.locator('[data-action="open-composer"]').click();
  await composer(page).waitFor();
}
